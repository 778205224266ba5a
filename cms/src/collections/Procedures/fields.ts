import type { Field } from 'payload'

import {
  existingForm,
  nonNegativeFee,
  optionalProcedureCode,
  positiveTime,
  procedureCode,
} from '../../fields/validators.ts'
import {
  CHANNEL_LABELS,
  LEVEL_LABELS,
  optionsOf,
  REVIEW_FLAG_LABELS,
  SERVICE_LEVEL_LABELS,
  SUBJECT_LABELS,
  TIME_UNIT_LABELS,
} from '../../vocabulary.ts'

const text = (vi: string, en: string) => ({ vi, en })

/** Methods of submission, each with its own processing time and fee (CSDL TTHC field 5). */
const methods: Field = {
  name: 'methods',
  type: 'array',
  label: text('Cách thức thực hiện', 'Methods of submission'),
  labels: { singular: text('Cách thức', 'Method'), plural: text('Cách thức', 'Methods') },
  fields: [
    {
      name: 'channel',
      type: 'select',
      required: true,
      label: text('Hình thức nộp', 'Channel'),
      options: optionsOf(CHANNEL_LABELS),
    },
    {
      type: 'row',
      fields: [
        {
          name: 'timeAmount',
          type: 'number',
          validate: positiveTime,
          label: text('Thời hạn giải quyết', 'Processing time'),
        },
        {
          name: 'timeUnit',
          type: 'select',
          defaultValue: 'working-days',
          label: text('Đơn vị', 'Unit'),
          options: optionsOf(TIME_UNIT_LABELS),
        },
      ],
    },
    { name: 'timeNote', type: 'textarea', localized: true, label: text('Ghi chú thời hạn', 'Time note') },
    {
      type: 'row',
      fields: [
        {
          name: 'feeAmount',
          type: 'number',
          min: 0,
          validate: nonNegativeFee,
          label: text('Phí, lệ phí (đồng)', 'Fee (VND)'),
        },
        { name: 'feeDescription', type: 'textarea', localized: true, label: text('Mô tả phí', 'Fee description') },
      ],
    },
    { name: 'description', type: 'textarea', localized: true, label: text('Mô tả', 'Description') },
  ],
}

/** Dossier components (thành phần hồ sơ), each possibly with a template form. */
const documents: Field = {
  name: 'documents',
  type: 'array',
  label: text('Thành phần hồ sơ', 'Documents to provide'),
  labels: { singular: text('Giấy tờ', 'Document'), plural: text('Giấy tờ', 'Documents') },
  fields: [
    { name: 'name', type: 'textarea', required: true, localized: true, label: text('Tên giấy tờ', 'Document') },
    {
      name: 'form',
      type: 'relationship',
      relationTo: 'forms',
      validate: existingForm,
      label: text('Mẫu đơn, tờ khai', 'Template form'),
    },
    {
      name: 'formFile',
      type: 'text',
      label: text('Tên tệp mẫu (theo CSDL quốc gia)', 'Template file name (national database)'),
    },
    {
      type: 'row',
      fields: [
        { name: 'originals', type: 'number', min: 0, label: text('Bản chính', 'Originals') },
        { name: 'copies', type: 'number', min: 0, label: text('Bản sao', 'Copies') },
        { name: 'required', type: 'checkbox', defaultValue: true, label: text('Bắt buộc', 'Required') },
      ],
    },
    { name: 'condition', type: 'textarea', localized: true, label: text('Điều kiện (nếu có)', 'Condition (if any)') },
  ],
}

const legalBasis: Field = {
  name: 'legalBasis',
  type: 'array',
  label: text('Căn cứ pháp lý', 'Legal basis'),
  labels: { singular: text('Văn bản', 'Document'), plural: text('Văn bản', 'Documents') },
  fields: [
    {
      type: 'row',
      fields: [
        { name: 'number', type: 'text', required: true, label: text('Số hiệu', 'Number') },
        { name: 'date', type: 'date', label: text('Ngày ban hành', 'Date issued') },
      ],
    },
    { name: 'title', type: 'textarea', localized: true, label: text('Trích yếu', 'Title') },
  ],
}

