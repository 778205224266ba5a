import type { PayloadRequest } from 'payload'

export const ROLES = ['admin', 'editor', 'reviewer', 'officer'] as const
export type Role = (typeof ROLES)[number]

type StaffUser = { collection?: string; roles?: Role[] | null; agency?: number | { id: number } | null }

/** The signed-in staff member, or null for the public (and for citizens). */
export function staff(req: PayloadRequest): StaffUser | null {
  const user = req.user as StaffUser | null
  return user && user.collection === 'users' ? user : null
}

export function hasRole(req: PayloadRequest, ...roles: Role[]): boolean {
  const user = staff(req)
  return Boolean(user?.roles?.some((role) => roles.includes(role)))
}

export function userAgencyId(req: PayloadRequest): number | null {
  const agency = staff(req)?.agency
  if (agency === null || agency === undefined) return null
  return typeof agency === 'object' ? agency.id : agency
}
