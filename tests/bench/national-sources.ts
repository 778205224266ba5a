/**
 * The national catalogue's real records (../shared/reference/national_catalogue, 2,642
 * procedures of six ministries, label-key form) as search sources, for the relevance bench
 * only: enough of each record to rank it (name, sector, levels, agency, steps, documents,
 * result), read straight from the capture. The catalogue's own normalizer (scripts/import*)
 * brings them into content/; until then the bench measures search against them here.
 */
import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { gunzipSync } from 'node:zlib'
import { fold } from '../../search/src/contract.ts'
import type { ProcedureSource } from '../../search/src/documents.ts'

const RELATIVE = 'shared/reference/national_catalogue/procedures-2026.jsonl.gz'

/** The capture in the team's `shared/` folder beside the checkout (or above a worktree); NATIONAL_CATALOGUE overrides. */
export function nationalCatalogueFile(): string | undefined {
  if (process.env.NATIONAL_CATALOGUE) return process.env.NATIONAL_CATALOGUE
  for (let dir = path.resolve(import.meta.dirname, '../..'); dir !== path.dirname(dir); dir = path.dirname(dir)) {
    const file = path.join(path.dirname(dir), RELATIVE)
    if (existsSync(file)) return file
  }
  return undefined
}

type Row = Record<string, string | undefined>

/** "Cấp bộ, Cấp tỉnh" -> the vocabulary's first level (the search documents hold one today). */
const LEVEL: Record<string, string> = {
  'cấp bộ': 'central',
  'cấp tỉnh': 'province',
  'cấp xã': 'commune',
  'cấp huyện': 'district',
}

const EMPTY = 'Không có thông tin'
const text = (value: string | undefined) => (value && value.trim() !== EMPTY ? value.trim() : '')
const slug = (value: string) =>
  fold(value)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')

/** The catalogue's records, or none when the reference folder is not beside this checkout. */
export function nationalProcedureSources(file = nationalCatalogueFile()): ProcedureSource[] {
  if (!file || !existsSync(file)) return []
  const rows = gunzipSync(readFileSync(file))
    .toString('utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as Row)
  return rows.map((row, index): ProcedureSource => {
    const sector = text(row.linh_vuc)
    const agency = text(row.co_quan_co_tham_quyen) || text(row.co_quan_thuc_hien)
    const levels = text(row.cap_thuc_hien)
      .split(',')
      .map((part) => LEVEL[part.trim().toLowerCase()])
      .filter((level): level is string => Boolean(level))
    return {
      recordId: `national-${index + 1}`,
      code: text(row.ma_thu_tuc),
      name: { vi: text(row.ten_thu_tuc) },
      level: levels.length > 0 ? levels : ['central'],
      serviceLevel: 'none',
      sector: sector ? { slug: slug(sector), name: { vi: sector } } : null,
      agency: agency ? { slug: row._folder ?? slug(agency), name: { vi: agency } } : null,
      steps: [{ vi: text(row.trinh_tu_thuc_hien).slice(0, 4000) }],
      documents: [{ vi: text(row.thanh_phan_ho_so).slice(0, 4000) }],
      result: { vi: text(row.ket_qua_xu_ly).replace(/Chọn cơ quan thực hiện[\s\S]*$/, '') },
      untranslated: ['en'],
    }
  })
}
