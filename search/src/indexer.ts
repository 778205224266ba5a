/**
 * Writing to Meilisearch: settings (idempotent), full rebuilds into a temporary index
 * swapped in when complete (search never goes empty), and per-record upserts and deletes.
 */
import type { EnqueuedTaskPromise, Meilisearch, Settings, Task } from 'meilisearch'

import { IndexTaskError } from './errors.ts'
import { diffSettings } from './settings.ts'

export type IndexedDocument = { id: string; recordId: number | string }

/** Full rebuilds wait this long for one task (a 10k-document batch takes seconds). */
const TASK_TIMEOUT_MS = 5 * 60_000
const BATCH_SIZE = 1000
/** A rebuild's temporary index: `<live>__rebuild_<time>`. Left-overs of a crashed rebuild are removed. */
const REBUILD_SUFFIX = '__rebuild_'

async function succeeded(index: string, what: string, enqueued: EnqueuedTaskPromise): Promise<Task> {
  const task = await enqueued.waitTask({ timeout: TASK_TIMEOUT_MS })
  if (task.status !== 'succeeded') {
    throw new IndexTaskError(index, what, {
      taskUid: task.uid,
      code: task.error?.code ?? task.status,
      message: task.error?.message ?? `task ${task.status}`,
    })
  }
  return task
}

async function indexExists(client: Meilisearch, uid: string): Promise<boolean> {
  try {
    await client.index(uid).getRawInfo()
    return true
  } catch (error) {
    if ((error as { cause?: { code?: string } }).cause?.code === 'index_not_found') return false
    throw error
  }
}

/** Create the index if it is missing (primary key `id`). */
export async function ensureIndex(client: Meilisearch, uid: string): Promise<void> {
  if (await indexExists(client, uid)) return
  const task = await client.createIndex(uid, { primaryKey: 'id' }).waitTask({ timeout: TASK_TIMEOUT_MS })
  // Another process may have created it meanwhile: that is what we wanted.
  if (task.status !== 'succeeded' && task.error?.code !== 'index_already_exists') {
    throw new IndexTaskError(uid, 'creating the index', { taskUid: task.uid, code: task.error?.code })
  }
}

/**
 * Bring an index's settings to `wanted`, changing only what differs and waiting until
 * applied. Returns the names of the settings that changed (none on a second run).
 */
export async function applySettings(client: Meilisearch, uid: string, wanted: Settings): Promise<string[]> {
  await ensureIndex(client, uid)
  const changes = diffSettings(await client.index(uid).getSettings(), wanted)
  const changed = Object.keys(changes)
  if (changed.length > 0) await succeeded(uid, 'updating settings', client.index(uid).updateSettings(changes))
  return changed
}

export type RebuildProgress = { index: string; indexed: number }
export type RebuildResult = { index: string; documents: number; settingsChanged: string[]; ms: number }

type Batches<T> = Iterable<readonly T[]> | AsyncIterable<readonly T[]>

/**
 * Build `uid` anew from `batches` into a temporary index and swap it in: searches keep
 * answering from the old documents until the new ones are complete.
 * Records saved in the CMS while this runs reach the live index through the sync hook and
 * are replaced by the swap; their next save brings them back. TODO(search): replay changes
 * made during a rebuild (an outbox table read after the swap).
 */
