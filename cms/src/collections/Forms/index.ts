import path from 'node:path'
import type { CollectionConfig } from 'payload'

import { policyAccess } from '../../access/policy-access.ts'
import { env } from '../../env.ts'
import { agencyField, proceduresField } from '../../fields/relations.ts'
import { auditDelete } from '../../hooks/audit-acts.ts'
import { guardAgency } from '../../hooks/guard-agency.ts'
import { checkFileContent, FORM_MIME_TYPES } from './hooks/check-file-content.ts'

/** Template forms (mẫu đơn, tờ khai) citizens download: PDF, DOCX or XLSX. */
export const Forms: CollectionConfig = {
  slug: 'forms',
  labels: {
    singular: { vi: 'Biểu mẫu', en: 'Form' },
    plural: { vi: 'Biểu mẫu', en: 'Forms' },
  },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'code', 'agency', 'mimeType', 'filesize'],
    group: { vi: 'Nội dung', en: 'Content' },
  },
  access: policyAccess('forms'),
  hooks: { beforeOperation: [checkFileContent], beforeChange: [guardAgency], afterDelete: [auditDelete] },
  upload: {
    staticDir: path.join(env.UPLOADS_DIR, 'forms'),
    mimeTypes: [...FORM_MIME_TYPES],
    // Metadata first: a form is announced with the procedure before its file is scanned in.
    filesRequiredOnCreate: false,
  },
  fields: [
    { name: 'slug', type: 'text', required: true, unique: true, index: true, label: { vi: 'Đường dẫn', en: 'Slug' } },
    { name: 'title', type: 'text', required: true, localized: true, label: { vi: 'Tên biểu mẫu', en: 'Title' } },
    { name: 'code', type: 'text', index: true, label: { vi: 'Ký hiệu mẫu', en: 'Form code' } },
    { name: 'legalBasis', type: 'text', label: { vi: 'Văn bản ban hành mẫu', en: 'Issued by' } },
    agencyField,
    proceduresField({ vi: 'Dùng cho thủ tục', en: 'Used by procedures' }),
  ],
}
