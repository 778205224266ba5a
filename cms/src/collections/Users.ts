import type { Access, CollectionAfterChangeHook, CollectionConfig } from 'payload'

import { adminField } from '../access/admin-field.ts'
import { isAdmin } from '../access/is-admin.ts'
import { hasRole, ROLES, staff } from '../access/roles.ts'
import { auditLogin, auditUnlock, guardLogin } from '../auth/guard-login.ts'
import { env } from '../env.ts'
import { auditDelete } from '../hooks/audit-acts.ts'
import { message } from '../i18n/t.ts'
import { recordAudit } from './AuditLog/record.ts'

const adminOrSelf: Access = ({ req }) => {
  if (hasRole(req, 'admin')) return true
  const user = staff(req)
  return user ? { id: { equals: req.user?.id } } : false
}

const roleLabels = {
  admin: { vi: 'Quản trị hệ thống', en: 'Administrator' },
  editor: { vi: 'Biên tập viên', en: 'Editor' },
  reviewer: { vi: 'Người duyệt', en: 'Reviewer' },
  officer: { vi: 'Cán bộ một cửa', en: 'One-stop-shop officer' },
} as const

const idOf = (value: unknown) =>
  value && typeof value === 'object' && 'id' in value ? (value as { id: number }).id : (value ?? null)

/** Who gave whom which roles and agency: they decide what a person may do (issue 12). */
const auditRolesAndAgency: CollectionAfterChangeHook = async function auditRolesAndAgency({ doc, previousDoc, req }) {
  const target = { targetCollection: 'users', targetId: doc.id }
  const roles = [...(doc.roles ?? [])].sort()
  const before = [...(previousDoc?.roles ?? [])].sort()
  if (roles.join() !== before.join())
    await recordAudit(req, { action: 'role.change', ...target, detail: { before, after: roles } })
  if (idOf(doc.agency) !== idOf(previousDoc?.agency))
    await recordAudit(req, {
      action: 'agency.change',
      ...target,
      detail: { before: idOf(previousDoc?.agency), after: idOf(doc.agency) },
    })
  return doc
}

/** Staff accounts: editors, reviewers and officers of an agency, and administrators. */
export const Users: CollectionConfig = {
  slug: 'users',
  labels: {
    singular: { vi: 'Cán bộ', en: 'Staff member' },
    plural: { vi: 'Cán bộ', en: 'Staff' },
  },
  auth: {
    // Payload's own lock (5 failures, 15 minutes) let anyone lock any account and told
    // which accounts exist; sign-ins are throttled by address and account instead
    // (auth/guard-login.ts, auth/login-throttle.ts).
    maxLoginAttempts: 0,
    // Behind TLS in production: the session cookie never travels in clear (issue 12 case 7).
    cookies: { secure: env.NODE_ENV === 'production', sameSite: 'Lax' },
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
    // Any signed-in staff member could unlock any account (issue 12 case 6).
    unlock: isAdmin,
  },
  hooks: {
    beforeOperation: [guardLogin],
    afterLogin: [auditLogin],
    afterOperation: [auditUnlock],
    afterChange: [auditRolesAndAgency],
    afterDelete: [auditDelete],
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
