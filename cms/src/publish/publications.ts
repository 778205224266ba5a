/**
 * Each record's publishing state, as editors see it in the admin: queued (saved, waiting
 * for the worker), publishing, live since hh:mm with its public page, removed (no longer
 * published), or failed with the reason. One row per record, written by the queue hooks
 * (in the write's transaction) and by the publish task.
 */
import type { CollectionConfig, PayloadRequest } from 'payload'

import { staff } from '../access/roles.ts'
import { PUBLICATION_STATES } from './mark-publications.ts'
import { previewEndpoint } from './preview-endpoint.ts'
import { retryEndpoint } from './retry-endpoint.ts'

/** Staff accounts only (the one test of who is staff: access/roles.ts). */
const staffOnly = ({ req }: { req: PayloadRequest }) => staff(req) !== null

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
  access: { read: staffOnly, create: () => false, update: () => false, delete: () => false },
  endpoints: [retryEndpoint, previewEndpoint],
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
