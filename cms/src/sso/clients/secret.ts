import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto'

import { deriveKey } from '../store/keys.ts'

/**
 * A relying party's client secret is shown once and never stored: the database keeps a
 * random salt and a SHA-256 of the secret. The secret itself is HMAC(key, client id + salt)
 * with a key derived from SSO_KEY_SECRET, so the provider can recompute it to check
 * client_secret_basic (oidc-provider compares plaintexts) while a copy of the database alone
 * reveals no secret. A new salt is a new secret; the old one stops working at once.
 */
export type IssuedSecret = { salt: string; hash: string; secret: string }

export function clientSecret(ssoSecret: string, clientId: string, salt: string): string {
  return createHmac('sha256', deriveKey(ssoSecret, 'client-secrets')).update(`${clientId}\n${salt}`).digest('base64url')
}

export function secretHash(secret: string): string {
  return createHash('sha256').update(secret).digest('base64url')
}

export function issueSecret(ssoSecret: string, clientId: string): IssuedSecret {
  const salt = randomBytes(16).toString('base64url')
  const secret = clientSecret(ssoSecret, clientId, salt)
  return { salt, secret, hash: secretHash(secret) }
}

/** The secret this record's salt gives, only if it still matches the stored hash (a changed key gives none). */
export function currentSecret(ssoSecret: string, clientId: string, salt: string, hash: string): string | undefined {
  const secret = clientSecret(ssoSecret, clientId, salt)
  const a = Buffer.from(secretHash(secret))
  const b = Buffer.from(hash)
  return a.length === b.length && timingSafeEqual(a, b) ? secret : undefined
}
