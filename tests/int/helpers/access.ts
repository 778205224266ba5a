import type { World } from './fixtures.ts'

export type Role = keyof World['users'] | 'public'
export const STAFF_ROLES = ['admin', 'editorA', 'reviewerA', 'editorB', 'officerA'] as const

/** Local API options that act as `role` (STYLE 13: access checks on, never overridden). */
export function as(world: World, role: Role) {
  return role === 'public' ? { overrideAccess: false } : { overrideAccess: false, user: world.users[role] }
}

/** Does the call go through? Refusals are Payload's Forbidden / NotFound / APIError, never a crash. */
export async function allowed(call: () => Promise<unknown>): Promise<boolean> {
  try {
    await call()
    return true
  } catch (error) {
    const status = (error as { status?: number }).status
    if (status === 403 || status === 404) return false
    throw error
  }
}

/** A relationship as stored: an id, or the related document at depth > 0. */
export function idOf(value: unknown): number | null {
  if (typeof value === 'number') return value
  if (value && typeof value === 'object' && 'id' in value) return (value as { id: number }).id
  return null
}
