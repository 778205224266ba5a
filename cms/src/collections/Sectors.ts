import type { CollectionConfig } from 'payload'

import { anyone } from '../access/anyone.ts'
import { isAdmin } from '../access/is-admin.ts'
import { auditDelete } from '../hooks/audit-acts.ts'

/** Sectors (lĩnh vực) of the national procedure database, each owned by a ministry. */
export const Sectors: CollectionConfig = {
  slug: 'sectors',
  labels: {
    singular: { vi: 'Lĩnh vực', en: 'Sector' },
    plural: { vi: 'Lĩnh vực', en: 'Sectors' },
  },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'code', 'ministry'],
    group: { vi: 'Danh mục', en: 'Reference data' },
  },
  access: { read: anyone, create: isAdmin, update: isAdmin, delete: isAdmin },
  hooks: { afterDelete: [auditDelete] },
  fields: [
    { name: 'code', type: 'text', required: true, unique: true, index: true, label: { vi: 'Mã', en: 'Code' } },
    { name: 'slug', type: 'text', required: true, unique: true, index: true, label: { vi: 'Đường dẫn', en: 'Slug' } },
    { name: 'name', type: 'text', required: true, localized: true, label: { vi: 'Tên', en: 'Name' } },
    {
      name: 'ministry',
      type: 'relationship',
      relationTo: 'agencies',
      required: true,
      index: true,
      label: { vi: 'Bộ quản lý', en: 'Owning ministry' },
    },
  ],
}
