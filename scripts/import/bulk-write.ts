/**
 * The fast path for new procedures: rows built by Payload's own database adapter (its row
 * transform, so the tables, locales, arrays and relations are exactly what its Local API
 * writes, and a version row beside each record so drafts and versions stay consistent), then
 * written one multi-row INSERT per table for a whole batch, in one transaction. The Local API
 * costs ~20 ms and ~30 statements a record (hooks, validation, a re-read with all its joins,
 * the version); this path ~40 statements a batch. Callers validate the data first (map.ts,
 * content/schema.ts) and index search once at the end.
 */
import { randomBytes } from 'node:crypto'
import { createRequire } from 'node:module'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import {
  buildVersionCollectionFields,
  commitTransaction,
  createLocalReq,
  type FlattenedField,
  initTransaction,
  killTransaction,
  type Payload,
  type PayloadRequest,
} from 'payload'

import { SEEDING } from '../seed/context.ts'

/** A record in every locale at once (`name: { vi, en }`), as Payload's adapter writes it. */
export type AllLocalesData = Record<string, unknown>
export type Status = 'published' | 'draft'

type Row = Record<string, unknown>
type Transformed = {
  row: Row
  locales: Record<string, Row>
  relationships: Row[]
  texts: Row[]
  numbers: Row[]
  selects: Record<string, Row[]>
  arrays: Record<string, unknown>
}
type Adapter = {
  tables: Record<string, unknown>
  tableNameMap: Map<string, string>
  localesSuffix: string
  relationshipsSuffix: string
  sessions: Record<string, { db: unknown }>
  drizzle: unknown
  insert(args: { db: unknown; tableName: string; values: Row[] }): Promise<Row[]>
}
type Internals = {
  transformForWrite(args: {
    adapter: Adapter
    data: Row
    enableAtomicWrites: boolean
    fields: FlattenedField[]
    tableName: string
  }): Transformed
  insertArrays(args: {
    adapter: Adapter
    arrays: unknown[]
    db: unknown
    parentRows: Row[]
    uuidMap: Row
  }): Promise<void>
}

/**
 * The adapter's row transform and array writer: the same code its create runs, but not in the
 * package's exports map, so they are loaded from the installed package's files (the version is
 * pinned by the root package.json's overrides of payload).
 */
async function internals(): Promise<Internals> {
  const main = createRequire(import.meta.url).resolve('@payloadcms/drizzle')
  const load = (file: string) => import(pathToFileURL(path.join(path.dirname(main), file)).href)
  const [write, arrays] = await Promise.all([load('transform/write/index.js'), load('upsertRow/insertArrays.js')])
  return { transformForWrite: write.transformForWrite, insertArrays: arrays.insertArrays }
}

/** Array rows need ids before they reach the adapter (the Local API's field hooks give them). */
export const rowIds = <R extends object>(rows: R[] | undefined) =>
  (rows ?? []).map((row) => ({ id: randomBytes(12).toString('hex'), ...row }))

async function sessionDb(adapter: Adapter, req: PayloadRequest): Promise<unknown> {
  const id = await req.transactionID
  return (id !== undefined && adapter.sessions[String(id)]?.db) || adapter.drizzle
}

// PostgreSQL takes at most 65,535 parameters a statement: a few hundred rows at a time.
const CHUNK = 500

async function insertAll(adapter: Adapter, db: unknown, tableName: string, values: Row[]): Promise<Row[]> {
  const out: Row[] = []
  for (let i = 0; i < values.length; i += CHUNK) {
    out.push(...(await adapter.insert({ db, tableName, values: values.slice(i, i + CHUNK) })))
  }
  return out
}

