import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto'
import { calculateJwkThumbprint, exportJWK, generateKeyPair, type JWK } from 'jose'
import type { Pool } from './pool.ts'

import { ensureSsoSchema } from './schema.ts'

/**
 * The provider's signing keys: generated on first start, kept in sso.signing_keys sealed
 * with AES-256-GCM under a key derived from SSO_KEY_SECRET (a database dump alone signs
 * nothing). `npm run sso:rotate-keys` adds a key and retires the current one; a retired
 * key stays published (not used to sign) until every token it signed has expired.
 */
// RS256 is what every relying party verifies (OIDC Core 15.1); ES256 is what FAPI 2.0 clients use.
export const SIGNING_ALGS = ['RS256', 'ES256'] as const

/** Longer than the longest-lived signed token (ID tokens: 1 h; see provider ttl). */
export const RETIRED_KEY_PUBLISHED_SECONDS = 24 * 3600

/** A separate key per purpose from the one secret (RFC 5869). */
export function deriveKey(secret: string, purpose: string): Buffer {
  return Buffer.from(hkdfSync('sha256', secret, 'dichvucong-sso', purpose, 32))
}

/** AES-256-GCM under a key for `purpose` (signing keys, TOTP secrets) derived from the SSO secret. */
export function seal(secret: string, plaintext: string, purpose = 'signing-keys'): string {
  const iv = randomBytes(12)
  const cipher = createCipheriv('aes-256-gcm', deriveKey(secret, purpose), iv)
  const body = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()])
  return Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64url')
}

export function unseal(secret: string, sealed: string, purpose = 'signing-keys'): string {
  const raw = Buffer.from(sealed, 'base64url')
  const decipher = createDecipheriv('aes-256-gcm', deriveKey(secret, purpose), raw.subarray(0, 12))
  decipher.setAuthTag(raw.subarray(12, 28))
  return Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString('utf8')
}

async function newKey(alg: (typeof SIGNING_ALGS)[number]): Promise<JWK & { kid: string }> {
  const { privateKey } = await generateKeyPair(alg, { extractable: true, modulusLength: 2048 })
  const jwk = await exportJWK(privateKey)
  const kid = await calculateJwkThumbprint(jwk)
  return { ...jwk, kid, alg, use: 'sig' }
}

type Queryable = Pick<Pool, 'query'>

/** One new key per algorithm; returns their ids. */
async function insertKeys(db: Queryable, secret: string): Promise<string[]> {
  const kids: string[] = []
  for (const alg of SIGNING_ALGS) {
    const jwk = await newKey(alg)
    await db.query('INSERT INTO sso.signing_keys (kid, sealed) VALUES ($1, $2)', [
      jwk.kid,
      seal(secret, JSON.stringify(jwk)),
    ])
    kids.push(jwk.kid)
  }
  return kids
}

/**
 * The keys to publish, the signing one first (oidc-provider signs with the first key of
 * an algorithm). Creates the first key when there is none; replicas starting together
 * take turns on an advisory lock so only one creates it.
 */
export async function loadSigningKeys(pool: Pool, secret: string): Promise<JWK[]> {
  const connection = await pool.connect()
  try {
    await connection.query('BEGIN')
    await connection.query(`SELECT pg_advisory_xact_lock(hashtext('sso.signing_keys'))`)
    const { rowCount } = await connection.query('SELECT 1 FROM sso.signing_keys WHERE retired_at IS NULL')
    if (!rowCount) await insertKeys(connection, secret)
    const { rows } = await connection.query<{ sealed: string }>(
      `SELECT sealed FROM sso.signing_keys
       WHERE retired_at IS NULL OR retired_at > clock_timestamp() - make_interval(secs => $1)
       ORDER BY retired_at IS NULL DESC, created_at DESC`,
      [RETIRED_KEY_PUBLISHED_SECONDS],
    )
    await connection.query('COMMIT')
    return rows.map((row) => JSON.parse(unseal(secret, row.sealed)) as JWK)
  } catch (error) {
    await connection.query('ROLLBACK').catch(() => {})
    throw error
  } finally {
    connection.release()
  }
}

/** Adds new keys, retires the current ones, in one transaction. Replicas pick them up on restart. */
export async function rotateSigningKeys(pool: Pool, secret: string): Promise<{ added: string[]; retired: string[] }> {
  await ensureSsoSchema(pool)
  const connection = await pool.connect()
  try {
    await connection.query('BEGIN')
    await connection.query(`SELECT pg_advisory_xact_lock(hashtext('sso.signing_keys'))`)
    const { rows } = await connection.query<{ kid: string }>(
      'UPDATE sso.signing_keys SET retired_at = clock_timestamp() WHERE retired_at IS NULL RETURNING kid',
    )
    const added = await insertKeys(connection, secret)
    await connection.query('COMMIT')
    return { added, retired: rows.map((row) => row.kid) }
  } catch (error) {
    await connection.query('ROLLBACK').catch(() => {})
    throw error
  } finally {
    connection.release()
  }
}
