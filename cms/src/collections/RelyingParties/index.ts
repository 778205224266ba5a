import type { ArrayField, CollectionConfig, FieldAccess } from 'payload'

import { isAdmin } from '../../access/is-admin.ts'
import { auditDelete } from '../../hooks/audit-acts.ts'
import { ASSURANCE_LEVELS } from '../../sso/assurance.ts'
import { SCOPES } from '../../sso/scopes.ts'
import { checkClientKeys } from './hooks/client-keys.ts'
import { issueClientSecret, showSecretOnce } from './hooks/client-secret.ts'

const nobody: FieldAccess = () => false

const uriList = (name: string, label: { vi: string; en: string }): ArrayField => ({
  name,
  type: 'array',
  label,
  fields: [{ name: 'uri', type: 'text', required: true, label: 'URI' }],
})

/**
 * Ministry and provincial portals that sign citizens in through the portal's provider
 * (cms/src/sso/). Managed by administrators only. The client secret is shown once, in the
 * answer to the save that issued it, and never stored (sso/clients/secret.ts).
 */
export const RelyingParties: CollectionConfig = {
  slug: 'relying-parties',
  labels: {
    singular: { vi: 'Cổng kết nối đăng nhập', en: 'Relying party' },
    plural: { vi: 'Cổng kết nối đăng nhập', en: 'Relying parties' },
  },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'clientId', 'minimumAcr', 'publicSubject'],
    group: { vi: 'Đăng nhập một lần', en: 'Single sign-on' },
  },
  access: { read: isAdmin, create: isAdmin, update: isAdmin, delete: isAdmin },
  hooks: {
    beforeValidate: [checkClientKeys],
    beforeChange: [issueClientSecret],
    afterChange: [showSecretOnce],
    afterDelete: [auditDelete],
  },
  fields: [
    { name: 'name', type: 'text', required: true, label: { vi: 'Tên cổng', en: 'Name' } },
    {
      name: 'clientId',
      type: 'text',
      unique: true,
      index: true,
      access: { update: nobody },
      admin: { readOnly: true, description: { vi: 'Cấp khi tạo.', en: 'Issued on creation.' } },
      label: 'client_id',
    },
    {
      name: 'kind',
      type: 'select',
      required: true,
      defaultValue: 'confidential',
      options: [
        { value: 'confidential', label: { vi: 'Máy chủ (có khóa bí mật)', en: 'Server (confidential)' } },
        { value: 'public', label: { vi: 'Ứng dụng công khai (PKCE)', en: 'Public app (PKCE)' } },
      ],
      label: { vi: 'Loại', en: 'Kind' },
    },
    uriList('redirectUris', { vi: 'Địa chỉ chuyển hướng', en: 'Redirect URIs' }),
    uriList('postLogoutRedirectUris', { vi: 'Địa chỉ sau đăng xuất', en: 'Post-logout redirect URIs' }),
    {
      name: 'backchannelLogoutUri',
      type: 'text',
      label: { vi: 'Địa chỉ đăng xuất kênh sau', en: 'Back-channel logout URI' },
    },
    {
      name: 'scopes',
      type: 'select',
      hasMany: true,
      required: true,
      defaultValue: ['openid', 'profile'],
      options: SCOPES.map((value) => ({ value, label: value })),
      label: { vi: 'Phạm vi được phép', en: 'Allowed scopes' },
    },
    {
      name: 'minimumAcr',
      type: 'select',
      required: true,
      defaultValue: 'loa2',
      options: ASSURANCE_LEVELS.map((value) => ({ value, label: value })),
      label: { vi: 'Mức bảo đảm tối thiểu', en: 'Minimum assurance level' },
    },
    {
      name: 'publicSubject',
      type: 'checkbox',
      defaultValue: false,
      label: {
        vi: 'Được nhận định danh chung (không dùng định danh riêng theo cổng)',
        en: 'Entitled to the public identifier (no pairwise subject)',
      },
    },
    {
      name: 'authMethod',
      type: 'select',
      required: true,
      defaultValue: 'client_secret_basic',
      options: [
        {
          value: 'client_secret_basic',
          label: { vi: 'Khóa bí mật (client_secret_basic)', en: 'Secret (client_secret_basic)' },
        },
        {
          value: 'private_key_jwt',
          label: { vi: 'Khóa riêng ký JWT (private_key_jwt)', en: 'Signed JWT (private_key_jwt)' },
        },
      ],
      admin: { condition: (data) => data?.kind === 'confidential' },
      label: { vi: 'Xác thực máy chủ cổng', en: 'Client authentication' },
    },
    {
      name: 'jwksUri',
      type: 'text',
      admin: {
        description: { vi: 'Địa chỉ JWKS công khai của cổng (https).', en: "The client's public JWKS URL (https)." },
      },
      label: 'jwks_uri',
    },
    {
      name: 'jwks',
      type: 'json',
      admin: { description: { vi: 'Hoặc JWKS công khai dán trực tiếp.', en: 'Or the public JWKS pasted here.' } },
      label: 'jwks',
    },
    {
      name: 'requirePar',
      type: 'checkbox',
      defaultValue: false,
      label: { vi: 'Bắt buộc gửi trước yêu cầu ủy quyền (PAR)', en: 'Require pushed authorization requests (PAR)' },
    },
    {
      name: 'dpop',
      type: 'checkbox',
      defaultValue: false,
      label: { vi: 'Token gắn với khóa của cổng (DPoP)', en: 'Tokens bound to the client`s key (DPoP)' },
    },
    {
      name: 'highAssurance',
      type: 'checkbox',
      defaultValue: false,
      label: {
        vi: 'Mức bảo đảm cao: FAPI 2.0 (bắt buộc PAR, private_key_jwt và DPoP)',
        en: 'High assurance: FAPI 2.0 (PAR, private_key_jwt and DPoP required)',
      },
    },
    {
      name: 'newSecret',
      type: 'checkbox',
      virtual: true,
      label: { vi: 'Cấp khóa bí mật mới (khóa cũ hết hiệu lực)', en: 'Issue a new secret (the old one stops working)' },
    },
    {
      name: 'clientSecret',
      type: 'text',
      virtual: true,
      access: { create: nobody, update: nobody },
      admin: {
        readOnly: true,
        description: {
          vi: 'Chỉ hiển thị một lần, ngay sau khi cấp. Hãy lưu lại.',
          en: 'Shown once, right after it is issued. Keep it.',
        },
      },
      label: 'client_secret',
    },
    {
      name: 'secretSalt',
      type: 'text',
      access: { read: nobody, create: nobody, update: nobody },
      admin: { hidden: true },
    },
    {
      name: 'secretHash',
      type: 'text',
      access: { read: nobody, create: nobody, update: nobody },
      admin: { hidden: true },
    },
  ],
  timestamps: true,
}
