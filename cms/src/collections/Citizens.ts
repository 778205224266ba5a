import type { CollectionBeforeValidateHook, CollectionConfig, FieldAccess } from 'payload'

import { isAdmin } from '../access/is-admin.ts'
import { ACCOUNT_KINDS, type AccountKind } from '../sso/accounts/kinds.ts'
import { loginIdOf } from '../sso/accounts/login-id.ts'
import { ASSURANCE_LEVELS } from '../sso/assurance.ts'

/** Nobody reads or writes it through the API: only the SSO's own code, with overrideAccess. */
const nobody: FieldAccess = () => false

const KIND_LABELS: Record<AccountKind, { vi: string; en: string }> = {
  citizen: { vi: 'Công dân Việt Nam', en: 'Vietnamese citizen' },
  foreigner: { vi: 'Người nước ngoài', en: 'Foreigner' },
  business: { vi: 'Doanh nghiệp, tổ chức (người đại diện)', en: 'Business or organisation (representative)' },
}

/** Every writer (registration, the e-ID link) gets the login key from the identifiers (sso/accounts/login-id.ts). */
const setLoginId: CollectionBeforeValidateHook = function setLoginId({ data, operation }) {
  if (operation !== 'create' || !data) return data
  const loginId = loginIdOf({ ...data, kind: data.kind ?? 'citizen' })
  return loginId ? { ...data, loginId } : data
}

/**
 * Accounts of citizens, foreigners and businesses' representatives (sso/accounts/kinds.ts),
 * one collection because every account is a person who logs in the same way; the kind says
 * which identifiers it holds. Citizens' accounts for single sign-on (cms/src/sso/). Not an auth collection: a citizen
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
    defaultColumns: ['fullName', 'kind', 'loginId', 'assuranceLevel', 'createdAt'],
    group: { vi: 'Đăng nhập một lần', en: 'Single sign-on' },
  },
  access: {
    read: isAdmin,
    create: () => false,
    update: () => false,
    delete: isAdmin,
  },
  hooks: { beforeValidate: [setLoginId] },
  fields: [
    {
      name: 'kind',
      type: 'select',
      required: true,
      defaultValue: 'citizen',
      options: ACCOUNT_KINDS.map((value) => ({ value, label: KIND_LABELS[value] })),
      label: { vi: 'Loại tài khoản', en: 'Account kind' },
    },
    {
      name: 'loginId',
      type: 'text',
      required: true,
      unique: true,
      index: true,
      admin: { readOnly: true },
      label: { vi: 'Định danh đăng nhập', en: 'Login identifier' },
    },
    // A citizen's own number, or the number of a business's Vietnamese representative.
    {
      name: 'citizenId',
      type: 'text',
      index: true,
      label: { vi: 'Số định danh cá nhân', en: 'Personal identification number' },
    },
    // A foreigner's passport, or that of a business's foreign representative.
    { name: 'passportNumber', type: 'text', index: true, label: { vi: 'Số hộ chiếu', en: 'Passport number' } },
    {
      name: 'nationality',
      type: 'text',
      label: { vi: 'Quốc tịch (ISO 3166-1 alpha-3)', en: 'Nationality (ISO 3166-1 alpha-3)' },
    },
    {
      name: 'enterpriseCode',
      type: 'text',
      index: true,
      label: { vi: 'Mã số doanh nghiệp / mã số thuế', en: 'Enterprise code / tax code' },
    },
    { name: 'businessName', type: 'text', label: { vi: 'Tên doanh nghiệp', en: 'Business name' } },
    // The account holder: the citizen, the foreigner, or the business's representative.
    { name: 'fullName', type: 'text', required: true, label: { vi: 'Họ và tên', en: 'Full name' } },
    // Not asked of a business's representative (the business registry names them, not their birth).
    { name: 'birthDate', type: 'text', label: { vi: 'Ngày sinh', en: 'Date of birth' } },
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
        {
          value: 'business-registry',
          label: { vi: 'Đối chiếu CSDL đăng ký doanh nghiệp', en: 'Business registry match' },
        },
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
