import type { CollectionConfig } from 'payload'

import { policyAccess } from '../../access/policy-access.ts'
import { auditDelete, auditPublication, auditRestore } from '../../hooks/audit-acts.ts'
import { holdForReview } from '../../hooks/editorial-workflow.ts'
import { guardAgency } from '../../hooks/guard-agency.ts'
import { markUntranslated, untranslatedField } from '../../hooks/mark-untranslated.ts'
import { proceduresFromSteps } from './hooks/procedures-from-steps.ts'

/**
 * Life events (sự kiện): a need in a person's or a business's life as step-by-step
 * navigation (GOV.UK "step by step"): each step holds one or more procedures, says whether
 * it comes after the previous step ("and") or replaces it ("or"), whether it is the
 * recommended route (a linked service that covers several procedures) and any deadline.
 */
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
    beforeChange: [guardAgency, proceduresFromSteps, markUntranslated('life-events', ['name', 'description'])],
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
      name: 'steps',
      type: 'array',
      label: { vi: 'Các bước', en: 'Steps' },
      labels: { singular: { vi: 'Bước', en: 'Step' }, plural: { vi: 'Các bước', en: 'Steps' } },
      fields: [
        { name: 'title', type: 'text', required: true, localized: true, label: { vi: 'Tên bước', en: 'Step' } },
        {
          type: 'row',
          fields: [
            {
              // How this step follows the one before: done as well ("and") or instead ("or").
              name: 'connector',
              type: 'select',
              required: true,
              defaultValue: 'and',
              label: { vi: 'Với bước trước', en: 'After the previous step' },
              options: [
                { value: 'and', label: { vi: 'và (làm tiếp)', en: 'and (as well)' } },
                { value: 'or', label: { vi: 'hoặc (thay thế)', en: 'or (instead)' } },
              ],
            },
            {
              // Within the step: every procedure, or the one that fits (permanent or temporary residence).
              name: 'choice',
              type: 'select',
              required: true,
              defaultValue: 'all',
              label: { vi: 'Các thủ tục trong bước', en: 'Procedures in the step' },
              options: [
                { value: 'all', label: { vi: 'làm tất cả', en: 'all of them' } },
                { value: 'one', label: { vi: 'chọn một', en: 'the one that fits' } },
              ],
            },
            {
              name: 'recommended',
              type: 'checkbox',
              defaultValue: false,
              label: { vi: 'Cách được khuyên dùng', en: 'Recommended route' },
            },
          ],
        },
        {
          name: 'procedures',
          type: 'relationship',
          relationTo: 'procedures',
          hasMany: true,
          required: true,
          label: { vi: 'Thủ tục', en: 'Procedures' },
        },
        { name: 'deadline', type: 'text', localized: true, label: { vi: 'Thời hạn', en: 'Deadline' } },
        { name: 'note', type: 'textarea', localized: true, label: { vi: 'Ghi chú', en: 'Note' } },
      ],
    },
    {
      // Kept by proceduresFromSteps: the join a procedure reads and the search facet.
      name: 'procedures',
      type: 'relationship',
      relationTo: 'procedures',
      hasMany: true,
      admin: { readOnly: true, position: 'sidebar' },
      label: { vi: 'Các thủ tục (theo các bước)', en: 'Procedures (from the steps)' },
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
