import { generateSecret, generateURI, verify } from 'otplib'

import { seal, unseal } from '../store/keys.ts'
import type { Pool } from '../store/pool.ts'

/**
 * One-time codes for loa3 (RFC 6238 TOTP: SHA-1, 6 digits, 30 s, what every authenticator
 * app reads). The secret is kept in sso.totp_secrets sealed under its own key derived from
 * SSO_KEY_SECRET, like the signing keys: a database dump alone yields no codes. A secret is
 * pending until the citizen proves it with a first code; a used time step is remembered so
 * a code cannot be replayed (RFC 6238 5.2).
 */
const PURPOSE = 'totp-secrets'
const ISSUER = 'Cổng Dịch vụ công quốc gia'
/** One step either side for clock drift (RFC 6238 5.2 recommends at most one). */
const TOLERANCE_SECONDS = 30

type Row = { sealed: string; confirmed_at: Date | null; last_time_step: string }

async function row(pool: Pool, accountId: string): Promise<Row | undefined> {
  const { rows } = await pool.query<Row>(
    'SELECT sealed, confirmed_at, last_time_step FROM sso.totp_secrets WHERE account_id = $1',
    [accountId],
  )
  return rows[0]
}

export async function hasConfirmedTotp(pool: Pool, accountId: string): Promise<boolean> {
  return Boolean((await row(pool, accountId))?.confirmed_at)
}

/**
 * The pending secret to show for enrolment (the same one on a reload, so a scanned code
 * keeps working), created when there is none. Never returns a confirmed secret.
 */
export async function pendingEnrolment(
  pool: Pool,
  sealSecret: string,
  accountId: string,
  label: string,
): Promise<{ secret: string; uri: string } | null> {
  const existing = await row(pool, accountId)
  if (existing?.confirmed_at) return null
  let secret = existing ? unseal(sealSecret, existing.sealed, PURPOSE) : undefined
  if (!secret) {
    secret = generateSecret()
    await pool.query(
      `INSERT INTO sso.totp_secrets (account_id, sealed) VALUES ($1, $2)
       ON CONFLICT (account_id) DO NOTHING`,
      [accountId, seal(sealSecret, secret, PURPOSE)],
    )
    // Two tabs enrolling at once: keep whichever secret was stored first.
    secret = unseal(sealSecret, (await row(pool, accountId))?.sealed as string, PURPOSE)
  }
  return { secret, uri: generateURI({ issuer: ISSUER, label, secret }) }
}

/**
 * Whether `code` is right for the account's secret (pending or confirmed) and not used
 * before; a right code confirms a pending secret. The update is conditional on the time
 * step, so two requests racing with one code cannot both pass.
 */
export async function acceptCode(pool: Pool, sealSecret: string, accountId: string, code: string): Promise<boolean> {
  const stored = await row(pool, accountId)
  if (!stored || !/^\d{6}$/.test(code)) return false
  const secret = unseal(sealSecret, stored.sealed, PURPOSE)
  const result = await verify({
    secret,
    token: code,
    epochTolerance: TOLERANCE_SECONDS,
    afterTimeStep: Number(stored.last_time_step),
  })
  if (!result.valid || !('timeStep' in result)) return false
  const { rowCount } = await pool.query(
    `UPDATE sso.totp_secrets SET last_time_step = $2, confirmed_at = coalesce(confirmed_at, clock_timestamp())
     WHERE account_id = $1 AND last_time_step < $2`,
    [accountId, result.timeStep],
  )
  return rowCount === 1
}
