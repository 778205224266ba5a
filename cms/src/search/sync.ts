/**
 * Keeping Meilisearch in step with the CMS: a full rebuild (after seeding, `npm run
 * reindex`) and the per-record sync the collection hooks call.
 */
import {
  applySettings,
  ensureSearchKey,
  faqDocuments,
  type IndexedDocument,
  type IndexKind,
  procedureDocuments,
  type RebuildProgress,
  type RebuildResult,
  rebuildIndex,
  removeRecord,
  replaceRecord,
  SETTINGS,
} from '@dvc/search'
import type { Meilisearch } from 'meilisearch'
import type { Payload, PayloadRequest } from 'payload'

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
 * a wiped Meilisearch). Returns whether it rebuilt.
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
  if (counts.some((count) => count === 0)) {
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

/**
 * Put one record's published state into its index: both locales' documents when it is
 * published, nothing when it is not (draft-only, unpublished). Reads through `req`, so
 * the hook sees the row its own transaction just wrote. Returns the enqueued task uids.
 */
export async function syncRecord(payload: Payload, kind: IndexKind, id: number | string, req?: PayloadRequest) {
  const config = searchConfig()
  const client = searchClient(config)
  const uid = config.indexes[kind]
  await ensureReady(client, kind, uid)
  const read = { req, where: { id: { equals: id } } }
  const documents: IndexedDocument[] = []
  if (kind === 'procedures') {
    for await (const batch of procedureSources(payload, read)) documents.push(...batch.flatMap(procedureDocuments))
  } else {
    for await (const batch of faqSources(payload, read)) documents.push(...batch.flatMap(faqDocuments))
  }
  return replaceRecord(client, uid, id, documents)
}

/** Remove a deleted record's documents. */
export async function unindexRecord(kind: IndexKind, id: number | string) {
  const config = searchConfig()
  const client = searchClient(config)
  await ensureReady(client, kind, config.indexes[kind])
  return removeRecord(client, config.indexes[kind], id)
}
