import type { Access, CollectionConfig, FieldAccess } from 'payload'

import { hasRole, ROLES, staff } from '../access/roles.ts'
import { message } from '../i18n/t.ts'

const adminOrSelf: Access = ({ req }) => {
  if (hasRole(req, 'admin')) return true
  const user = staff(req)
  return user ? { id: { equals: req.user?.id } } : false
}

/** Roles and agency decide what a person may do: only an administrator changes them. */
const adminField: FieldAccess = ({ req }) => hasRole(req, 'admin')

const roleLabels = {
  admin: { vi: 'Quản trị hệ thống', en: 'Administrator' },
  editor: { vi: 'Biên tập viên', en: 'Editor' },
  reviewer: { vi: 'Người duyệt', en: 'Reviewer' },
  officer: { vi: 'Cán bộ một cửa', en: 'One-stop-shop officer' },
} as const

/** Staff accounts: editors, reviewers and officers of an agency, and administrators. */
export const Users: CollectionConfig = {
  slug: 'users',
  labels: {
    singular: { vi: 'Cán bộ', en: 'Staff member' },
    plural: { vi: 'Cán bộ', en: 'Staff' },
  },
  auth: {
    // Lock an account after repeated failures: a national admin is a target.
    maxLoginAttempts: 5,
    lockTime: 15 * 60 * 1000,
  },
  admin: {
    useAsTitle: 'email',
    defaultColumns: ['name', 'email', 'roles', 'agency'],
    group: { vi: 'Hệ thống', en: 'System' },
  },
  access: {
    read: adminOrSelf,
    create: ({ req }) => hasRole(req, 'admin'),
    update: adminOrSelf,
    delete: ({ req }) => hasRole(req, 'admin'),
    admin: ({ req }) => Boolean(staff(req)),
  },
  fields: [
    { name: 'name', type: 'text', required: true, label: { vi: 'Họ và tên', en: 'Full name' } },
    {
      name: 'roles',
      type: 'select',
      hasMany: true,
      required: true,
      defaultValue: ['editor'],
      saveToJWT: true,
      access: { create: adminField, update: adminField },
      label: { vi: 'Vai trò', en: 'Roles' },
      options: ROLES.map((value) => ({ value, label: roleLabels[value] })),
    },
    {
      name: 'agency',
      type: 'relationship',
      relationTo: 'agencies',
      index: true,
      saveToJWT: true,
      access: { create: adminField, update: adminField },
      label: { vi: 'Cơ quan', en: 'Agency' },
      validate: (
        value: unknown,
        { siblingData, req }: { siblingData: { roles?: string[] }; req: { i18n?: { language?: string } } },
      ) => {
        // Each non-admin belongs to one agency: it bounds what they may edit.
        if (!value && !siblingData.roles?.includes('admin')) return message(req, 'user.agency_required')
        return true
      },
    },
  ],
}
