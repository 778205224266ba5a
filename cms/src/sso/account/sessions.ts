import type Provider from 'oidc-provider'
import type { Payload } from 'payload'
import type { Pool } from '../store/pool.ts'

/**
 * A citizen's live provider sessions (one per browser) and grants (one per portal they
 * allowed), read from the provider's store (store/adapter.ts keeps the library's payloads
 * as jsonb), and "log out everywhere".
 */
export type ActiveSession = {
  /** The session's id: the current browser's is marked on the page. */
  uid: string
  loginAt: Date
  acr: string | null
  amr: string[]
  /** Portals signed in through this session. */
  clientIds: string[]
}

type SessionPayload = {
  uid: string
  jti: string
  accountId?: string
  loginTs?: number
  acr?: string
  amr?: string[]
  authorizations?: Record<string, { sid?: string; grantId?: string }>
}

const LIVE = '(expires_at IS NULL OR expires_at > clock_timestamp())'

async function sessionPayloads(pool: Pool, accountId: string): Promise<SessionPayload[]> {
  const { rows } = await pool.query<{ payload: SessionPayload }>(
    `SELECT payload FROM sso.oidc_models WHERE model = 'Session' AND payload->>'accountId' = $1 AND ${LIVE}
     ORDER BY (payload->>'loginTs')::bigint DESC NULLS LAST`,
    [accountId],
  )
  return rows.map((row) => row.payload)
}

export async function activeSessions(pool: Pool, accountId: string): Promise<ActiveSession[]> {
  return (await sessionPayloads(pool, accountId)).map((session) => ({
    uid: session.uid,
    loginAt: new Date((session.loginTs ?? 0) * 1000),
    acr: session.acr ?? null,
    amr: session.amr ?? [],
    clientIds: Object.keys(session.authorizations ?? {}),
  }))
}

/** The portals the citizen has allowed (live grants), one entry per portal. */
export async function connectedClients(pool: Pool, accountId: string): Promise<string[]> {
  const { rows } = await pool.query<{ client_id: string }>(
    `SELECT DISTINCT payload->>'clientId' AS client_id FROM sso.oidc_models
     WHERE model = 'Grant' AND payload->>'accountId' = $1 AND ${LIVE} ORDER BY 1`,
    [accountId],
  )
  return rows.map((row) => row.client_id)
}

/**
 * Ends every session of the account and revokes every grant (with them their access and
 * refresh tokens), then tells each portal that registered a back-channel logout URI, for
 * each session it was part of (OpenID Connect Back-Channel Logout 1.0, 2.5). A portal that
 * cannot be reached is logged: its tokens are revoked already.
 */
export async function logOutEverywhere(provider: Provider, pool: Pool, payload: Payload, accountId: string) {
  const sessions = await sessionPayloads(pool, accountId)
  const { rows: grants } = await pool.query<{ id: string }>(
    `SELECT id FROM sso.oidc_models WHERE model = 'Grant' AND payload->>'accountId' = $1`,
    [accountId],
  )
  await pool.query(
    `DELETE FROM sso.oidc_models WHERE (model IN ('Session', 'Grant') AND payload->>'accountId' = $1)
       OR grant_id = ANY($2::text[])`,
    [accountId, grants.map((grant) => grant.id)],
  )
  const notices = sessions.flatMap((session) =>
    Object.entries(session.authorizations ?? {}).map(async ([clientId, { sid }]) => {
      // The library's Client has backchannelLogout (lib/models/client.js); its types do not say so.
      const client = (await provider.Client.find(clientId)) as
        | { backchannelLogoutUri?: string; backchannelLogout(sub: string, sid: string): Promise<void> }
        | undefined
      if (!client?.backchannelLogoutUri || !sid) return
      await client
        .backchannelLogout(accountId, sid)
        .catch((error: unknown) => payload.logger.warn({ err: error, clientId }, 'back-channel logout not delivered'))
    }),
  )
  await Promise.all(notices)
  return { sessions: sessions.length, grants: grants.length }
}
