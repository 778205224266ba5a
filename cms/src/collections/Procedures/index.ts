import type { CollectionConfig } from 'payload'

import { canAuthor, ownAgency } from '../../access/own-agency.ts'
import { publishedOrStaff } from '../../access/published-or-staff.ts'
import { syntheticField } from '../../fields/synthetic.ts'
import { guardAgency } from '../../hooks/guard-agency.ts'
import { markUntranslated, untranslatedField } from '../../hooks/mark-untranslated.ts'
import { procedureFields } from './fields.ts'
import { lockCode } from './hooks/lock-code.ts'

/** The national administrative procedure database (CSDL quốc gia về TTHC), one record each. */
export const Procedures: CollectionConfig = {
  slug: 'procedures',
  labels: {
    singular: { vi: 'Thủ tục hành chính', en: 'Procedure' },
    plural: { vi: 'Thủ tục hành chính', en: 'Procedures' },
  },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['code', 'name', 'sector', 'agency', 'serviceLevel', 'untranslated', '_status'],
    listSearchableFields: ['code', 'name'],
    group: { vi: 'Nội dung', en: 'Content' },
    pagination: { defaultLimit: 25 },
  },
  // Every published version is kept (maxPerDoc 0) and can be restored from the admin.
  versions: { drafts: true, maxPerDoc: 0 },
  defaultSort: 'code',
  access: { read: publishedOrStaff, create: canAuthor, update: ownAgency, delete: ownAgency },
  hooks: {
    beforeChange: [
      guardAgency,
      lockCode,
      markUntranslated('procedures', ['name', 'result', 'steps.text', 'documents.name']),
    ],
  },
  fields: [...procedureFields, untranslatedField, syntheticField],
}
