import type { CollectionConfig } from 'payload'

import { anyone } from '../../access/anyone.ts'
import { isAdmin } from '../../access/is-admin.ts'
import { contactFields } from '../../fields/contact.ts'
import { auditDelete } from '../../hooks/audit-acts.ts'
import { AGENCY_KIND_LABELS, optionsOf } from '../../vocabulary.ts'
import { setAncestors } from './hooks/set-ancestors.ts'

/**
 * Ministries, ministry-level agencies and provinces, with their departments and units
 * below them (Resolution 176/2025/QH15; 34 provinces since 1 July 2025).
 */
export const Agencies: CollectionConfig = {
  slug: 'agencies',
  labels: {
    singular: { vi: 'Cơ quan', en: 'Agency' },
    plural: { vi: 'Cơ quan', en: 'Agencies' },
  },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'code', 'kind', 'parent'],
    listSearchableFields: ['name', 'code'],
    group: { vi: 'Danh mục', en: 'Reference data' },
  },
  access: { read: anyone, create: isAdmin, update: isAdmin, delete: isAdmin },
  hooks: { beforeChange: [setAncestors], afterDelete: [auditDelete] },
  fields: [
    { name: 'code', type: 'text', required: true, unique: true, index: true, label: { vi: 'Mã', en: 'Code' } },
    { name: 'slug', type: 'text', required: true, unique: true, index: true, label: { vi: 'Đường dẫn', en: 'Slug' } },
    { name: 'name', type: 'text', required: true, localized: true, label: { vi: 'Tên', en: 'Name' } },
    {
      name: 'kind',
      type: 'select',
      required: true,
      index: true,
      label: { vi: 'Loại', en: 'Kind' },
      options: optionsOf(AGENCY_KIND_LABELS),
    },
    {
      name: 'parent',
      type: 'relationship',
      relationTo: 'agencies',
      index: true,
      label: { vi: 'Cơ quan cấp trên', en: 'Parent agency' },
    },
    {
      // Every agency above this one, kept by the setAncestors hook: "own agency and
      // below" becomes one indexed query (access/agency-tree.ts).
      name: 'ancestors',
      type: 'relationship',
      relationTo: 'agencies',
      hasMany: true,
      admin: { readOnly: true, position: 'sidebar' },
      label: { vi: 'Các cấp trên', en: 'Ancestors' },
    },
    ...contactFields,
    { name: 'source', type: 'text', label: { vi: 'Nguồn', en: 'Source' } },
  ],
}
