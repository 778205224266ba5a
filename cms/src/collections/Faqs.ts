import type { CollectionConfig } from 'payload'

import { policyAccess } from '../access/policy-access.ts'
import { proceduresField } from '../fields/relations.ts'
import { syntheticField } from '../fields/synthetic.ts'
import { auditDelete, auditPublication, auditRestore } from '../hooks/audit-acts.ts'
import { holdForReview } from '../hooks/editorial-workflow.ts'
import { guardAgency } from '../hooks/guard-agency.ts'
import { markUntranslated, untranslatedField } from '../hooks/mark-untranslated.ts'

/**
 * Questions citizens ask, answered by the agency. A ministry holds 500+: every column
 * the admin list and the site filter on is indexed, and lists never load answers.
 */
export const Faqs: CollectionConfig = {
  slug: 'faqs',
  labels: {
    singular: { vi: 'Hỏi đáp', en: 'FAQ' },
    plural: { vi: 'Hỏi đáp', en: 'FAQs' },
  },
  admin: {
    useAsTitle: 'question',
    defaultColumns: ['question', 'agency', 'sector', 'untranslated', '_status'],
    listSearchableFields: ['question'],
    group: { vi: 'Nội dung', en: 'Content' },
    pagination: { defaultLimit: 25 },
  },
  versions: { drafts: true, maxPerDoc: 0 },
  defaultSort: '-updatedAt',
  access: policyAccess('faqs'),
  hooks: {
    beforeOperation: [holdForReview('faqs')],
    beforeChange: [guardAgency, markUntranslated('faqs', ['question', 'answer'])],
    afterChange: [auditPublication],
    afterDelete: [auditDelete],
    afterOperation: [auditRestore],
  },
  fields: [
    { name: 'slug', type: 'text', required: true, unique: true, index: true, label: { vi: 'Đường dẫn', en: 'Slug' } },
    { name: 'question', type: 'text', required: true, localized: true, label: { vi: 'Câu hỏi', en: 'Question' } },
    { name: 'answer', type: 'richText', localized: true, label: { vi: 'Trả lời', en: 'Answer' } },
    {
      type: 'row',
      fields: [
        {
          name: 'agency',
          type: 'relationship',
          relationTo: 'agencies',
          index: true,
          label: { vi: 'Cơ quan', en: 'Agency' },
        },
        {
          name: 'sector',
          type: 'relationship',
          relationTo: 'sectors',
          index: true,
          label: { vi: 'Lĩnh vực', en: 'Sector' },
        },
      ],
    },
    proceduresField({ vi: 'Thủ tục liên quan', en: 'Related procedures' }),
    syntheticField,
    untranslatedField,
  ],
}
