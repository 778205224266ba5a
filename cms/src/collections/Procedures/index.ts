import type { CollectionConfig } from 'payload'

import { policyAccess } from '../../access/policy-access.ts'
import { syntheticField } from '../../fields/synthetic.ts'
import { auditDelete, auditPublication, auditRestore } from '../../hooks/audit-acts.ts'
import { holdForReview } from '../../hooks/editorial-workflow.ts'
import { guardAgency } from '../../hooks/guard-agency.ts'
import { markUntranslated, untranslatedField } from '../../hooks/mark-untranslated.ts'
import { procedureFields } from './fields.ts'
import { lockCode } from './hooks/lock-code.ts'

/** The fields whose text a locale needs before it counts as translated. */
export const PROCEDURE_TRANSLATED_PATHS = ['name', 'result', 'steps.text', 'documents.name']

/** The national administrative procedure database (CSDL quốc gia về TTHC), one record each. */
export const Procedures: CollectionConfig = {
  slug: 'procedures',
  labels: {
    singular: { vi: 'Thủ tục hành chính', en: 'Procedure' },
    plural: { vi: 'Thủ tục hành chính', en: 'Procedures' },
  },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['code', 'name', 'sector', 'agency', 'serviceLevel', 'untranslated', 'reviewFlags', '_status'],
    listSearchableFields: ['code', 'name'],
    group: { vi: 'Nội dung', en: 'Content' },
    pagination: { defaultLimit: 25 },
  },
  // Every published version is kept (maxPerDoc 0) and can be restored from the admin.
  versions: { drafts: true, maxPerDoc: 0 },
  defaultSort: 'code',
  access: policyAccess('procedures'),
  hooks: {
    beforeOperation: [holdForReview('procedures')],
    beforeChange: [guardAgency, lockCode, markUntranslated('procedures', PROCEDURE_TRANSLATED_PATHS)],
    afterChange: [auditPublication],
    afterDelete: [auditDelete],
    afterOperation: [auditRestore],
  },
  fields: [...procedureFields, untranslatedField, syntheticField],
}
