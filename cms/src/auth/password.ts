import { pbkdf2, randomBytes, timingSafeEqual } from 'node:crypto'
import { promisify } from 'node:util'

const derive = promisify(pbkdf2)

/**
 * Payload's password hashes (payload/dist/auth/strategies/local/generatePasswordSaltHash.js):
 * `pbkdf2-sha256-v1:` + 32 bytes of PBKDF2-SHA256 over 600,000 iterations; older hashes are
 * 512 bytes over 25,000 and carry no prefix.
 */
const CURRENT = { prefix: 'pbkdf2-sha256-v1:', iterations: 600_000, keyLength: 32 }
const LEGACY = { iterations: 25_000, keyLength: 512 }

/** A salt and hash no password matches, to spend on unknown accounts the time a real check takes. */
const DUMMY = { salt: randomBytes(32).toString('hex'), hash: `${CURRENT.prefix}${'0'.repeat(64)}` }

type Stored = { hash?: unknown; salt?: unknown } | null | undefined

/**
 * Does `password` match the account's stored hash? An unknown account (null) runs the same
 * derivation against a dummy hash, so the answer takes as long whether or not the account
 * exists (issue 12 case 6: 75-80 ms against 7-16 ms told them apart).
 */
export async function passwordMatches(account: Stored, password: string): Promise<boolean> {
  const real = typeof account?.hash === 'string' && typeof account?.salt === 'string'
  const { hash, salt } = real ? (account as { hash: string; salt: string }) : DUMMY
  const current = hash.startsWith(CURRENT.prefix)
  const { iterations, keyLength } = current ? CURRENT : LEGACY
  const stored = Buffer.from(current ? hash.slice(CURRENT.prefix.length) : hash, 'hex')
  const derived = await derive(password, salt, iterations, keyLength, 'sha256')
  return real && derived.length === stored.length && timingSafeEqual(derived, stored)
}
