/**
 * The citizen behind a portal API request: the SSO access token (RFC 6750 bearer) looked up
 * where the provider keeps it (sso.oidc_models, the provider's own adapter), with the level
 * of assurance of the login it came from (the session's acr). The API runs in Next's
 * bundle, apart from the provider (server.ts), so it reads the store, not the provider.
 * A DPoP-bound token (RFC 9449) is refused here: its proof is checked by the provider only.
 */
import { ASSURANCE_LEVELS, type AssuranceLevel, isAssuranceLevel } from '../sso/assurance.ts'
import { PostgresAdapter } from '../sso/store/adapter.ts'
import type { Pool } from '../sso/store/pool.ts'

export type CitizenToken = { citizenId: number; acr: AssuranceLevel; clientId: string }

const BEARER = /^Bearer ([A-Za-z0-9._~+/-]{20,200}=*)$/

/** The citizen of a valid bearer token, or null (absent, malformed, expired, revoked, DPoP-bound). */
export async function citizenOfRequest(pool: Pool, authorization: string | null): Promise<CitizenToken | null> {
  const match = BEARER.exec(authorization ?? '')
  if (!match?.[1]) return null
  const token = await new PostgresAdapter('AccessToken', pool).find(match[1])
  if (!token || token.consumed) return null
  const expires = Number(token.exp ?? 0) * 1000
  if (!(expires > Date.now()) || token.jkt || token['x5t#S256']) return null
  const citizenId = Number(token.accountId)
  if (!Number.isSafeInteger(citizenId) || citizenId <= 0) return null
  const session = token.sessionUid
    ? await new PostgresAdapter('Session', pool).findByUid(String(token.sessionUid))
    : undefined
  // A token outlives neither its session's logout (expiresWithSession) nor a level it never had.
  if (token.expiresWithSession && !session) return null
  const acr = isAssuranceLevel(session?.acr) ? session.acr : ASSURANCE_LEVELS[0]
  return { citizenId, acr, clientId: String(token.clientId ?? '') }
}
