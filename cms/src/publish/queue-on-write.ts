/**
 * The hooks that put a write's side effects on the durable queue, inside the write's own
 * transaction (cms/src/jobs/queue.ts): nothing is indexed or published unless it commits.
 * Seeding skips them and indexes and builds once at the end (STYLE 15).
 */
import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, Payload, PayloadRequest } from 'payload'

import { enqueueMany, type JobSpec } from '../jobs/queue.ts'
import type { PublishedCollection, RecordRef } from '../jobs/types.ts'
import { publishConfig } from './config.ts'
import { markPublications } from './mark-publications.ts'

/** Collections whose records appear in search documents (their own, or by name in others'). */
const SEARCHED: readonly PublishedCollection[] = ['procedures', 'faqs', 'sectors', 'agencies', 'life-events']

/**
 * Saves within this window publish together (graphile-worker appends them to one job);
 * a batch import of a hundred records becomes a few site renders, not a hundred.
 */
export const PUBLISH_GATHER_MS = 300

const idsOf = (value: unknown): (number | string)[] =>
  Array.isArray(value)
    ? value.flatMap((item) =>
        typeof item === 'object' && item !== null ? [(item as { id: number | string }).id] : [item],
      )
    : []

/** The jobs one written record needs: its search documents, then its pages. */
export function sideEffectsOf(ref: RecordRef, previousProcedures: (number | string)[] = []): JobSpec[] {
  const jobs: JobSpec[] = []
  if (SEARCHED.includes(ref.collection)) {
    jobs.push({
      task: 'search-sync',
      input: ref.collection === 'life-events' ? { ...ref, related: previousProcedures } : ref,
      options: { jobKey: `search:${ref.collection}:${ref.id}` },
    })
  }
  jobs.push({ task: 'publish', input: [ref], options: publishOptions })
  return jobs
}

/** One queue, one job key: at most one render runs and one gathers behind it, in order. */
export const publishOptions = { jobKey: 'publish', queue: 'publish', delayMs: PUBLISH_GATHER_MS } as const

/**
 * For bulk writers (the importer, seeding): queue the side effects of many records at
 * once, in `req`'s transaction when given. Search documents and pages follow within seconds.
 */
export async function queueSideEffects(payload: Payload, req: PayloadRequest | undefined, refs: RecordRef[]) {
  await enqueueMany(payload, req, [...refs.flatMap((ref) => sideEffectsOf(ref))])
}

/** The admin shows "queued" from the moment the write commits (same transaction). */
async function markQueued(req: PayloadRequest, ref: RecordRef) {
  if (publishConfig()) await markPublications(req.payload, [ref], { state: 'queued' }, req)
}

export function queueOnChange(collection: PublishedCollection): CollectionAfterChangeHook {
  return async function queueOnChangeHook({ doc, previousDoc, req, context }) {
    if (context.seeding) return doc
    const previous = collection === 'life-events' ? idsOf(previousDoc?.procedures) : []
    await enqueueMany(req.payload, req, sideEffectsOf({ collection, id: doc.id }, previous))
    await markQueued(req, { collection, id: doc.id })
    return doc
  }
}

export function queueOnDelete(collection: PublishedCollection): CollectionAfterDeleteHook {
  return async function queueOnDeleteHook({ id, doc, req, context }) {
    if (context.seeding) return
    const previous = collection === 'life-events' ? idsOf(doc?.procedures) : []
    await enqueueMany(req.payload, req, sideEffectsOf({ collection, id }, previous))
    await markQueued(req, { collection, id })
  }
}
