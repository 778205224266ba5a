import path from 'node:path'
import type { CollectionConfig } from 'payload'
import { adminField } from '../access/admin-field.ts'
import { policyAccess } from '../access/policy-access.ts'
import { env } from '../env.ts'
import { auditDelete } from '../hooks/audit-acts.ts'
import { guardAgency } from '../hooks/guard-agency.ts'

/**
 * Images for pages, resized by sharp into modern formats with known dimensions.
 * Each image belongs to the agency of the editor who uploaded it (issue 8: any editor
 * could replace or delete any agency's image); only that agency tree edits or deletes
 * it, administrators all. Everyone reads: images appear on public pages.
 */
export const Media: CollectionConfig = {
  slug: 'media',
  labels: {
    singular: { vi: 'Hình ảnh', en: 'Image' },
    plural: { vi: 'Hình ảnh', en: 'Images' },
  },
  admin: { group: { vi: 'Nội dung', en: 'Content' } },
  access: policyAccess('media'),
  hooks: { beforeChange: [guardAgency], afterDelete: [auditDelete] },
  upload: {
    staticDir: path.join(env.UPLOADS_DIR, 'media'),
    mimeTypes: ['image/png', 'image/jpeg', 'image/webp', 'image/avif'],
    formatOptions: { format: 'webp', options: { quality: 82 } },
    imageSizes: [
      { name: 'thumbnail', width: 320, formatOptions: { format: 'webp' } },
      { name: 'card', width: 768, formatOptions: { format: 'webp' } },
      { name: 'wide', width: 1536, formatOptions: { format: 'webp' } },
    ],
  },
  fields: [
    { name: 'alt', type: 'text', required: true, localized: true, label: { vi: 'Mô tả ảnh', en: 'Alt text' } },
    {
      // Stamped with the uploader's agency by guardAgency; after that only an administrator moves it.
      name: 'agency',
      type: 'relationship',
      relationTo: 'agencies',
      index: true,
      access: { update: adminField },
      admin: { position: 'sidebar' },
      label: { vi: 'Cơ quan', en: 'Agency' },
    },
  ],
}
