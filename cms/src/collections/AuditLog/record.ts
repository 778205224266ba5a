import type { PayloadRequest } from 'payload'

import { env } from '../../env.ts'
import { clientIp, FORWARDED_FOR } from '../../portal/http/client-ip.ts'

export const AUDIT_ACTIONS = [
  'login.success',
  'login.failure',
  'login.throttled',
  'login.lockout',
  'unlock',
  'role.change',
  'agency.change',
  'publish',
  'unpublish',
  'delete',
  'restore',
] as const
export type AuditAction = (typeof AUDIT_ACTIONS)[number]

export type AuditEntry = {
  action: AuditAction
  targetCollection?: string
  targetId?: string | number
  detail?: Record<string, unknown>
  /** Who acted, when it is not the request's user (a sign-in names the account it tried). */
  actor?: { id?: number | null; email?: string | null }
}

/** The client's address as the portal server and TRUST_PROXY see it (portal/http/client-ip.ts). */
export function requestIp(req: PayloadRequest): string {
  return clientIp(req.headers?.get(FORWARDED_FOR), env.TRUST_PROXY)
}

/**
 * Appends one entry. With the act's `req`, it joins the act's transaction
 * (`req.transactionID`): the entry is there if and only if the act committed.
 */
export async function recordAudit(req: PayloadRequest, entry: AuditEntry): Promise<void> {
  const user = req.user?.collection === 'users' ? (req.user as { id: number; email?: string }) : null
  const actorId = entry.actor ? (entry.actor.id ?? null) : (user?.id ?? null)
  const actorEmail = entry.actor ? (entry.actor.email ?? null) : (user?.email ?? null)
  await req.payload.create({
    collection: 'audit-log',
    data: {
      action: entry.action,
      actor: actorId,
      actorEmail,
      targetCollection: entry.targetCollection,
      targetId: entry.targetId === undefined ? undefined : String(entry.targetId),
      ip: requestIp(req),
      detail: entry.detail,
    },
    depth: 0,
    overrideAccess: true,
    req,
  })
}
