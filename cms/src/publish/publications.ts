/**
 * Each record's publishing state, as editors see it in the admin: queued (saved, waiting
 * for the worker), publishing, live since hh:mm with its public page, removed (no longer
 * published), or failed with the reason. One row per record, written by the queue hooks
 * (in the write's transaction) and by the publish task.
 */
import type { CollectionConfig, Payload, PayloadRequest } from 'payload'

import type { PublishedCollection, RecordRef } from '../jobs/tasks/index.ts'
import { retryEndpoint } from './retry-endpoint.ts'

export const PUBLICATION_STATES = ['queued', 'publishing', 'live', 'removed', 'failed'] as const
export type PublicationState = (typeof PUBLICATION_STATES)[number]

const staff = ({ req }: { req: PayloadRequest }) => Boolean(req.user)

export const Publications: CollectionConfig = {
  slug: 'publications',
  labels: {
    singular: { vi: 'Trạng thái xuất bản', en: 'Publishing state' },
    plural: { vi: 'Trạng thái xuất bản', en: 'Publishing states' },
  },
  admin: {
    useAsTitle: 'key',
    defaultColumns: ['key', 'state', 'liveSince', 'reason', 'updatedAt'],
    group: { vi: 'Hệ thống', en: 'System' },
  },
  // Staff read; only the publishing code writes (overrideAccess), never a person.
  access: { read: staff, create: () => false, update: () => false, delete: () => false },
  endpoints: [retryEndpoint],
  fields: [
    { name: 'key', type: 'text', required: true, unique: true, index: true },
    { name: 'collection', type: 'text', required: true },
    { name: 'record', type: 'text', required: true },
    {
      name: 'state',
      type: 'select',
      required: true,
      index: true,
      options: PUBLICATION_STATES.map((value) => ({ value, label: value })),
    },
    { name: 'liveSince', type: 'date', admin: { date: { pickerAppearance: 'dayAndTime' } } },
    { name: 'url', type: 'text' },
    { name: 'reason', type: 'textarea' },
  ],
}

/** Collections with drafts: a record is live only while it has a published version. */
const DRAFTED: readonly PublishedCollection[] = ['procedures', 'faqs', 'life-events']

/**
 * The record's Vietnamese page, as site/src/lib/routes.ts builds it (the site depends on the
 * CMS, not the reverse). Records without a page of their own link to the list showing them.
 */
function publicPath(collection: PublishedCollection, doc: Record<string, unknown>): string {
  switch (collection) {
    case 'procedures':
      return `/thu-tuc/${doc.code}`
    case 'sectors':
      return `/linh-vuc/${doc.slug}`
    case 'agencies':
      return `/co-quan/${doc.slug}`
    case 'life-events':
      return `/su-kien/${doc.slug}`
    case 'faqs':
      return '/hoi-dap'
    case 'forms':
      return '/bieu-mau'
    case 'videos':
      return '/'
  }
}

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

type Mark = { state: 'queued' | 'publishing' | 'failed'; reason?: string } | { state: 'done' }

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
    await upsert(
      payload,
      ref,
      live
        ? ({
            state: 'live',
            liveSince: new Date().toISOString(),
            url: publicPath(ref.collection, doc),
            reason: null,
          } as const)
        : ({ state: 'removed', reason: null } as const),
    )
  }
}