/** Write many records of one table (and its locales, relations, selects, arrays); returns their ids in order. */
async function insertRecords(
  { adapter, db, lib }: { adapter: Adapter; db: unknown; lib: Internals },
  tableName: string,
  fields: FlattenedField[],
  records: Row[],
): Promise<Row[]> {
  const rows = records.map((data) =>
    lib.transformForWrite({ adapter, data, enableAtomicWrites: false, fields, tableName }),
  )
  const inserted = await insertAll(
    adapter,
    db,
    tableName,
    rows.map((r) => r.row),
  )
  const locales: Row[] = []
  const relations: Row[] = []
  const texts: Row[] = []
  const numbers: Row[] = []
  const selects: Record<string, Row[]> = {}
  rows.forEach((r, i) => {
    const id = inserted[i]?.id
    for (const [locale, row] of Object.entries(r.locales)) locales.push({ ...row, _parentID: id, _locale: locale })
    for (const row of r.relationships) relations.push({ ...row, parent: id })
    for (const row of r.texts) texts.push({ ...row, parent: id })
    for (const row of r.numbers) numbers.push({ ...row, parent: id })
    for (const [table, list] of Object.entries(r.selects)) {
      selects[table] = [...(selects[table] ?? []), ...list.map((row) => ({ ...row, parent: row.parent ?? id }))]
    }
  })
  const write = async (table: string, values: Row[]) => {
    if (values.length > 0) await insertAll(adapter, db, table, values)
  }
  await write(`${tableName}${adapter.localesSuffix}`, locales)
  await write(`${tableName}${adapter.relationshipsSuffix}`, relations)
  await write(`${tableName}_texts`, texts)
  await write(`${tableName}_numbers`, numbers)
  for (const [table, values] of Object.entries(selects)) await write(table, values)
  await lib.insertArrays({ adapter, arrays: rows.map((r) => r.arrays), db, parentRows: inserted, uuidMap: {} })
  return inserted
}

/** Write new procedures and their versions in the transaction of `req`; returns their ids in order. */
export async function createProcedureRows(
  payload: Payload,
  req: PayloadRequest,
  records: AllLocalesData[],
  status: Status,
): Promise<number[]> {
  const collection = payload.collections.procedures.config
  const adapter = payload.db as unknown as Adapter
  const context = { adapter, db: await sessionDb(adapter, req), lib: await internals() }
  const now = new Date().toISOString()
  const docs = records.map((data) => ({ ...data, _status: status, createdAt: now, updatedAt: now }))
  const table = (name: string) => adapter.tableNameMap.get(name) ?? name
  const created = await insertRecords(context, table('procedures'), collection.flattenedFields, docs)
  const versionFields = buildVersionCollectionFields(payload.config, collection, true)
  const versions = docs.map((doc, i) => ({
    parent: created[i]?.id,
    version: doc,
    latest: true,
    autosave: false,
    createdAt: now,
    updatedAt: now,
  }))
  await insertRecords(context, table('_procedures_v'), versionFields, versions)
  return created.map((row) => row.id as number)
}

export type BulkOptions = {
  status: Status
  /** Records per transaction: a failure rolls back one batch, not the run. */
  batchSize?: number
  /** An open transaction to write in (the seed's); otherwise one per batch. */
  req?: PayloadRequest
  onProgress?: (done: number, total: number) => void
}

/**
 * Create every record, in batches of one transaction each (or in the caller's). Returns the
 * ids in order. A failed batch throws after rolling back; earlier batches stay.
 */
export async function createProcedures(payload: Payload, records: AllLocalesData[], options: BulkOptions) {
  const size = options.batchSize ?? 250
  const ids: number[] = []
  for (let start = 0; start < records.length; start += size) {
    const batch = records.slice(start, start + size)
    const req = options.req ?? (await createLocalReq({ context: { ...SEEDING } }, payload))
    const own = !options.req
    if (own) await initTransaction(req)
    try {
      ids.push(...(await createProcedureRows(payload, req, batch, options.status)))
      if (own) await commitTransaction(req)
    } catch (error) {
      if (own) await killTransaction(req)
      throw error
    }
    options.onProgress?.(Math.min(start + size, records.length), records.length)
  }
  return ids
}
