/**
 * The receipt (biên nhận điện tử): a compact JWS the portal signs over the dossier code, the
 * procedure, the submitter's pairwise id, the files' sha256 and the time (contract
 * `ReceiptClaims`). Signed with the SSO's current ES256 key; checked against every key the
 * SSO has ever had (a rotation retires a key for signing, not for old receipts), so a
 * receipt printed years ago still verifies.
 */
import { compactVerify, decodeProtectedHeader, importJWK, type JWK, type JWTPayload, SignJWT } from 'jose'
import { freshFor } from '../lib/fresh.ts'
import { unseal } from '../sso/store/keys.ts'
import type { Pool } from '../sso/store/pool.ts'
import type { ReceiptClaims } from './contract.ts'

const keys = freshFor<JWK[]>(5 * 60 * 1000)

/** Every key the SSO has had, read at most every five minutes (a submission asks before its transaction). */
export async function receiptKeys(pool: Pool, secret: string): Promise<JWK[]> {
  return keys.get(() =>
    pool
      .query<{ sealed: string }>(
        'SELECT sealed FROM sso.signing_keys ORDER BY retired_at IS NULL DESC, created_at DESC',
      )
      .then(({ rows }) => rows.map((row) => JSON.parse(unseal(secret, row.sealed)) as JWK)),
  )
}

export async function signReceipt(
  pool: Pool,
  secret: string,
  claims: Omit<ReceiptClaims, 'iat'> & { iat: number },
): Promise<string> {
  const keys = await receiptKeys(pool, secret)
  const jwk = keys.find((key) => key.kty === 'EC' && key.d) ?? keys.find((key) => key.d)
  if (!jwk) throw new Error('no SSO signing key: the portal server creates one at start')
  const alg = jwk.kty === 'EC' ? 'ES256' : 'RS256'
  const { iat, ...rest } = claims
  return new SignJWT(rest as unknown as JWTPayload)
    .setProtectedHeader({ alg, kid: jwk.kid, typ: 'dvc-receipt+jwt' })
    .setIssuedAt(iat)
    .sign(await importJWK(jwk, alg))
}

export type Verified = { ok: true; claims: ReceiptClaims } | { ok: false; reason: 'signature' | 'issuer' }

/** Null when `receipt` is not a compact JWS at all (the caller answers 400). */
export async function verifyReceipt(
  pool: Pool,
  secret: string,
  receipt: string,
  issuer: string,
): Promise<Verified | null> {
  if (!/^[\w-]+\.[\w-]+\.[\w-]+$/.test(receipt) || receipt.length > 8000) return null
  let kid: string | undefined
  try {
    kid = decodeProtectedHeader(receipt).kid
  } catch {
    return null
  }
  const jwk = (await receiptKeys(pool, secret)).find((key) => key.kid === kid)
  if (!jwk) return { ok: false, reason: 'signature' }
  const alg = jwk.kty === 'EC' ? 'ES256' : 'RS256'
  const { d: _d, p: _p, q: _q, dp: _dp, dq: _dq, qi: _qi, ...publicJwk } = jwk
  try {
    const { payload } = await compactVerify(receipt, await importJWK(publicJwk, alg), { algorithms: [alg] })
    const claims = JSON.parse(new TextDecoder().decode(payload)) as ReceiptClaims
    return claims.iss === issuer ? { ok: true, claims } : { ok: false, reason: 'issuer' }
  } catch {
    return { ok: false, reason: 'signature' }
  }
}
