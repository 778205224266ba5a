import type { CollectionConfig } from 'payload'

import { isAdmin } from '../../access/is-admin.ts'
import { AUDIT_ACTIONS } from './record.ts'

const nobody = () => false

const actionLabels: Record<(typeof AUDIT_ACTIONS)[number], { vi: string; en: string }> = {
  'login.success': { vi: 'Đăng nhập', en: 'Signed in' },
  'login.failure': { vi: 'Đăng nhập sai', en: 'Failed sign-in' },
  'login.throttled': { vi: 'Đăng nhập bị giới hạn', en: 'Sign-in throttled' },
  'login.lockout': { vi: 'Tài khoản bị giới hạn đăng nhập', en: 'Account sign-in limited' },
  unlock: { vi: 'Mở khóa tài khoản', en: 'Account unlocked' },
  'role.change': { vi: 'Đổi vai trò', en: 'Roles changed' },
  'agency.change': { vi: 'Đổi cơ quan', en: 'Agency changed' },
  publish: { vi: 'Xuất bản', en: 'Published' },
  unpublish: { vi: 'Gỡ xuất bản', en: 'Unpublished' },
  delete: { vi: 'Xóa', en: 'Deleted' },
  restore: { vi: 'Khôi phục phiên bản', en: 'Version restored' },
}

/**
 * What was done, by whom, when and from where (issue 12): sign-ins, role and agency
 * changes, publishing, unpublishing, deletes and version restores. Written only by the
 * portal's own hooks (record.ts), in the transaction of the act where there is one; read by
 * administrators in the admin, filterable by every column; no one creates, edits or deletes
 * an entry through REST, GraphQL or the admin.
 */
export const AuditLog: CollectionConfig = {
  slug: 'audit-log',
  labels: {
    singular: { vi: 'Nhật ký thao tác', en: 'Audit entry' },
    plural: { vi: 'Nhật ký thao tác', en: 'Audit log' },
  },
  admin: {
    useAsTitle: 'action',
    defaultColumns: ['createdAt', 'action', 'actorEmail', 'targetCollection', 'targetId', 'ip'],
    listSearchableFields: ['actorEmail', 'targetId', 'ip'],
    group: { vi: 'Hệ thống', en: 'System' },
    pagination: { defaultLimit: 50 },
  },
  defaultSort: '-createdAt',
  lockDocuments: false,
  access: { read: isAdmin, create: nobody, update: nobody, delete: nobody },
  fields: [
    {
      name: 'action',
      type: 'select',
      required: true,
      index: true,
      options: AUDIT_ACTIONS.map((value) => ({ value, label: actionLabels[value] })),
      label: { vi: 'Thao tác', en: 'Action' },
    },
    {
      name: 'actor',
      type: 'relationship',
      relationTo: 'users',
      index: true,
      label: { vi: 'Người thực hiện', en: 'By' },
    },
    // Kept as text too: a failed sign-in names an address that may be no account at all,
    // and the entry outlives the account.
    { name: 'actorEmail', type: 'text', index: true, label: { vi: 'Thư điện tử', en: 'E-mail' } },
    { name: 'targetCollection', type: 'text', index: true, label: { vi: 'Loại hồ sơ', en: 'Collection' } },
    { name: 'targetId', type: 'text', index: true, label: { vi: 'Mã hồ sơ', en: 'Record id' } },
    { name: 'ip', type: 'text', index: true, label: { vi: 'Địa chỉ IP', en: 'IP address' } },
    { name: 'detail', type: 'json', label: { vi: 'Chi tiết', en: 'Detail' } },
  ],
  timestamps: true,
}
