import type { PayloadRequest } from 'payload'

import { recordAudit } from '../collections/AuditLog/record.ts'
import { PortalError } from '../errors.ts'
import { languageOf } from '../i18n/t.ts'
import { SharedTokenBucket } from '../portal/http/rate-limit.ts'
import { notifyLockout } from './lockout-mail.ts'

/**
 * Staff sign-in limits, in PostgreSQL so every replica counts the same attempts
 * (portal/http/rate-limit.ts). Payload's own lock (maxLoginAttempts) let any anonymous
 * client lock any staff account for 15 minutes and answered "locked" only for accounts
 * that exist (issue 12 case 6); these buckets are keyed by what the client sent, whether
 * or not an account has it, so the answers are the same for both.
 */
export const LOGIN_LIMITS = Object.freeze({
  /** Attempts from one address: 10 at once, then one every 90 s. */
  address: { capacity: 10, perSecond: 10 / 900 },
  /** Attempts on one account from addresses it never signed in from: 5, then one every 3 min. */
  account: { capacity: 5, perSecond: 5 / 900 },
  /** An address the account signed in from within this many days is its owner's. */
  knownAddressDays: 90,
})

const byAddress = new SharedTokenBucket(LOGIN_LIMITS.address)
const byAccount = new SharedTokenBucket(LOGIN_LIMITS.account)

export const accountKey = (email: string) => `login:account:${email}`
const addressKey = (ip: string) => `login:address:${ip}`

/** Has this account signed in from this address lately? Then the owner is likely there. */
async function knownAddress(req: PayloadRequest, accountId: number | null, ip: string): Promise<boolean> {
  const since = new Date(Date.now() - LOGIN_LIMITS.knownAddressDays * 86_400_000).toISOString()
  const { totalDocs } = await req.payload.count({
    collection: 'audit-log',
    where: {
      action: { equals: 'login.success' },
      // 0 matches nothing: an unknown account asks the same question and gets no.
      actor: { equals: accountId ?? 0 },
      ip: { equals: ip },
      createdAt: { greater_than: since },
    },
    overrideAccess: true,
    req,
  })
  return totalDocs > 0
}

/** One answer for every throttled sign-in: no count of seconds that would differ by account. */
const throttled = (req: PayloadRequest) => new PortalError('auth.throttled', { language: languageOf(req) })

/**
 * Takes one attempt from the address's bucket and, unless the account signed in from this
 * address before, from the account's: an attacker elsewhere drains only the latter, so the
 * owner at a known address still signs in (no lockout of staff by an anonymous client).
 * The account's owner is told by e-mail when its bucket runs dry (lockout-mail.ts).
 */
export async function takeLoginAttempt(
  req: PayloadRequest,
  account: { id: number; email: string } | null,
  email: string,
  ip: string,
): Promise<void> {
  const address = await byAddress.take(addressKey(ip), req.payload)
  if (!address.allowed) {
    await recordAudit(req, { action: 'login.throttled', actor: { email }, detail: { by: 'address' } })
    throw throttled(req)
  }
  if (await knownAddress(req, account?.id ?? null, ip)) return
  const perAccount = await byAccount.take(accountKey(email), req.payload)
  if (!perAccount.allowed) {
    await notifyLockout(req, account, email, ip)
    throw throttled(req)
  }
}

/** An administrator's unlock fills the account's bucket again. */
export async function forgetAccount(req: PayloadRequest, email: string): Promise<void> {
  await byAccount.forget(accountKey(email), req.payload)
}
