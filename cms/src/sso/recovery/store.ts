import { createHash, createHmac, randomBytes, randomInt, timingSafeEqual } from 'node:crypto'
import type { Pool } from '../store/pool.ts'

/**
 * One-time secrets of account recovery and verification: a password-reset link (a random
 * token, only its SHA-256 kept) and six-digit codes sent to an e-mail address or a phone
 * (an HMAC kept, keyed from SSO_KEY_SECRET, so a copy of the table reveals none). Each is
 * used once, expires, and a code dies after a few wrong tries (NIST SP 800-63B 5.1.1.2).
 */
export type Purpose = 'reset' | 'verify-email' | 'verify-phone'

export const LIFETIME_SECONDS: Readonly<Record<Purpose, number>> = Object.freeze({
  reset: 30 * 60,
  'verify-email': 15 * 60,
  'verify-phone': 10 * 60,
})

export const MAX_CODE_ATTEMPTS = 5

const DDL = `
  CREATE SCHEMA IF NOT EXISTS sso;
  CREATE TABLE IF NOT EXISTS sso.recovery_secrets (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    account_id text NOT NULL,
    purpose text NOT NULL,
    digest text NOT NULL,
    target text NOT NULL,
    attempts int NOT NULL DEFAULT 0,
    created_at timestamptz NOT NULL DEFAULT clock_timestamp(),
    expires_at timestamptz NOT NULL,
    used_at timestamptz
  );
  CREATE INDEX IF NOT EXISTS recovery_secrets_account ON sso.recovery_secrets (account_id, purpose);
  CREATE UNIQUE INDEX IF NOT EXISTS recovery_secrets_digest ON sso.recovery_secrets (digest) WHERE purpose = 'reset';`

const ready = new WeakMap<Pool, Promise<unknown>>()

export function ensureRecoveryStore(pool: Pool): Promise<unknown> {
  let done = ready.get(pool)
  if (!done) {
    // One statement batch; IF NOT EXISTS and an advisory lock keep replicas starting together apart.
    done = pool.query(
      `SELECT pg_advisory_lock(hashtext('sso.recovery')); ${DDL} SELECT pg_advisory_unlock(hashtext('sso.recovery'));`,
    )
    done.catch(() => ready.delete(pool))
    ready.set(pool, done)
  }
  return done
}

const sha256 = (value: string) => createHash('sha256').update(value).digest('base64url')

/** A new reset link's token for the account; earlier unused ones stop working. */
export async function issueResetToken(pool: Pool, accountId: string, target: string): Promise<string> {
  const token = randomBytes(32).toString('base64url')
  await pool.query(
    `WITH gone AS (UPDATE sso.recovery_secrets SET used_at = clock_timestamp()
       WHERE account_id = $1 AND purpose = 'reset' AND used_at IS NULL)
     INSERT INTO sso.recovery_secrets (account_id, purpose, digest, target, expires_at)
     VALUES ($1, 'reset', $2, $3, clock_timestamp() + make_interval(secs => $4))`,
    [accountId, sha256(token), target, LIFETIME_SECONDS.reset],
  )
  return token
}

/** The account a live reset token belongs to, without using it (the form's GET). */
export async function peekResetToken(pool: Pool, token: string): Promise<string | null> {
  const { rows } = await pool.query<{ account_id: string }>(
    `SELECT account_id FROM sso.recovery_secrets WHERE purpose = 'reset' AND digest = $1
       AND used_at IS NULL AND expires_at > clock_timestamp()`,
    [sha256(token)],
  )
  return rows[0]?.account_id ?? null
}

/** Uses the token (once, atomically): the account it was for, or null. */
export async function consumeResetToken(pool: Pool, token: string): Promise<string | null> {
  const { rows } = await pool.query<{ account_id: string }>(
    `UPDATE sso.recovery_secrets SET used_at = clock_timestamp()
     WHERE purpose = 'reset' AND digest = $1 AND used_at IS NULL AND expires_at > clock_timestamp()
     RETURNING account_id`,
    [sha256(token)],
  )
  return rows[0]?.account_id ?? null
}

const codeDigest = (key: Buffer, accountId: string, purpose: Purpose, target: string, code: string) =>
  createHmac('sha256', key).update(`${accountId}\n${purpose}\n${target}\n${code}`).digest('base64url')

/** A new six-digit code for the target (e-mail address or phone); earlier ones stop working. */
export async function issueCode(
  pool: Pool,
  key: Buffer,
  accountId: string,
  purpose: Exclude<Purpose, 'reset'>,
  target: string,
): Promise<string> {
  const code = String(randomInt(0, 1_000_000)).padStart(6, '0')
  await pool.query(
    `WITH gone AS (UPDATE sso.recovery_secrets SET used_at = clock_timestamp()
       WHERE account_id = $1 AND purpose = $2 AND used_at IS NULL)
     INSERT INTO sso.recovery_secrets (account_id, purpose, digest, target, expires_at)
     VALUES ($1, $2, $3, $4, clock_timestamp() + make_interval(secs => $5))`,
    [accountId, purpose, codeDigest(key, accountId, purpose, target, code), target, LIFETIME_SECONDS[purpose]],
  )
  return code
}

export type CodeCheck = 'ok' | 'wrong' | 'expired'

/** Checks a typed code against the live one; a wrong try counts, the last allowed one ends it. */
export async function checkCode(
  pool: Pool,
  key: Buffer,
  accountId: string,
  purpose: Exclude<Purpose, 'reset'>,
  code: string,
): Promise<{ result: CodeCheck; target?: string }> {
  const { rows } = await pool.query<{ id: string; digest: string; target: string; attempts: number }>(
    `SELECT id, digest, target, attempts FROM sso.recovery_secrets
     WHERE account_id = $1 AND purpose = $2 AND used_at IS NULL AND expires_at > clock_timestamp()
       AND attempts < $3 ORDER BY id DESC LIMIT 1`,
    [accountId, purpose, MAX_CODE_ATTEMPTS],
  )
  const live = rows[0]
  if (!live) return { result: 'expired' }
  const typed = Buffer.from(codeDigest(key, accountId, purpose, live.target, code.trim()))
  const stored = Buffer.from(live.digest)
  if (typed.length === stored.length && timingSafeEqual(typed, stored)) {
    const used = await pool.query(
      'UPDATE sso.recovery_secrets SET used_at = clock_timestamp() WHERE id = $1 AND used_at IS NULL',
      [live.id],
    )
    return used.rowCount === 1 ? { result: 'ok', target: live.target } : { result: 'expired' }
  }
  await pool.query('UPDATE sso.recovery_secrets SET attempts = attempts + 1 WHERE id = $1', [live.id])
  return { result: 'wrong' }
}
