/**
 * Upsert procedures by national code from national portal records. A record whose content hash
 * is the saved one is left alone (a re-import of an unchanged file writes nothing); new records
 * go through the fast path in batches of one transaction each (bulk-write.ts); a changed record
 * is updated through Payload's Local API in its own transaction, keeping its rows' ids so the
 * English text stays with its row. Search is indexed once at the end.
 */
import { createHash } from 'node:crypto'

import { syncRecords } from '@dvc/cms/search'
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
import { SEEDING } from '../seed/context.ts'
import { type AllLocalesData, createProcedures, rowIds } from './bulk-write.ts'
import { mapRecord, type ProcedureData, readRecord } from './map.ts'
import type { SourceRecord } from './read.ts'
import { loadRefs, type NewSector, type Refs } from './refs.ts'
import { type Report, type RowReport, totals } from './report.ts'

export type ImportOptions = {
  /** The file name, recorded as each procedure's source with the row. */
  source: string
  /** Publish (an administrator's run); by default records are saved as drafts for a reviewer. */
  publish?: boolean
  /** Called after each row, e.g. for progress on a long file. */
  onRow?: (row: RowReport) => void
  /** Called as batches of new records are written. */
  onProgress?: (written: number, total: number) => void
  /** Records per transaction on the fast path. */
  batchSize?: number
}

/** The record as imported, without where it sat in the file: the same record in another row is unchanged. */
export const importHash = (data: ProcedureData, publish: boolean) => {
  const { source, ...rest } = data
  const { name: _row, ...kept } = source
  return createHash('sha256')
    .update(JSON.stringify({ ...rest, source: kept, publish }))
    .digest('hex')
}

// Fields the collection stores per locale: the fast path writes them as `{ vi }`.
const LOCALIZED = new Set(['name', 'type', 'agencyNote', 'receivingAddress', 'result', 'requirements', 'keywords'])
const LOCALIZED_IN_ROWS: Record<string, string[]> = {
  steps: ['text'],
  methods: ['timeNote', 'feeDescription', 'description'],
  documents: ['name', 'condition'],
  legalBasis: ['title'],
  relatedProcedures: ['name'],
}
const vi = (value: unknown) => (value === undefined ? undefined : { vi: value })

/** Vietnamese data as Payload's adapter writes it (every locale at once); English is still to come. */
function allLocales(data: ProcedureData, hash: string): AllLocalesData {
  const out: AllLocalesData = { serviceLevel: 'none', untranslated: ['en'], synthetic: false, importHash: hash }
  for (const [key, value] of Object.entries(data)) {
    if (LOCALIZED.has(key)) out[key] = vi(value)
    else if (key === 'agencyNames') {
      out[key] = Object.fromEntries(Object.entries(value as object).map(([name, text]) => [name, vi(text)]))
    } else if (LOCALIZED_IN_ROWS[key]) {
      const localized = LOCALIZED_IN_ROWS[key]
      out[key] = rowIds(
        (value as Record<string, unknown>[]).map((row) =>
          Object.fromEntries(Object.entries(row).map(([name, v]) => [name, localized.includes(name) ? vi(v) : v])),
        ),
      )
    } else out[key] = value
  }
  return out
}

type Row = { id?: string | null }
type Arrays = Pick<Procedure, 'steps' | 'methods' | 'documents' | 'legalBasis' | 'relatedProcedures'>

/**
 * Rows keep the ids of the saved rows at the same position, so the English text of step 2
 * (localized per row) stays with step 2 when the Vietnamese is imported again.
 */
function keepRowIds(rows: readonly object[], saved: Row[] | null | undefined) {
  return rows.map((row, i) => ({ ...row, ...(saved?.[i]?.id ? { id: saved[i].id } : {}) }))
}

async function update(payload: Payload, req: PayloadRequest, id: number, data: ProcedureData, publish: boolean) {
  const existing = await payload.findByID({ collection: 'procedures', id, draft: true, locale: 'vi', depth: 0, req })
  const status = publish ? ('published' as const) : ('draft' as const)
  // A draft saved over a published record becomes a new version: the public page keeps the published one.
  const common = { collection: 'procedures', locale: 'vi', depth: 0, draft: !publish, req } as const
  const rows: Partial<Arrays> = {}
  // Only lists the file gives are written: one it leaves out keeps its saved rows.
  for (const key of ['steps', 'methods', 'documents', 'legalBasis', 'relatedProcedures'] as const) {
    if (data[key]) Object.assign(rows, { [key]: keepRowIds(data[key], existing[key]) })
  }
  const updated = await payload.update({
    ...common,
    id: existing.id,
    data: { ...data, ...rows, importHash: importHash(data, publish), _status: status },
  })
  return { result: 'updated' as const, id: updated.id }
}

/** Payload's field errors ("methods.0.feeAmount: ...") or the error's own message. */
function describeWriteError(error: unknown): string {
  if (error instanceof ValidationError) {
    return error.data.errors.map((e) => (e.path ? `${e.path}: ${e.message}` : e.message)).join('; ')
  }
  return error instanceof Error ? error.message : String(error)
}

async function updateInTransaction(payload: Payload, id: number, data: ProcedureData, publish: boolean) {
  const req = await createLocalReq({ context: { ...SEEDING }, locale: 'vi' }, payload)
  await initTransaction(req)
  try {
    const outcome = await update(payload, req, id, data, publish)
    await commitTransaction(req)
    return outcome
  } catch (error) {
    await killTransaction(req)
    throw error
  }
}

