import type { CollectionConfig } from 'payload'
import { nobody } from '../access/dossier-access.ts'
import { isAdmin } from '../access/is-admin.ts'

const text = (vi: string, en: string) => ({ vi, en })

export const READ_PURPOSES = ['view', 'file', 'process'] as const

/**
 * Who among staff looked at which dossier, when, for what (issue 15): every single read of a
 * dossier by staff in the admin or the API, and every file they opened. The citizen sees the
 * entries of their own dossiers on the portal ("who looked at my dossier"). Append-only in
 * the database; administrators read it here, officers never (it watches them).
 */
export const DossierReads: CollectionConfig = {
  slug: 'dossier-reads',
  labels: { singular: text('Lượt xem hồ sơ', 'Dossier read'), plural: text('Nhật ký xem hồ sơ', 'Dossier reads') },
  admin: {
    useAsTitle: 'purpose',
    defaultColumns: ['createdAt', 'dossier', 'userName', 'agencyName', 'purpose'],
    group: text('Hệ thống', 'System'),
  },
  defaultSort: '-createdAt',
  lockDocuments: false,
  access: { read: isAdmin, create: nobody, update: nobody, delete: nobody },
  fields: [
    {
      name: 'dossier',
      type: 'relationship',
      relationTo: 'dossiers',
      required: true,
      index: true,
      label: text('Hồ sơ', 'Dossier'),
    },
    { name: 'user', type: 'relationship', relationTo: 'users', label: text('Người xem', 'Staff member') },
    { name: 'userName', type: 'text', label: text('Tên', 'Name') },
    { name: 'agencyName', type: 'text', label: text('Cơ quan', 'Agency') },
    {
      name: 'purpose',
      type: 'select',
      required: true,
      options: [
        { value: 'view', label: text('Xem hồ sơ', 'Viewed the dossier') },
        { value: 'file', label: text('Mở tệp', 'Opened a file') },
        { value: 'process', label: text('Xử lý', 'Processed it') },
      ],
      label: text('Mục đích', 'Purpose'),
    },
  ],
  timestamps: true,
}
