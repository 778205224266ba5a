import type { Access, CollectionConfig, Field } from 'payload'

import { anyone } from '../access/anyone.ts'
import { inOwnTree } from '../access/policy-access.ts'
import { hasRole } from '../access/roles.ts'
import { FIELD_TYPES } from '../dossiers/contract.ts'
import { ASSURANCE_LEVELS } from '../sso/assurance.ts'

const text = (vi: string, en: string) => ({ vi, en })

/** Editors and reviewers of the procedure's agency tree; administrators everywhere. */
const editorsOfOwnTree: Access = async ({ req }) => {
  if (hasRole(req, 'admin')) return true
  return hasRole(req, 'editor', 'reviewer') ? inOwnTree(req, 'agency') : false
}

const condition: Field = {
  name: 'when',
  type: 'group',
  label: text('Chỉ khi', 'Only when'),
  admin: { description: text('Để trống nếu luôn áp dụng.', 'Leave empty when it always applies.') },
  fields: [
    {
      type: 'row',
      fields: [
        { name: 'field', type: 'text', label: text('Trường', 'Field key') },
        { name: 'equals', type: 'text', label: text('có giá trị', 'equals') },
      ],
    },
  ],
}

const KEY = /^[a-z][a-zA-Z0-9]{0,39}$/
const validKey = (value: unknown) =>
  typeof value === 'string' && KEY.test(value) ? true : 'a-z, A-Z, 0-9; starts with a letter; ≤ 40'

/**
 * The online form of a procedure (issue 15), edited beside it: typed fields, the documents
 * taken from the procedure's dossier components (required or conditional, each with the
 * type offered again from earlier dossiers: once-only), and the minimum assurance level a
 * citizen's login must have to submit. The site's submit island reads it through
 * GET /api/portal/dossier-forms/{procedure}; the submit endpoint validates against it.
 */
export const DossierForms: CollectionConfig = {
  slug: 'dossier-forms',
  labels: {
    singular: text('Biểu mẫu điện tử', 'Online form'),
    plural: text('Biểu mẫu điện tử', 'Online forms'),
  },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'procedure', 'agency', 'minimumAcr'],
    group: text('Hồ sơ', 'Dossiers'),
  },
  access: { read: anyone, create: editorsOfOwnTree, update: editorsOfOwnTree, delete: editorsOfOwnTree },
  fields: [
    { name: 'title', type: 'text', required: true, localized: true, label: text('Tên', 'Title') },
    {
      name: 'procedure',
      type: 'relationship',
      relationTo: 'procedures',
      required: true,
      unique: true,
      index: true,
      label: text('Thủ tục', 'Procedure'),
    },
    {
      name: 'agency',
      type: 'relationship',
      relationTo: 'agencies',
      required: true,
      index: true,
      label: text('Cơ quan tiếp nhận', 'Receiving agency'),
    },
    {
      type: 'row',
      fields: [
        {
          name: 'minimumAcr',
          type: 'select',
          required: true,
          defaultValue: 'loa2',
          options: ASSURANCE_LEVELS.map((value) => ({ value, label: value })),
          label: text('Mức đảm bảo đăng nhập tối thiểu', 'Minimum login assurance'),
        },
        {
          name: 'maxFileMb',
          type: 'number',
          required: true,
          defaultValue: 10,
          min: 1,
          max: 50,
          label: text('Dung lượng tệp tối đa (MB)', 'Largest file (MB)'),
        },
      ],
    },
    {
      name: 'fields',
      type: 'array',
      label: text('Thông tin khai', 'Fields'),
      labels: { singular: text('Trường', 'Field'), plural: text('Trường', 'Fields') },
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'key', type: 'text', required: true, validate: validKey, label: text('Mã trường', 'Key') },
            {
              name: 'type',
              type: 'select',
              required: true,
              options: FIELD_TYPES.map((value) => ({ value, label: value })),
              label: text('Kiểu', 'Type'),
            },
            { name: 'required', type: 'checkbox', defaultValue: true, label: text('Bắt buộc', 'Required') },
          ],
        },
        { name: 'label', type: 'text', required: true, localized: true, label: text('Nhãn', 'Label') },
        { name: 'help', type: 'text', localized: true, label: text('Gợi ý', 'Hint') },
        {
          name: 'choices',
          type: 'array',
          label: text('Lựa chọn', 'Choices'),
          admin: { condition: (_data, sibling) => sibling?.type === 'choice' },
          fields: [
            {
              type: 'row',
              fields: [
                { name: 'value', type: 'text', required: true, label: text('Giá trị', 'Value') },
                { name: 'label', type: 'text', required: true, localized: true, label: text('Nhãn', 'Label') },
              ],
            },
          ],
        },
        {
          type: 'row',
          fields: [
            { name: 'min', type: 'number', label: text('Nhỏ nhất', 'Min') },
            { name: 'max', type: 'number', label: text('Lớn nhất', 'Max') },
            { name: 'maxLength', type: 'number', min: 1, max: 2000, label: text('Độ dài tối đa', 'Max length') },
          ],
        },
        { ...condition, name: 'showWhen', label: text('Chỉ hiện khi', 'Shown only when') },
      ],
    },
    {
      name: 'documents',
      type: 'array',
      label: text('Giấy tờ nộp kèm', 'Documents'),
      labels: { singular: text('Giấy tờ', 'Document'), plural: text('Giấy tờ', 'Documents') },
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'key', type: 'text', required: true, validate: validKey, label: text('Mã', 'Key') },
            { name: 'required', type: 'checkbox', defaultValue: true, label: text('Bắt buộc', 'Required') },
            {
              name: 'maxFiles',
              type: 'number',
              required: true,
              defaultValue: 1,
              min: 1,
              max: 5,
              label: text('Số tệp tối đa', 'Files at most'),
            },
          ],
        },
        { name: 'label', type: 'textarea', required: true, localized: true, label: text('Tên giấy tờ', 'Document') },
        {
          name: 'reuseType',
          type: 'text',
          index: true,
          label: text('Loại giấy tờ (dùng lại)', 'Document type (reuse)'),
          admin: {
            description: text(
              'Giấy tờ cùng loại đã nộp trong hồ sơ được tiếp nhận trước đây sẽ được đề nghị dùng lại.',
              'A document of this type from an earlier accepted dossier is offered again.',
            ),
          },
        },
        { ...condition, name: 'requiredWhen', label: text('Chỉ bắt buộc khi', 'Required only when') },
      ],
    },
    { name: 'source', type: 'text', label: text('Nguồn', 'Source') },
  ],
}
