/**
 * Keeping Meilisearch in step with the CMS: a full rebuild (after seeding, `npm run
 * reindex`) and the per-record sync the queue's `search-sync` task runs (cms/src/jobs/).
 */
import {
  applySettings,
  DOCUMENT_SCHEMA_VERSION,
  ensureSearchKey,
  faqDocuments,
  type IndexedDocument,
  type IndexKind,
  procedureDocuments,
  type RebuildProgress,
  type RebuildResult,
  rebuildIndex,
  replaceRecords,
  SETTINGS,
} from '@dvc/search'
import type { Meilisearch } from 'meilisearch'
import type { Payload } from 'payload'

import { searchClient, searchConfig } from './client.ts'
import { faqSources, loadReferenceData, procedureSources } from './sources.ts'

export type IndexEverythingResult = { procedures: RebuildResult; faqs: RebuildResult; searchKeyUid: string }

/**
 * Rebuild both indexes from the published records (each into a temporary index swapped in
 * when complete) and make sure the browser's search-only key exists.
 */
export async function indexEverything(
  payload: Payload,
  onProgress: (progress: RebuildProgress) => void = () => {},
): Promise<IndexEverythingResult> {
  const config = searchConfig()
  const client = searchClient(config)
  const refs = await loadReferenceData(payload)
  async function* procedureBatches() {
    for await (const batch of procedureSources(payload, { refs })) yield batch.flatMap(procedureDocuments)
  }
  async function* faqBatches() {
    for await (const batch of faqSources(payload, { refs })) yield batch.flatMap(faqDocuments)
  }
  const procedures = await rebuildIndex(
    client,
    config.indexes.procedures,
    SETTINGS.procedures,
    procedureBatches(),
    onProgress,
  )
  const faqs = await rebuildIndex(client, config.indexes.faqs, SETTINGS.faqs, faqBatches(), onProgress)
  const key = await ensureSearchKey(client, [config.indexes.procedures, config.indexes.faqs])
  return { procedures, faqs, searchKeyUid: key.uid }
}

/**
 * At every start: settings applied idempotently (they are versioned in code), and a full
 * rebuild only when an index is missing or empty (a database seeded before search existed,
 * a wiped Meilisearch) or holds procedure documents of an older shape. Returns whether it rebuilt.
 */
export async function ensureSearchReady(
  payload: Payload,
  onProgress: (progress: RebuildProgress) => void = () => {},
): Promise<boolean> {
  const config = searchConfig()
  const client = searchClient(config)
  const kinds: IndexKind[] = ['procedures', 'faqs']
  const counts = await Promise.all(
    kinds.map((kind) =>
      client
        .index(config.indexes[kind])
        .getStats()
        .then((stats) => stats.numberOfDocuments)
        .catch(() => 0),
    ),
  )
  // Documents of an older shape (DOCUMENT_SCHEMA_VERSION; v3 added the Telex copy the first
  // search round reads, v4 spelled its level tone) would answer queries with marks from nothing: rebuild them too.
  const stale = await client
    .index(config.indexes.procedures)
    .search('', { filter: `schemaVersion != ${DOCUMENT_SCHEMA_VERSION}`, limit: 0 })
    .then((result) => result.estimatedTotalHits ?? 0)
    .catch(() => 0)
  if (counts.some((count) => count === 0) || stale > 0) {
    await indexEverything(payload, onProgress)
    return true
  }
  for (const kind of kinds) await ensureReady(client, kind, config.indexes[kind])
  await ensureSearchKey(client, [config.indexes.procedures, config.indexes.faqs])
  return false
}

/** Indexes whose settings this process has checked: the first sync of each applies them. */
const ready = new Set<string>()

/**
 * Before the first sync to an index: give it our settings if it is new or outdated.
 * Without them Meilisearch would create the index on the first document with no filterable
 * attributes, and every later delete-by-record would fail.
 */
async function ensureReady(client: Meilisearch, kind: IndexKind, uid: string): Promise<void> {
  if (ready.has(uid)) return
  await applySettings(client, uid, SETTINGS[kind])
  ready.add(uid)
}

