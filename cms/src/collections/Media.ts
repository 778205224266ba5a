import path from 'node:path'
import type { CollectionConfig } from 'payload'

import { anyone } from '../access/anyone.ts'
import { canAuthor } from '../access/own-agency.ts'
import { env } from '../env.ts'

/** Images for pages, resized by sharp into modern formats with known dimensions. */
export const Media: CollectionConfig = {
  slug: 'media',
  labels: {
    singular: { vi: 'Hình ảnh', en: 'Image' },
    plural: { vi: 'Hình ảnh', en: 'Images' },
  },
  admin: { group: { vi: 'Nội dung', en: 'Content' } },
  access: { read: anyone, create: canAuthor, update: canAuthor, delete: canAuthor },
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
  fields: [{ name: 'alt', type: 'text', required: true, localized: true, label: { vi: 'Mô tả ảnh', en: 'Alt text' } }],
}
