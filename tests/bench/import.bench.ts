/**
 * Import rate (issue 10 item 3: 10,000 procedures in under 2 minutes on 2 cores, a re-import of
 * unchanged records just as fast). Synthetic records in the national portal's own JSON (the
 * api_key shape), labelled so in their names, codes 8.NNNNNN; removed before each run so the
 * first pass always creates them.
 */
import { sql } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'

import { importProcedures } from '../../scripts/import/import-procedures.ts'
import type { SourceRecord } from '../../scripts/import/read.ts'
import type { Log } from '../../scripts/lib/log.ts'
import { SYNTHETIC_PREFIX } from '../../scripts/seed/synthetic.ts'

export type ImportRow = { pass: string; records: number; created: number; unchanged: number; seconds: number }

const SECTORS = ['Hộ tịch', 'Chứng thực', 'Quốc tịch', 'Lý lịch tư pháp']

function records(count: number): SourceRecord[] {
  return Array.from({ length: count }, (_, n) => ({
    row: n + 1,
    fields: {
      code: `8.${String(n).padStart(6, '0')}`,
      name: `${SYNTHETIC_PREFIX.vi} Thủ tục nhập thử số ${n + 1}`,
      procedureProposal: { proposalNumber: `${n}/QĐ-GL` },
      isProvince: n % 2 === 0,
      isWard: true,
      formalityType: 'STANDARD',
      categoriesDetails: [{ name: SECTORS[n % SECTORS.length] }],
      departmentsExecuting: [{ name: 'Bộ Tư pháp' }],
      subjectTypesDetails: [{ name: 'Công dân Việt Nam' }],
      executionSteps: [
        { name: 'Bước 1', description: '<p>Nộp hồ sơ (giả lập).</p>' },
        { name: 'Bước 2', description: '<p>Nhận kết quả (giả lập).</p>' },
      ],
      executionMethods: [
        {
          submissionMethod: 'ONLINE',
          processingTime: (n % 20) + 1,
          processingTimeUnit: 'WORKING_DAY',
          fees: [{ name: 'Lệ phí', amount: (n % 5) * 10000 }],
        },
        { submissionMethod: 'DIRECT', processingTime: (n % 20) + 1, processingTimeUnit: 'WORKING_DAY' },
      ],
      executionCases: [{ name: '', profileComponents: [{ name: 'Tờ khai (giả lập)', originalQty: 1, copyQty: 0 }] }],
      resultsDetails: [{ name: 'Giấy xác nhận (giả lập)' }],
      legalBasisesDetails: [{ name: 'Văn bản giả lập', code: `${n}/2026/GL-KTT` }],
    },
  }))
}

/** Two passes over the same file: the first creates every record, the second finds them unchanged. */
export async function benchImport(payload: Payload, count: number, log: Log): Promise<ImportRow[]> {
  const db = payload.db as unknown as { drizzle: { execute(query: unknown): Promise<unknown> } }
  // Versions first: they point at their records. Child tables follow by their foreign keys.
  await db.drizzle.execute(sql`DELETE FROM "_procedures_v" WHERE "version_code" LIKE '8.%'`)
  await db.drizzle.execute(sql`DELETE FROM "procedures" WHERE "code" LIKE '8.%'`)
  const input = records(count)
  const rows: ImportRow[] = []
  for (const pass of ['first import (creates)', 'same file again (unchanged)']) {
    log.step(`import bench: ${pass}, ${count} records`)
    const started = performance.now()
    const report = await importProcedures(payload, input, {
      source: 'synthetic-national.json',
      publish: true,
      onProgress: (done, total) => {
        if (done % 2000 === 0 || done === total) log.info(`${done} / ${total} written`)
      },
    })
    const seconds = (performance.now() - started) / 1000
    if (report.totals.rejected > 0) throw new Error(`import bench: ${report.totals.rejected} records rejected`)
    rows.push({ pass, records: count, created: report.totals.created, unchanged: report.totals.unchanged, seconds })
  }
  return rows
}