export async function rebuildIndex<T extends IndexedDocument>(
  client: Meilisearch,
  uid: string,
  settings: Settings,
  batches: Batches<T>,
  onProgress: (progress: RebuildProgress) => void = () => {},
): Promise<RebuildResult> {
  const started = performance.now()
  await removeLeftovers(client, uid)
  const temporary = `${uid}${REBUILD_SUFFIX}${Date.now().toString(36)}`
  try {
    const settingsChanged = await applySettings(client, temporary, settings)
    let indexed = 0
    // Every batch is enqueued before any is awaited: Meilisearch indexes queued additions in one
    // go (auto-batching), and reading the next batch overlaps with indexing the last.
    const added: Promise<Task>[] = []
    for await (const batch of batches) {
      for (let start = 0; start < batch.length; start += BATCH_SIZE) {
        const slice = batch.slice(start, start + BATCH_SIZE)
        const enqueued = client.index<T>(temporary).addDocuments([...slice])
        await enqueued
        const size = slice.length
        const done = succeeded(temporary, 'adding documents', enqueued).then((task) => {
          indexed += size
          onProgress({ index: uid, indexed })
          return task
        })
        // Handled here so a failure while later batches are still read is not an unhandled rejection;
        // Promise.all below still throws it.
        done.catch(() => {})
        added.push(done)
      }
    }
    await Promise.all(added)
    // Swap when the live index exists; otherwise rename the new one to it (Meilisearch >= 1.18: [from, to]).
    const rename = !(await indexExists(client, uid))
    await succeeded(uid, 'swapping in the rebuilt index', client.swapIndexes([{ indexes: [temporary, uid], rename }]))
    return { index: uid, documents: indexed, settingsChanged, ms: performance.now() - started }
  } finally {
    // After a swap this holds the old documents; after a failure, the half-built ones.
    if (await indexExists(client, temporary)) await client.deleteIndex(temporary).waitTask({ timeout: TASK_TIMEOUT_MS })
  }
}

async function removeLeftovers(client: Meilisearch, uid: string): Promise<void> {
  const { results } = await client.getRawIndexes({ limit: 1000 })
  for (const index of results) {
    if (index.uid.startsWith(`${uid}${REBUILD_SUFFIX}`)) {
      await client.deleteIndex(index.uid).waitTask({ timeout: TASK_TIMEOUT_MS })
    }
  }
}

const literal = (value: number | string) => JSON.stringify(value)

/**
 * Replace a record's documents: add the new ones, then delete any other document of the
 * same record (a renamed code or slug, a locale dropped). Only enqueued, not awaited:
 * Meilisearch applies tasks in order. Returns the task uids for callers that want to wait.
 */
export async function replaceRecord<T extends IndexedDocument>(
  client: Meilisearch,
  uid: string,
  recordId: number | string,
  documents: readonly T[],
): Promise<number[]> {
  const index = client.index<T>(uid)
  const tasks: number[] = []
  if (documents.length > 0) tasks.push((await index.addDocuments([...documents])).taskUid)
  const keep = documents.map((document) => literal(document.id)).join(', ')
  const filter = keep ? `recordId = ${literal(recordId)} AND id NOT IN [${keep}]` : `recordId = ${literal(recordId)}`
  tasks.push((await index.deleteDocuments({ filter })).taskUid)
  return tasks
}

/**
 * `replaceRecord` for many records at once: one task adds every document, one deletes the
 * records' other documents. Per record that was two tasks each, and an import of 10,000
 * records queued 20,000 (issue 10, item 3).
 */
export async function replaceRecords<T extends IndexedDocument>(
  client: Meilisearch,
  uid: string,
  recordIds: readonly (number | string)[],
  documents: readonly T[],
): Promise<number[]> {
  if (recordIds.length === 0) return []
  const index = client.index<T>(uid)
  const tasks: number[] = []
  if (documents.length > 0) tasks.push((await index.addDocuments([...documents])).taskUid)
  const records = `recordId IN [${recordIds.map(literal).join(', ')}]`
  const keep = documents.map((document) => literal(document.id)).join(', ')
  tasks.push((await index.deleteDocuments({ filter: keep ? `${records} AND id NOT IN [${keep}]` : records })).taskUid)
  return tasks
}

/** Remove every document of a record (unpublished or deleted). */
export async function removeRecord(client: Meilisearch, uid: string, recordId: number | string): Promise<number[]> {
  return replaceRecord(client, uid, recordId, [])
}
