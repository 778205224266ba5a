import type { CollectionConfig } from 'payload'

import { policyAccess } from '../access/policy-access.ts'
import { auditDelete, auditPublication, auditRestore } from '../hooks/audit-acts.ts'
import { holdForReview } from '../hooks/editorial-workflow.ts'
import { guardAgency } from '../hooks/guard-agency.ts'
import { markUntranslated, untranslatedField } from '../hooks/mark-untranslated.ts'

/** Life events (sự kiện): a need in a person's or a business's life and its procedures, in order. */
export const LifeEvents: CollectionConfig = {
  slug: 'life-events',
  labels: {
    singular: { vi: 'Sự kiện', en: 'Life event' },
    plural: { vi: 'Sự kiện', en: 'Life events' },
  },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'audience', 'untranslated', '_status'],
    group: { vi: 'Nội dung', en: 'Content' },
  },
  versions: { drafts: true, maxPerDoc: 0 },
  access: policyAccess('life-events'),
  hooks: {
    beforeOperation: [holdForReview('life-events')],
    beforeChange: [guardAgency, markUntranslated('life-events', ['name', 'description'])],
    afterChange: [auditPublication],
    afterDelete: [auditDelete],
    afterOperation: [auditRestore],
  },
  fields: [
    { name: 'slug', type: 'text', required: true, unique: true, index: true, label: { vi: 'Đường dẫn', en: 'Slug' } },
    { name: 'name', type: 'text', required: true, localized: true, label: { vi: 'Tên', en: 'Name' } },
    { name: 'description', type: 'textarea', localized: true, label: { vi: 'Mô tả', en: 'Description' } },
    {
      name: 'audience',
      type: 'select',
      required: true,
      index: true,
      label: { vi: 'Dành cho', en: 'Audience' },
      options: [
        { value: 'citizen', label: { vi: 'Công dân', en: 'Citizens' } },
        { value: 'business', label: { vi: 'Doanh nghiệp', en: 'Businesses' } },
      ],
    },
    {
      name: 'procedures',
      type: 'relationship',
      relationTo: 'procedures',
      hasMany: true,
      label: { vi: 'Các thủ tục (theo thứ tự)', en: 'Procedures (in order)' },
    },
    {
      // The coordinating agency: bounds who may edit it, like every content record.
      name: 'agency',
      type: 'relationship',
      relationTo: 'agencies',
      index: true,
      admin: { position: 'sidebar' },
      label: { vi: 'Cơ quan chủ trì', en: 'Lead agency' },
    },
    untranslatedField,
  ],
}
