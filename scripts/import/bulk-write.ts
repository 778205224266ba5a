/**
 * The fast path for new procedures: rows written through Payload's own database adapter
 * (the same row transform and tables its Local API writes, a version row beside each record so
 * drafts and versions stay consistent), many records per transaction, no per-record hooks and
 * no read-back. The Local API costs ~20 ms a record (hooks, validation, a re-read of the
 * record with all its joins, then its version); this path a few. Callers validate the data
 * first (map.ts, content/schema.ts) and index search once at the end.
 */
import { randomBytes } from 'node:crypto'
import { upsertRow } from '@payloadcms/drizzle'
import {
  buildVersionCollectionFields,
  commitTransaction,
  createLocalReq,
  initTransaction,
  killTransaction,
  type Payload,
  type PayloadRequest,
} from 'payload'

import { SEEDING } from '../seed/content.ts'

/** A record in every locale at once (`name: { vi, en }`), as Payload's adapter writes it. */
export type AllLocalesData = Record<string, unknown>
export type Status = 'published' | 'draft'

type Drizzle = Parameters<typeof upsertRow>[0]['db']
type Adapter = Parameters<typeof upsertRow>[0]['adapter']

/** Array rows need ids before they reach the adapter (the Local API's field hooks give them). */
export const rowIds = <R extends object>(rows: R[] | undefined) =>
  (rows ?? []).map((row) => ({ id: randomBytes(12).toString('hex'), ...row }))

async function sessionDb(payload: Payload, req: PayloadRequest): Promise<Drizzle> {
  const adapter = payload.db as unknown as { sessions: Record<string, { db: Drizzle }>; drizzle: Drizzle }
  const id = await req.transactionID
  return (id !== undefined && adapter.sessions[String(id)]?.db) || adapter.drizzle
}

/** Write one new procedure and its version in the transaction of `req`; returns its id. */
export async function createProcedureRow(
  payload: Payload,
  req: PayloadRequest,
  data: AllLocalesData,
  status: Status,
): Promise<number> {
  const collection = payload.collections.procedures.config
  const adapter = payload.db as unknown as Adapter & { tableNameMap: Map<string, string> }
  const db = await sessionDb(payload, req)
  const now = new Date().toISOString()
  const doc = { ...data, _status: status, createdAt: now, updatedAt: now }
  const created = (await upsertRow({
    adapter,
    collectionSlug: 'procedures',
    data: doc,
    db,
    fields: collection.flattenedFields,
    ignoreResult: 'idOnly',
    operation: 'create',
    req,
    tableName: adapter.tableNameMap.get('procedures') ?? 'procedures',
  })) as { id: number }
  await upsertRow({
    adapter,
    collectionSlug: 'procedures',
    data: { parent: created.id, version: doc, latest: true, autosave: false, createdAt: now, updatedAt: now },
    db,
    fields: buildVersionCollectionFields(payload.config, collection, true),
    ignoreResult: 'idOnly',
    operation: 'create',
    req,
    tableName: adapter.tableNameMap.get('_procedures_v') ?? '_procedures_v',
  })
  return created.id
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
      for (const data of batch) ids.push(await createProcedureRow(payload, req, data, options.status))
      if (own) await commitTransaction(req)
    } catch (error) {
      if (own) await killTransaction(req)
      throw error
    }
    options.onProgress?.(Math.min(start + size, records.length), records.length)
  }
  return ids
}
