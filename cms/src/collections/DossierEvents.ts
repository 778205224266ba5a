import type { CollectionConfig } from 'payload'

import { nobody, ownAgencyDossiers } from '../access/dossier-access.ts'
import { DOSSIER_STATES, STATE_LABELS } from '../dossiers/contract.ts'

const text = (vi: string, en: string) => ({ vi, en })
const states = DOSSIER_STATES.map((value) => ({ value, label: STATE_LABELS[value] }))

/**
 * Every step of every dossier, append-only in the database (dossiers/append-only.ts): who
 * (the citizen or an officer), when, from which state to which, the note. Written only by
 * the state machine's one writer (dossiers/transition.ts), in the step's own transaction.
 */
export const DossierEvents: CollectionConfig = {
  slug: 'dossier-events',
  labels: { singular: text('Bước xử lý', 'Dossier step'), plural: text('Quá trình xử lý', 'Dossier steps') },
  admin: {
    useAsTitle: 'to',
    defaultColumns: ['createdAt', 'dossier', 'from', 'to', 'by', 'officerName', 'note'],
    group: text('Hồ sơ', 'Dossiers'),
  },
  defaultSort: '-createdAt',
  lockDocuments: false,
  access: { read: ownAgencyDossiers('agency'), create: nobody, update: nobody, delete: nobody },
  fields: [
    {
      name: 'dossier',
      type: 'relationship',
      relationTo: 'dossiers',
      required: true,
      index: true,
      label: text('Hồ sơ', 'Dossier'),
    },
    {
      name: 'agency',
      type: 'relationship',
      relationTo: 'agencies',
      required: true,
      index: true,
      label: text('Cơ quan', 'Agency'),
    },
    { name: 'from', type: 'select', options: states, label: text('Từ', 'From') },
    { name: 'to', type: 'select', required: true, options: states, label: text('Sang', 'To') },
    {
      name: 'by',
      type: 'select',
      required: true,
      options: [
        { value: 'citizen', label: text('Công dân', 'Citizen') },
        { value: 'officer', label: text('Cán bộ', 'Officer') },
        { value: 'system', label: text('Hệ thống', 'System') },
      ],
      label: text('Người thực hiện', 'By'),
    },
    { name: 'officer', type: 'relationship', relationTo: 'users', label: text('Cán bộ', 'Officer') },
    // Kept as text: the step outlives the officer's account.
    { name: 'officerName', type: 'text', label: text('Tên cán bộ', 'Officer name') },
    { name: 'note', type: 'textarea', label: text('Ghi chú', 'Note') },
  ],
  timestamps: true,
}
