import type Provider from 'oidc-provider'
import type { KoaContextWithOIDC } from 'oidc-provider'
import type { Payload } from 'payload'
import { appendOnlySql } from '../../lib/append-only.ts'
import { clientIp } from '../../portal/http/client-ip.ts'
import type { Pool } from '../store/pool.ts'

/**
 * The log of every sign-in (issue 13, account page: "when, where from, which portal"):
 * one row per authorization the provider grants, a fresh login or a portal joining an
 * existing session. Append-only (lib/append-only.ts): triggers refuse UPDATE, DELETE and
 * TRUNCATE, so neither a bug nor a stolen session can rewrite the record.
 */
const DDL = `
  CREATE SCHEMA IF NOT EXISTS sso;
  CREATE TABLE IF NOT EXISTS sso.sign_ins (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    account_id text NOT NULL,
    client_id text NOT NULL,
    at timestamptz NOT NULL DEFAULT clock_timestamp(),
    ip text NOT NULL,
    user_agent text NOT NULL DEFAULT '',
    acr text,
    amr text[] NOT NULL DEFAULT '{}',
    fresh boolean NOT NULL
  );
  CREATE INDEX IF NOT EXISTS sign_ins_account_at ON sso.sign_ins (account_id, at DESC);
  ${appendOnlySql({ table: 'sso.sign_ins' })}`

const ready = new WeakMap<Pool, Promise<void>>()

/** Created by every replica on start, one at a time (an advisory lock, like store/schema.ts). */
export function ensureSignInLog(pool: Pool): Promise<void> {
  let done = ready.get(pool)
  if (!done) {
    done = pool
      .connect()
      .then(async (connection) => {
        try {
          await connection.query('BEGIN')
          await connection.query(`SELECT pg_advisory_xact_lock(hashtext('sso.sign_ins'))`)
          await connection.query(DDL)
          await connection.query('COMMIT')
        } catch (error) {
          await connection.query('ROLLBACK').catch(() => {})
          throw error
        } finally {
          connection.release()
        }
      })
      .catch((error) => {
        ready.delete(pool)
        throw error
      })
    ready.set(pool, done)
  }
  return done
}

export type SignIn = {
  accountId: string
  clientId: string
  ip: string
  userAgent: string
  acr: string | null
  amr: string[]
  /** A login with credentials just now, not a portal joining the session (SSO). */
  fresh: boolean
}

export async function recordSignIn(pool: Pool, signIn: SignIn): Promise<void> {
  await pool.query(
    `INSERT INTO sso.sign_ins (account_id, client_id, ip, user_agent, acr, amr, fresh)
     VALUES ($1, $2, $3, $4, $5, $6, $7)`,
    [
      signIn.accountId,
      signIn.clientId,
      signIn.ip,
      signIn.userAgent.slice(0, 512),
      signIn.acr,
      signIn.amr,
      signIn.fresh,
    ],
  )
}

export type SignInRow = Omit<SignIn, 'accountId'> & { at: Date }

export async function listSignIns(pool: Pool, accountId: string, limit = 50): Promise<SignInRow[]> {
  const { rows } = await pool.query<SignInRow>(
    `SELECT client_id AS "clientId", at, ip, user_agent AS "userAgent", acr, amr, fresh
     FROM sso.sign_ins WHERE account_id = $1 ORDER BY at DESC, id DESC LIMIT $2`,
    [accountId, limit],
  )
  return rows
}

/** A login within this many seconds of the authorization counts as fresh. */
const FRESH_SECONDS = 5

/**
 * Records each successful authorization (the provider's `authorization.success` event),
 * whichever portal asked. A failure to record is logged, never turned into a failed login.
 */
export function recordSignIns(provider: Provider, pool: Pool, payload: Payload, trustProxy: number): void {
  provider.on('authorization.success', function recordSignInEvent(ctx: KoaContextWithOIDC) {
    const { session, client } = ctx.oidc
    if (!session?.accountId || !client) return
    const authTime = session.authTime() ?? 0
    // The portal server appends the socket's peer to X-Forwarded-For (cms/server.ts); a bare mount has only the socket.
    const forwarded = ctx.get('x-forwarded-for') || ctx.req.socket.remoteAddress
    recordSignIn(pool, {
      accountId: String(session.accountId),
      clientId: client.clientId,
      ip: clientIp(forwarded, trustProxy),
      userAgent: ctx.get('user-agent'),
      acr: session.acr ?? null,
      amr: session.amr ?? [],
      fresh: Date.now() / 1000 - authTime <= FRESH_SECONDS,
    }).catch((error) => payload.logger.warn({ err: error, clientId: client.clientId }, 'sign-in not recorded'))
  })
}