/** Records read and sent to Meilisearch at a time by one sync. */
const SYNC_CHUNK = 500

/** How long a queued sync waits for Meilisearch to apply it before the job counts as failed (and is retried). */
const APPLY_TIMEOUT_MS = 60_000

/**
 * Put records' published state into their index: both locales' documents when published,
 * none when not (draft-only, unpublished, deleted). A draft saved over a published record
 * leaves the published one searchable: what is read is the published row. Run by the
 * queue's `search-sync` task, after the write committed; waits until Meilisearch applied
 * it, so a failure is the job's and is retried. Many records (an import) are read and sent
 * SYNC_CHUNK at a time, every task enqueued before waiting: Meilisearch then batches them.
 */
export async function syncRecords(payload: Payload, kind: IndexKind, ids: (number | string)[]): Promise<void> {
  if (ids.length === 0) return
  const config = searchConfig()
  const client = searchClient(config)
  const uid = config.indexes[kind]
  await ensureReady(client, kind, uid)
  const refs = ids.length > SYNC_CHUNK ? await loadReferenceData(payload) : undefined
  const tasks: number[] = []
  for (let at = 0; at < ids.length; at += SYNC_CHUNK) {
    const chunk = ids.slice(at, at + SYNC_CHUNK)
    const read = { where: { id: { in: chunk } }, ...(refs ? { refs } : {}) }
    const documents: IndexedDocument[] = []
    if (kind === 'procedures') {
      for await (const batch of procedureSources(payload, read)) documents.push(...batch.flatMap(procedureDocuments))
    } else {
      for await (const batch of faqSources(payload, read)) documents.push(...batch.flatMap(faqDocuments))
    }
    tasks.push(...(await replaceRecords(client, uid, chunk, documents)))
  }
  const timeout = APPLY_TIMEOUT_MS * Math.ceil(ids.length / SYNC_CHUNK)
  for await (const task of client.tasks.waitForTasksIter(tasks, { timeout })) {
    if (task.status === 'failed') throw new Error(`Meilisearch task ${task.uid} failed: ${task.error?.message}`)
  }
}

const BATCH = 200

/**
 * A sector, agency or life event was written: its name is in the documents of the
 * procedures and FAQs that show it. `related` adds procedures it no longer lists (a life
 * event's removed procedures), which its current row cannot name.
 */
export async function syncDependents(
  payload: Payload,
  collection: 'sectors' | 'agencies' | 'life-events',
  id: number | string,
  related: (number | string)[] = [],
): Promise<void> {
  const procedureIds = new Set<number | string>(related)
  const faqIds = new Set<number | string>()
  const ids = (docs: { id: number | string }[]) => docs.map((doc) => doc.id)
  const common = { depth: 0, pagination: false, overrideAccess: true, select: {} } as const
  if (collection === 'life-events') {
    const event = await payload.findByID({ collection, id, depth: 0, overrideAccess: true, disableErrors: true })
    for (const procedure of event?.procedures ?? []) {
      procedureIds.add(typeof procedure === 'object' ? procedure.id : procedure)
    }
  } else {
    const field = collection === 'sectors' ? 'sector' : 'agency'
    const where = { [field]: { equals: id } }
    for (const doc of ids((await payload.find({ collection: 'procedures', where, ...common })).docs)) {
      procedureIds.add(doc)
    }
    for (const doc of ids((await payload.find({ collection: 'faqs', where, ...common })).docs)) faqIds.add(doc)
  }
  const inBatches = async (kind: IndexKind, all: Set<number | string>) => {
    const list = [...all]
    for (let at = 0; at < list.length; at += BATCH) await syncRecords(payload, kind, list.slice(at, at + BATCH))
  }
  await inBatches('procedures', procedureIds)
  await inBatches('faqs', faqIds)
}

/** One record (the importer's per-row call until it queues its writes: cms/src/publish/queue-on-write.ts). */
export async function syncRecord(payload: Payload, kind: IndexKind, id: number | string): Promise<void> {
  await syncRecords(payload, kind, [id])
}
