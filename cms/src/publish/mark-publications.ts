/**
 * Writing each record's publishing state (the `publications` collection of
 * ./publications.ts): by the queue hooks in the write's transaction, by the publish task
 * and by the retry endpoint.
 */
import type { Payload, PayloadRequest } from 'payload'

import type { PublishedCollection, RecordRef } from '../jobs/types.ts'

export const PUBLICATION_STATES = ['queued', 'publishing', 'live', 'removed', 'failed'] as const
export type PublicationState = (typeof PUBLICATION_STATES)[number]

/** Collections with drafts: a record is live only while it has a published version. */
const DRAFTED: readonly PublishedCollection[] = ['procedures', 'faqs', 'life-events']

const keyOf = (ref: RecordRef) => `${ref.collection}:${ref.id}`

async function upsert(payload: Payload, ref: RecordRef, data: Data, req?: PayloadRequest) {
  const key = keyOf(ref)
  const common = { collection: 'publications', overrideAccess: true, depth: 0, ...(req ? { req } : {}) } as const
  const { docs } = await payload.find({ ...common, where: { key: { equals: key } }, limit: 1, pagination: false })
  const existing = docs[0]
  if (existing) await payload.update({ ...common, id: existing.id, data })
  else await payload.create({ ...common, data: { key, collection: ref.collection, record: String(ref.id), ...data } })
}

type Data = { state: PublicationState; reason?: string | null; liveSince?: string; url?: string }

type Mark =
  | { state: 'queued' | 'publishing' | 'failed'; reason?: string }
  /** `pathOf`: the record's public page, from the site's page table (the renderer's). */
  | { state: 'done'; pathOf: (ref: { collection: PublishedCollection; id: number }) => string | null }

/**
 * Record the state of `records`; `done` looks at each record as it is now: live (with its
 * page) when it has a published version, removed when it has none or is gone.
 */
export async function markPublications(payload: Payload, records: RecordRef[], mark: Mark, req?: PayloadRequest) {
  const unique = [...new Map(records.map((ref) => [keyOf(ref), ref])).values()]
  for (const ref of unique) {
    if (mark.state !== 'done') {
      await upsert(payload, ref, { state: mark.state, reason: mark.state === 'failed' ? mark.reason : null }, req)
      continue
    }
    const doc = (await payload.findByID({
      collection: ref.collection,
      id: ref.id,
      depth: 0,
      draft: false,
      overrideAccess: true,
      disableErrors: true,
    })) as Record<string, unknown> | null
    const live = doc !== null && (!DRAFTED.includes(ref.collection) || doc._status === 'published')
    const url = live ? mark.pathOf({ collection: ref.collection, id: Number(ref.id) }) : null
    await upsert(
      payload,
      ref,
      live
        ? ({ state: 'live', liveSince: new Date().toISOString(), url: url ?? '', reason: null } as const)
        : ({ state: 'removed', reason: null } as const),
    )
  }
}
