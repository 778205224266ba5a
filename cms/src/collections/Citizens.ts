import type { CollectionConfig, FieldAccess } from 'payload'

import { isAdmin } from '../access/is-admin.ts'
import { ASSURANCE_LEVELS } from '../sso/assurance.ts'

/** Nobody reads or writes it through the API: only the SSO's own code, with overrideAccess. */
const nobody: FieldAccess = () => false

/**
 * Citizens' accounts for single sign-on (cms/src/sso/). Not an auth collection: a citizen
 * never logs in to the admin; the provider checks the password itself (argon2id). Staff
 * (users) never log in through the provider. Administrators may read accounts (support
 * requests); accounts are created and changed only by the SSO pages.
 */
export const Citizens: CollectionConfig = {
  slug: 'citizens',
  labels: {
    singular: { vi: 'Tài khoản công dân', en: 'Citizen account' },
    plural: { vi: 'Tài khoản công dân', en: 'Citizen accounts' },
  },
  admin: {
    useAsTitle: 'fullName',
    defaultColumns: ['fullName', 'citizenId', 'assuranceLevel', 'createdAt'],
    group: { vi: 'Đăng nhập một lần', en: 'Single sign-on' },
  },
  access: {
    read: isAdmin,
    create: () => false,
    update: () => false,
    delete: isAdmin,
  },
  fields: [
    {
      name: 'citizenId',
      type: 'text',
      required: true,
      unique: true,
      index: true,
      label: { vi: 'Số định danh cá nhân', en: 'Personal identification number' },
    },
    { name: 'fullName', type: 'text', required: true, label: { vi: 'Họ và tên', en: 'Full name' } },
    { name: 'birthDate', type: 'text', required: true, label: { vi: 'Ngày sinh', en: 'Date of birth' } },
    {
      name: 'gender',
      type: 'select',
      options: [
        { value: 'male', label: { vi: 'Nam', en: 'Male' } },
        { value: 'female', label: { vi: 'Nữ', en: 'Female' } },
      ],
      label: { vi: 'Giới tính', en: 'Gender' },
    },
    { name: 'email', type: 'email', required: true, label: { vi: 'Thư điện tử', en: 'E-mail' } },
    { name: 'phone', type: 'text', required: true, label: { vi: 'Số điện thoại', en: 'Phone' } },
    // Proven by a code sent there (cms/src/sso/recovery/verification.ts); only the SSO sets them.
    {
      name: 'emailVerified',
      type: 'checkbox',
      defaultValue: false,
      access: { create: nobody, update: nobody },
      label: { vi: 'Đã xác minh thư điện tử', en: 'E-mail verified' },
    },
    {
      name: 'phoneVerified',
      type: 'checkbox',
      defaultValue: false,
      access: { create: nobody, update: nobody },
      label: { vi: 'Đã xác minh số điện thoại', en: 'Phone verified' },
    },
    {
      name: 'assuranceLevel',
      type: 'select',
      required: true,
      defaultValue: 'loa2',
      options: ASSURANCE_LEVELS.map((value) => ({ value, label: value })),
      label: { vi: 'Mức độ bảo đảm', en: 'Assurance level' },
    },
    {
      name: 'identityVerified',
      type: 'select',
      required: true,
      defaultValue: 'registry',
      options: [
        { value: 'registry', label: { vi: 'Đối chiếu CSDL dân cư', en: 'Population registry match' } },
        { value: 'e-id', label: { vi: 'Định danh điện tử', en: 'National e-ID' } },
      ],
      label: { vi: 'Xác minh danh tính', en: 'Identity verified by' },
    },
    {
      name: 'passwordHash',
      type: 'text',
      access: { read: nobody, create: nobody, update: nobody },
      admin: { hidden: true },
    },
  ],
  timestamps: true,
}
