/** What an import did, row by row, as a table for people or JSON for scripts. */
import type { Problem } from './map.ts'

/** `unchanged`: the record is as saved (same content hash): nothing was written. */
export type RowResult = 'created' | 'updated' | 'unchanged' | 'rejected'

export type RowReport = {
  /** Position in the file: array index from 1 (JSON), line (JSON Lines) or sheet row (CSV). */
  row: number
  /** The national code, when the row had a readable one. */
  code: string | null
  result: RowResult
  problem?: Problem
  reason?: string
  /** Values that could not be read and were left out of a created or updated record. */
  leftOut: string[]
  /** Why editors should look at the saved record (parts of it could not be read for sure). */
  reviewFlags?: string[]
  id?: number
}

export type Report = {
  source: string
  /** Published (an administrator's run) or saved as drafts for a reviewer (the default). */
  status: 'draft' | 'published'
  rows: RowReport[]
  totals: Record<RowResult, number>
  /** Fields of the file that this import does not read, as written in the file. */
  ignoredFields: string[]
}

export function totals(rows: RowReport[]): Record<RowResult, number> {
  const sum = { created: 0, updated: 0, unchanged: 0, rejected: 0 }
  for (const row of rows) sum[row.result]++
  return sum
}

/** 0: everything landed; 2: some rows were rejected (1 is left for a fatal error). */
export function exitCode(report: Report): 0 | 2 {
  return report.totals.rejected > 0 ? 2 : 0
}

export function formatReport(report: Report): string {
  const table = [
    ['row', 'code', 'result', 'reason'],
    ...report.rows.map((r) => [
      String(r.row),
      r.code ?? '-',
      r.result,
      r.reason ??
        [
          r.reviewFlags?.length ? `flagged: ${r.reviewFlags.join(', ')}` : '',
          r.leftOut.length > 0 ? `left out: ${r.leftOut.join('; ')}` : '',
        ]
          .filter(Boolean)
          .join('; '),
    ]),
  ]
  const widths = [0, 1, 2].map((col) => Math.max(...table.map((cells) => (cells[col] ?? '').length)))
  const lines = table.map((cells) =>
    cells
      .map((cell, col) => (col < 3 ? cell.padEnd(widths[col] ?? 0) : cell))
      .join('  ')
      .trimEnd(),
  )
  const { created, updated, unchanged, rejected } = report.totals
  const as = report.status === 'published' ? 'published' : 'drafts'
  const flagged = report.rows.filter((r) => r.result !== 'rejected' && r.reviewFlags?.length).length
  lines.push(
    '',
    `${created} created, ${updated} updated (${as}), ${unchanged} unchanged, ${rejected} rejected, ${report.rows.length} rows`,
    `${flagged} of the saved records flagged for editors`,
  )
  if (report.ignoredFields.length > 0) lines.push(`fields not imported: ${report.ignoredFields.join(', ')}`)
  return `${lines.join('\n')}\n`
}
