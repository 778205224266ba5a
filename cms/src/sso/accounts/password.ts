import { hash, verify } from '@node-rs/argon2'

/**
 * argon2id (RFC 9106) for citizens' passwords. The cost is OWASP's second configuration
 * (19 MiB, 2 passes, 1 lane): measured by `npm run bench` to stay within the issue's
 * 50-250 ms per login on 2 cores, so a burst of logins cannot starve the portal.
 */
export const PASSWORD_COST = Object.freeze({ memoryCost: 19_456, timeCost: 2, parallelism: 1 })

export const PASSWORD_MIN_LENGTH = 10

// @node-rs/argon2's Algorithm is a const enum (unusable with verbatimModuleSyntax): 2 is Argon2id.
const ARGON2ID = 2

export function hashPassword(password: string): Promise<string> {
  return hash(password, { algorithm: ARGON2ID, ...PASSWORD_COST })
}

export async function verifyPassword(stored: string, password: string): Promise<boolean> {
  try {
    return await verify(stored, password)
  } catch {
    // A malformed stored hash is no match, never a crash of the login page.
    return false
  }
}

/**
 * A hash to verify against when the account does not exist, so that a wrong citizen ID
 * takes as long as a wrong password and does not reveal who has an account.
 */
let decoy: Promise<string> | undefined
export function decoyHash(): Promise<string> {
  decoy ??= hashPassword('decoy password never matched')
  return decoy
}
