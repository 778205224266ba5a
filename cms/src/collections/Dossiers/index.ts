import type { CollectionConfig } from 'payload'

import { nobody, ownAgencyDossiers } from '../../access/dossier-access.ts'
import { DOSSIER_STATES, STATE_LABELS, TIMING_LABELS, TIMINGS } from '../../dossiers/contract.ts'
import { LOCALES } from '../../vocabulary.ts'
import { transitionEndpoint } from './endpoints/transition.ts'
import { logStaffRead } from './hooks/log-staff-read.ts'

const text = (vi: string, en: string) => ({ vi, en })
const readOnly = { readOnly: true }

/**
 * Dossiers (hồ sơ) submitted online (issue 15). Created only by the portal API
 * (POST /api/portal/dossiers, with the citizen's SSO token); moved between states only by
 * the declared state machine (dossiers/state-machine.ts) through the transition endpoint
 * the officers' buttons call: every field is read-only in the admin. Officers read their
 * agency tree's dossiers, administrators all; every single read by staff is logged for the
 * citizen to see (hooks/log-staff-read.ts). Nobody deletes a dossier.
 */
export const Dossiers: CollectionConfig = {
  slug: 'dossiers',
  labels: { singular: text('Hồ sơ', 'Dossier'), plural: text('Hồ sơ', 'Dossiers') },
  admin: {
    useAsTitle: 'code',
    defaultColumns: ['code', 'procedure', 'state', 'timing', 'dueDate', 'applicantName', 'submittedAt'],
    listSearchableFields: ['code', 'applicantName', 'applicantIdNumber'],
    group: text('Hồ sơ', 'Dossiers'),
    pagination: { defaultLimit: 50 },
    // The quick filters of the queue; the officers' steps and the history are UI fields below, since
    // the document controls bar (edit.beforeDocumentControls) is one sticky row beside Save: no room
    // for a reason to type or a result file to choose.
    components: { beforeList: ['/collections/Dossiers/admin/DossierQueueLinks.tsx#DossierQueueLinks'] },
  },
  defaultSort: 'dueDate',
  access: { read: ownAgencyDossiers('agency'), create: nobody, update: nobody, delete: nobody },
  hooks: { afterRead: [logStaffRead] },
  endpoints: [transitionEndpoint],
  fields: [
    {
      name: 'actions',
      type: 'ui',
      admin: {
        position: 'sidebar',
        disableListColumn: true,
        components: { Field: '/collections/Dossiers/admin/DossierActions.tsx#DossierActions' },
      },
    },
    {
      name: 'code',
      type: 'text',
      required: true,
      unique: true,
      index: true,
      admin: readOnly,
      label: text('Mã hồ sơ', 'Code'),
    },
    {
      type: 'row',
      fields: [
        {
          name: 'state',
          type: 'select',
          required: true,
          index: true,
          defaultValue: 'submitted',
          options: DOSSIER_STATES.map((value) => ({ value, label: STATE_LABELS[value] })),
          admin: readOnly,
          label: text('Trạng thái', 'State'),
        },
        {
          name: 'timing',
          type: 'select',
          index: true,
          options: TIMINGS.map((value) => ({ value, label: TIMING_LABELS[value] })),
          admin: {
            ...readOnly,
            description: text('Cập nhật mỗi giờ và ở mỗi bước.', 'Updated hourly and at each step.'),
          },
          label: text('Tiến độ', 'Timing'),
        },
        { name: 'dueDate', type: 'text', index: true, admin: readOnly, label: text('Hạn trả kết quả', 'Due date') },
      ],
    },
    {
      name: 'procedure',
      type: 'relationship',
      relationTo: 'procedures',
      required: true,
      index: true,
      admin: readOnly,
      label: text('Thủ tục', 'Procedure'),
    },
    {
      name: 'agency',
      type: 'relationship',
      relationTo: 'agencies',
      required: true,
      index: true,
      admin: readOnly,
      label: text('Cơ quan giải quyết', 'Agency'),
    },
    {
      name: 'citizen',
      type: 'relationship',
      relationTo: 'citizens',
      required: true,
      index: true,
      admin: { ...readOnly, hidden: true },
    },
    {
      type: 'collapsible',
      label: text('Người nộp', 'Applicant'),
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'applicantName', type: 'text', index: true, admin: readOnly, label: text('Họ và tên', 'Name') },
            {
              name: 'applicantIdNumber',
              type: 'text',
              index: true,
              admin: readOnly,
              label: text('Số định danh', 'ID number'),
            },
          ],
        },
        {
          type: 'row',
          fields: [
            { name: 'applicantEmail', type: 'text', admin: readOnly, label: text('Thư điện tử', 'E-mail') },
            { name: 'applicantPhone', type: 'text', admin: readOnly, label: text('Điện thoại', 'Phone') },
            {
              name: 'locale',
              type: 'select',
              required: true,
              defaultValue: 'vi',
              options: [...LOCALES],
              admin: readOnly,
              label: text('Ngôn ngữ thông báo', 'Notification language'),
            },
          ],
        },
      ],
    },
    { name: 'fields', type: 'json', admin: readOnly, label: text('Thông tin khai', 'Declared information') },
    {
      name: 'documents',
      type: 'array',
      admin: readOnly,
      label: text('Giấy tờ', 'Documents'),
      fields: [
        { name: 'key', type: 'text', required: true, admin: readOnly },
        { name: 'label', type: 'text', admin: readOnly, label: text('Giấy tờ', 'Document') },
        {
          name: 'file',
          type: 'upload',
          relationTo: 'dossier-files',
          required: true,
          admin: readOnly,
          label: text('Tệp', 'File'),
        },
        { name: 'reused', type: 'checkbox', admin: readOnly, label: text('Dùng lại', 'Reused') },
        { name: 'supplement', type: 'checkbox', admin: readOnly, label: text('Bổ sung', 'Supplement') },
      ],
    },
    {
      type: 'collapsible',
      label: text('Tiến trình', 'Progress'),
      fields: [
        {
          type: 'row',
          fields: [
            {
              name: 'submittedAt',
              type: 'date',
              required: true,
              index: true,
              admin: { ...readOnly, date: { pickerAppearance: 'dayAndTime' } },
              label: text('Nộp lúc', 'Submitted'),
            },
            {
              name: 'receivedAt',
              type: 'date',
              admin: { ...readOnly, date: { pickerAppearance: 'dayAndTime' } },
              label: text('Tiếp nhận lúc', 'Received'),
            },
            {
              name: 'resolvedAt',
              type: 'date',
              admin: { ...readOnly, date: { pickerAppearance: 'dayAndTime' } },
              label: text('Giải quyết lúc', 'Resolved'),
            },
          ],
        },
        {
          name: 'processingDays',
          type: 'number',
          admin: readOnly,
          label: text('Thời hạn (ngày làm việc)', 'Time (working days)'),
        },
        { name: 'pausedOn', type: 'text', admin: readOnly, label: text('Dừng tính thời hạn từ', 'Clock stopped on') },
        {
          name: 'supplementNote',
          type: 'textarea',
          admin: readOnly,
          label: text('Yêu cầu bổ sung', 'Supplement requested'),
        },
        { name: 'resultNote', type: 'textarea', admin: readOnly, label: text('Kết quả', 'Result') },
        {
          name: 'resultFiles',
          type: 'upload',
          relationTo: 'dossier-files',
          hasMany: true,
          admin: readOnly,
          label: text('Tệp kết quả', 'Result files'),
        },
      ],
    },
    {
      name: 'history',
      type: 'ui',
      admin: {
        disableListColumn: true,
        components: { Field: '/collections/Dossiers/admin/DossierHistory.tsx#DossierHistory' },
      },
    },
    { name: 'receipt', type: 'textarea', admin: { ...readOnly, hidden: true } },
    // The citizen's own key for this submission (citizen id and Idempotency-Key): a retry finds it.
    { name: 'idempotencyKey', type: 'text', unique: true, index: true, admin: { ...readOnly, hidden: true } },
    // What was asked under that key: the same key with another request is refused, not replayed.
    { name: 'requestHash', type: 'text', admin: { ...readOnly, hidden: true } },
  ],
  timestamps: true,
}