/** Saved procedures by code: their id and the hash of what was last imported. */
async function savedProcedures(payload: Payload) {
  const { docs } = await payload.find({
    collection: 'procedures',
    draft: true,
    depth: 0,
    pagination: false,
    select: { code: true, importHash: true },
  })
  return new Map(docs.map((doc) => [doc.code, { id: doc.id, hash: doc.importHash ?? null }]))
}

/** Sectors the records name that do not exist yet, created once each (a sector is reference data, not a draft). */
async function createSectors(payload: Payload, refs: Refs, sectors: NewSector[]) {
  const done = new Set<string>()
  for (const sector of sectors) {
    if (done.has(sector.code) || refs.sectorByCode(sector.code) !== undefined) continue
    const doc = await payload.create({ collection: 'sectors', data: sector, locale: 'vi', depth: 0, context: SEEDING })
    refs.addSector(sector, doc.id)
    done.add(sector.code)
  }
}

export async function importProcedures(
  payload: Payload,
  records: SourceRecord[],
  options: ImportOptions,
): Promise<Report> {
  const publish = options.publish === true
  const refs = await loadRefs(payload)
  const saved = await savedProcedures(payload)
  const firstRow = new Map<string, number>()
  const ignored = new Set<string>()
  const rows: RowReport[] = []
  const done = (row: RowReport) => {
    rows.push(row)
    options.onRow?.(row)
  }
  type Pending = { row: number; code: string; data: ProcedureData; leftOut: string[]; sector?: NewSector }
  const fresh: Pending[] = []
  const changed: (Pending & { id: number })[] = []
  const newSectors: NewSector[] = []
  const flagsOf = (data: ProcedureData) => (data.reviewFlags?.length ? { reviewFlags: data.reviewFlags } : {})

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
    if (mapped.newSector) newSectors.push(mapped.newSector)
    const existing = saved.get(code)
    const pending = { row, code, data: mapped.data, leftOut: mapped.leftOut, sector: mapped.newSector }
    // A record whose sector is still to be created cannot be the saved one.
    if (!existing) fresh.push(pending)
    else if (!mapped.newSector && existing.hash === importHash(mapped.data, publish))
      done({ row, code, result: 'unchanged', id: existing.id, leftOut: mapped.leftOut, ...flagsOf(mapped.data) })
    else changed.push({ ...pending, id: existing.id })
  }

  await createSectors(payload, refs, newSectors)
  // The hash is taken of the record as saved: with the id of a sector created above.
  const resolved = (p: Pending) => ({
    ...p.data,
    sector: p.sector ? (refs.sectorByCode(p.sector.code) ?? p.data.sector) : p.data.sector,
  })
  const written: number[] = []
  const status = publish ? ('published' as const) : ('draft' as const)
  const size = options.batchSize ?? 1000
  const failed = (p: Pending, error: unknown) => {
    // Payload's own refusals are the row's problem; anything else may be a bug: keep its stack in the log.
    if (!(error instanceof APIError))
      payload.logger.error({ err: error, row: p.row, code: p.code }, 'import: row failed')
    done({
      row: p.row,
      code: p.code,
      result: 'rejected',
      problem: 'write-failed',
      reason: describeWriteError(error),
      leftOut: p.leftOut,
    })
  }
  const created = (p: Pending, id: number) => {
    written.push(id)
    done({ row: p.row, code: p.code, result: 'created', id, leftOut: p.leftOut, ...flagsOf(p.data) })
  }
  for (let start = 0; start < fresh.length; start += size) {
    const batch = fresh.slice(start, start + size)
    const data = (p: Pending) => allLocales(resolved(p), importHash(resolved(p), publish))
    try {
      const ids = await createProcedures(payload, batch.map(data), { status, batchSize: batch.length })
      for (const [i, p] of batch.entries()) created(p, ids[i] as number)
    } catch {
      // The batch rolled back whole: each record again on its own, so one bad record costs only itself.
      for (const p of batch) {
        try {
          const [id] = await createProcedures(payload, [data(p)], { status })
          created(p, id as number)
        } catch (error) {
          failed(p, error)
        }
      }
    }
    options.onProgress?.(Math.min(start + size, fresh.length), fresh.length)
  }
  for (const p of changed) {
    try {
      const { result, id } = await updateInTransaction(payload, p.id, resolved(p), publish)
      written.push(id)
      done({ row: p.row, code: p.code, result, id, leftOut: p.leftOut, ...flagsOf(p.data) })
    } catch (error) {
      // Payload's own refusals are the row's problem; anything else may be a bug: keep its stack in the log.
      if (!(error instanceof APIError))
        payload.logger.error({ err: error, row: p.row, code: p.code }, 'import: row failed')
      const reason = describeWriteError(error)
      done({ row: p.row, code: p.code, result: 'rejected', problem: 'write-failed', reason, leftOut: p.leftOut })
    }
  }
  await indexWritten(payload, written)
  rows.sort((a, b) => a.row - b.row)
  return {
    source: options.source,
    status: publish ? 'published' : 'draft',
    rows,
    totals: totals(rows),
    ignoredFields: [...ignored],
  }
}

/**
 * Search is a copy, indexed after the records committed: only the records written, in batches
 * (cms/src/search/sync.ts; a full rebuild re-read the whole catalogue for every import). A failure there is logged, not
 * a rejected row (`npm run reindex` repairs it).
 */
async function indexWritten(payload: Payload, ids: number[]) {
  if (ids.length === 0) return
  try {
    await syncRecords(payload, 'procedures', ids)
  } catch (error) {
    payload.logger.error({ err: error, records: ids.length }, 'import: search index not updated, run npm run reindex')
  }
}
