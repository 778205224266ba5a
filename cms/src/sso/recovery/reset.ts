import type { IncomingMessage } from 'node:http'
import type Provider from 'oidc-provider'
import type { Payload } from 'payload'
import { t } from '../../i18n/t.ts'
import { clientIp } from '../../portal/http/client-ip.ts'
import type { RateLimiter } from '../../portal/http/rate-limit.ts'
import type { Locale } from '../../vocabulary.ts'
import { logOutEverywhere } from '../account/sessions.ts'
import { findByLoginId } from '../accounts/citizens.ts'
import { hashPassword, PASSWORD_MIN_LENGTH } from '../accounts/password.ts'
import type { Pool } from '../store/pool.ts'
import type { SmsSender } from './sms.ts'
import { consumeResetToken, issueResetToken, LIFETIME_SECONDS } from './store.ts'

export type RecoveryDeps = {
  provider: Provider
  payload: Payload
  pool: Pool
  issuer: string
  base: string
  /** Requests for links and codes, per address and per account, shared by every replica. */
  limiter: RateLimiter
  trustProxy: number
  codeKey: Buffer
  sms: SmsSender | null
}

/** Whether the address and the account may ask again (throttled: each key its own bucket). */
export async function throttled(deps: RecoveryDeps, req: IncomingMessage, account: string): Promise<number | null> {
  const ip = clientIp(req.headers['x-forwarded-for'] as string | undefined, deps.trustProxy)
  for (const key of [`sso-recovery:ip:${ip}`, `sso-recovery:id:${account}`]) {
    const decision = await deps.limiter.take(key, deps.payload)
    if (!decision.allowed) return decision.retryAfterSeconds
  }
  return null
}

/**
 * Sends a reset link to the account's e-mail address when the number has an account; the
 * page answers the same either way (who has an account is nobody's business).
 */
export async function requestReset(deps: RecoveryDeps, loginId: string, language: Locale): Promise<void> {
  const citizen = await findByLoginId(deps.payload, loginId)
  if (!citizen) return
  const token = await issueResetToken(deps.pool, String(citizen.id), citizen.email)
  const link = `${deps.issuer}/recovery/reset?lang=${language}&token=${token}`
  const minutes = LIFETIME_SECONDS.reset / 60
  const values = { name: citizen.fullName, link, minutes }
  await deps.payload.sendEmail({
    to: citizen.email,
    subject: t(language, 'recovery.mail.subject'),
    text: t(language, 'recovery.mail.body', values),
  })
}

export type ResetOutcome = 'done' | 'expired' | 'short'

/**
 * Sets the new password with a live link (used once), and ends every session and grant of
 * the account: whoever knew the old password is out (NIST SP 800-63B 6.1.2.3 spirit).
 */
export async function resetPassword(deps: RecoveryDeps, token: string, password: string): Promise<ResetOutcome> {
  if (password.length < PASSWORD_MIN_LENGTH) return 'short'
  const accountId = await consumeResetToken(deps.pool, token)
  if (!accountId) return 'expired'
  await deps.payload.update({
    collection: 'citizens',
    id: accountId,
    data: { passwordHash: await hashPassword(password) },
    depth: 0,
    overrideAccess: true,
  })
  await logOutEverywhere(deps.provider, deps.pool, deps.payload, accountId)
  return 'done'
}