export const procedureFields: Field[] = [
  {
    type: 'row',
    fields: [
      {
        name: 'code',
        type: 'text',
        required: true,
        unique: true,
        index: true,
        validate: procedureCode,
        label: text('Mã thủ tục', 'Procedure code'),
        admin: { description: text('Mã trên CSDL quốc gia, ví dụ 1.001193', 'National database code, e.g. 1.001193') },
      },
      { name: 'decisionNumber', type: 'text', label: text('Số quyết định công bố', 'Announcing decision') },
    ],
  },
  { name: 'name', type: 'text', required: true, localized: true, label: text('Tên thủ tục', 'Name') },
  {
    type: 'row',
    fields: [
      {
        name: 'levels',
        type: 'select',
        hasMany: true,
        required: true,
        index: true,
        label: text('Cấp thực hiện', 'Implementing levels'),
        // One or more (CSDL TTHC is multi-valued); "district" stays for records older than 1 July 2025.
        options: optionsOf(LEVEL_LABELS),
      },
      {
        name: 'serviceLevel',
        type: 'select',
        required: true,
        index: true,
        defaultValue: 'none',
        label: text('Dịch vụ công trực tuyến', 'Online service'),
        options: optionsOf(SERVICE_LEVEL_LABELS),
      },
    ],
  },
  { name: 'type', type: 'text', localized: true, label: text('Loại thủ tục', 'Procedure type') },
  {
    type: 'row',
    fields: [
      {
        name: 'sector',
        type: 'relationship',
        relationTo: 'sectors',
        required: true,
        index: true,
        label: text('Lĩnh vực', 'Sector'),
      },
      {
        name: 'agency',
        type: 'relationship',
        relationTo: 'agencies',
        required: true,
        index: true,
        label: text('Cơ quan thực hiện', 'Implementing agency'),
      },
    ],
  },
  {
    name: 'agencyNote',
    type: 'textarea',
    localized: true,
    label: text('Cơ quan thực hiện (chi tiết)', 'Implementing agency (details)'),
  },
  {
    // A time limit the law sets on the applicant (Law on Civil Status art. 15: a birth within
    // 60 days); the site shows it as warning text at the top of the procedure.
    name: 'deadline',
    type: 'textarea',
    localized: true,
    label: text('Thời hạn người dân phải thực hiện', 'Deadline for the applicant'),
  },
  {
    type: 'row',
    fields: [
      {
        name: 'competentAgencies',
        type: 'relationship',
        relationTo: 'agencies',
        hasMany: true,
        label: text('Cơ quan có thẩm quyền', 'Competent agencies'),
      },
      {
        name: 'coordinatingAgencies',
        type: 'relationship',
        relationTo: 'agencies',
        hasMany: true,
        label: text('Cơ quan phối hợp', 'Coordinating agencies'),
      },
    ],
  },
  {
    name: 'delegatedAgencies',
    type: 'relationship',
    relationTo: 'agencies',
    hasMany: true,
    label: text('Cơ quan được ủy quyền', 'Delegated agencies'),
  },
  {
    // The national record names agencies as text; only some map onto our agency tree (the relations above).
    name: 'agencyNames',
    type: 'group',
    label: text('Tên cơ quan theo CSDL quốc gia', 'Agencies as the national database names them'),
    fields: [
      { name: 'implementing', type: 'textarea', localized: true, label: text('Cơ quan thực hiện', 'Implementing') },
      { name: 'competent', type: 'textarea', localized: true, label: text('Cơ quan có thẩm quyền', 'Competent') },
      { name: 'delegated', type: 'textarea', localized: true, label: text('Cơ quan được ủy quyền', 'Delegated') },
      { name: 'coordinating', type: 'textarea', localized: true, label: text('Cơ quan phối hợp', 'Coordinating') },
    ],
  },
  {
    name: 'receivingAddress',
    type: 'textarea',
    localized: true,
    label: text('Địa chỉ tiếp nhận hồ sơ', 'Where dossiers are received'),
  },
  {
    name: 'subjects',
    type: 'select',
    hasMany: true,
    label: text('Đối tượng thực hiện', 'Who it is for'),
    options: optionsOf(SUBJECT_LABELS),
  },
  {
    name: 'steps',
    type: 'array',
    label: text('Trình tự thực hiện', 'Steps'),
    labels: { singular: text('Bước', 'Step'), plural: text('Các bước', 'Steps') },
    fields: [{ name: 'text', type: 'textarea', required: true, localized: true, label: text('Nội dung', 'Step') }],
  },
  methods,
  documents,
  { name: 'result', type: 'textarea', localized: true, label: text('Kết quả thực hiện', 'Result') },
  {
    name: 'requirements',
    type: 'textarea',
    localized: true,
    label: text('Yêu cầu, điều kiện', 'Requirements and conditions'),
  },
  legalBasis,
  { name: 'keywords', type: 'text', hasMany: true, localized: true, label: text('Từ khóa', 'Keywords') },
  {
    name: 'relatedProcedures',
    type: 'array',
    label: text('Thủ tục hành chính liên quan', 'Related procedures'),
    labels: { singular: text('Thủ tục', 'Procedure'), plural: text('Thủ tục', 'Procedures') },
    fields: [
      { name: 'code', type: 'text', validate: optionalProcedureCode, label: text('Mã thủ tục', 'Code') },
      { name: 'name', type: 'textarea', required: true, localized: true, label: text('Tên thủ tục', 'Name') },
    ],
  },
  {
    name: 'reviewFlags',
    type: 'select',
    hasMany: true,
    index: true,
    label: text('Cần biên tập viên xem lại', 'Needs an editor'),
    options: optionsOf(REVIEW_FLAG_LABELS),
    admin: {
      position: 'sidebar',
      description: text(
        'Bản ghi nhập từ CSDL quốc gia chưa chuẩn hóa được trọn vẹn: chỉ giữ phần chắc chắn.',
        'Imported from the national catalogue but not fully normalized: only what is sure was kept.',
      ),
    },
  },
  {
    name: 'reviewNote',
    type: 'textarea',
    label: text('Ghi chú xem lại', 'Review note'),
    admin: { position: 'sidebar' },
  },
  {
    // sha256 of the imported record: a re-import of an unchanged record writes nothing (scripts/import).
    name: 'importHash',
    type: 'text',
    index: true,
    admin: { hidden: true },
  },
  {
    name: 'source',
    type: 'group',
    label: text('Nguồn dữ liệu', 'Source'),
    admin: { position: 'sidebar' },
    fields: [
      { name: 'name', type: 'text', label: text('Nguồn', 'Source') },
      { name: 'url', type: 'text', label: text('Đường dẫn', 'URL') },
      { name: 'retrieved', type: 'date', label: text('Ngày lấy', 'Retrieved') },
      { name: 'note', type: 'textarea', label: text('Ghi chú', 'Note') },
    ],
  },
  {
    name: 'lifeEvents',
    type: 'join',
    collection: 'life-events',
    on: 'procedures',
    label: text('Thuộc sự kiện', 'Life events'),
  },
  { name: 'faqs', type: 'join', collection: 'faqs', on: 'procedures', label: text('Hỏi đáp', 'FAQs') },
  {
    name: 'videos',
    type: 'join',
    collection: 'videos',
    on: 'procedures',
    label: text('Video hướng dẫn', 'Guidance videos'),
  },
]
