/**
 * Upsert procedures by national code from national portal records, each row in its own
 * transaction: a row that fails leaves nothing behind, and the rows after it still load.
 */

import { syncRecord } from '@dvc/cms/search'
import {
  APIError,
  commitTransaction,
  createLocalReq,
  initTransaction,
  killTransaction,
  type Payload,
  type PayloadRequest,
  ValidationError,
} from 'payload'
import type { Procedure } from '../../cms/src/payload-types.ts'
import { SEEDING } from '../seed/content.ts'
import { mapRecord, type ProcedureData, readRecord } from './map.ts'
import type { SourceRecord } from './read.ts'
import { loadRefs } from './refs.ts'
import { type Report, type RowReport, totals } from './report.ts'

export type ImportOptions = {
  /** The file name, recorded as each procedure's source with the row. */
  source: string
  /** Publish (an administrator's run); by default records are saved as drafts for a reviewer. */
  publish?: boolean
  /** Called after each row, e.g. for progress on a long file. */
  onRow?: (row: RowReport) => void
}

type Row = { id?: string | null }
type Arrays = Pick<Procedure, 'steps' | 'methods' | 'documents' | 'legalBasis'>

/**
 * Rows keep the ids of the saved rows at the same position, so the English text of step 2
 * (localized per row) stays with step 2 when the Vietnamese is imported again.
 */
function keepRowIds(rows: readonly object[], saved: Row[] | null | undefined) {
  return rows.map((row, i) => ({ ...row, ...(saved?.[i]?.id ? { id: saved[i].id } : {}) }))
}

async function upsert(payload: Payload, req: PayloadRequest, data: ProcedureData, publish: boolean) {
  const { docs } = await payload.find({
    collection: 'procedures',
    where: { code: { equals: data.code } },
    draft: true,
    locale: 'vi',
    depth: 0,
    limit: 1,
    pagination: false,
    req,
  })
  const status = publish ? ('published' as const) : ('draft' as const)
  // A draft saved over a published record becomes a new version: the public page keeps the published one.
  const common = { collection: 'procedures', locale: 'vi', depth: 0, draft: !publish, req } as const
  const existing = docs[0]
  if (!existing) {
    // Payload types a draft create apart from a published one (required fields may be missing in a draft).
    // serviceLevel: the collection's own default when the record does not say.
    const fresh = { serviceLevel: 'none' as const, ...data, _status: status }
    const created = publish
      ? await payload.create({ ...common, draft: false, data: fresh })
      : await payload.create({ ...common, draft: true, data: fresh })
    return { result: 'created' as const, id: created.id }
  }
  const rows: Partial<Arrays> = {}
  // Only lists the file gives are written: one it leaves out keeps its saved rows.
  for (const key of ['steps', 'methods', 'documents', 'legalBasis'] as const) {
    if (data[key]) Object.assign(rows, { [key]: keepRowIds(data[key], existing[key]) })
  }
  const updated = await payload.update({ ...common, id: existing.id, data: { ...data, ...rows, _status: status } })
  return { result: 'updated' as const, id: updated.id }
}

/** Payload's field errors ("methods.0.feeAmount: ...") or the error's own message. */
function describeWriteError(error: unknown): string {
  if (error instanceof ValidationError) {
    return error.data.errors.map((e) => (e.path ? `${e.path}: ${e.message}` : e.message)).join('; ')
  }
  return error instanceof Error ? error.message : String(error)
}

/**
 * The search hook is skipped inside the transaction (it would index a row that may still roll
 * back) and the committed record is indexed after; search is a copy, so a failure there is logged,
 * not a rejected row (`npm run reindex` repairs it).
 */
async function indexCommitted(payload: Payload, id: number, row: number, code: string) {
  try {
    await syncRecord(payload, 'procedures', id)
  } catch (error) {
    payload.logger.error({ err: error, row, code, id }, 'import: search index not updated, run npm run reindex')
  }
}

async function writeInTransaction(payload: Payload, data: ProcedureData, publish: boolean) {
  const req = await createLocalReq({ context: { ...SEEDING }, locale: 'vi' }, payload)
  await initTransaction(req)
  try {
    const outcome = await upsert(payload, req, data, publish)
    await commitTransaction(req)
    return outcome
  } catch (error) {
    await killTransaction(req)
    throw error
  }
}

export async function importProcedures(
  payload: Payload,
  records: SourceRecord[],
  options: ImportOptions,
): Promise<Report> {
  const publish = options.publish === true
  const refs = await loadRefs(payload)
  const firstRow = new Map<string, number>()
  const ignored = new Set<string>()
  const rows: RowReport[] = []
  const done = (row: RowReport) => {
    rows.push(row)
    options.onRow?.(row)
  }

  for (const { row, fields } of records) {
    const read = readRecord(fields)
    if (!read.ok) {
      done({ row, code: null, result: 'rejected', problem: read.problem, reason: read.reason, leftOut: [] })
      continue
    }
    for (const key of read.ignored) ignored.add(key)
    const { code } = read
    const first = firstRow.get(code)
    if (first !== undefined) {
      const reason = `duplicate in file: code ${code} is already on row ${first}`
      done({ row, code, result: 'rejected', problem: 'duplicate-in-file', reason, leftOut: [] })
      continue
    }
    firstRow.set(code, row)
    const mapped = mapRecord(read, refs, { file: options.source, row })
    if (!mapped.ok) {
      done({ row, code, result: 'rejected', problem: mapped.problem, reason: mapped.reason, leftOut: [] })
      continue
    }
    try {
      const { result, id } = await writeInTransaction(payload, mapped.data, publish)
      await indexCommitted(payload, id, row, code)
      done({ row, code, result, id, leftOut: mapped.leftOut })
    } catch (error) {
      // Payload's own refusals are the row's problem; anything else may be a bug: keep its stack in the log.
      if (!(error instanceof APIError)) payload.logger.error({ err: error, row, code }, 'import: row failed')
      const reason = describeWriteError(error)
      done({ row, code, result: 'rejected', problem: 'write-failed', reason, leftOut: mapped.leftOut })
    }
  }
  return {
    source: options.source,
    status: publish ? 'published' : 'draft',
    rows,
    totals: totals(rows),
    ignoredFields: [...ignored],
  }
}
