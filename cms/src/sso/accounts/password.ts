import { hash, verify } from '@node-rs/argon2'

/**
 * argon2id (RFC 9106) for citizens' passwords: 64 MiB and 3 passes (RFC 9106's second
 * recommended option, with one lane: a login must not take both cores). Issue 13 asks
 * 50-250 ms per verify on 2 cores: OWASP's 19 MiB / 2 passes took 17 ms here, too cheap
 * for a stolen hash; this cost took about 120 ms with a test suite running beside it
 * (`npm run bench -- --only sso` prints it).
 */
export const PASSWORD_COST = Object.freeze({ memoryCost: 65_536, timeCost: 3, parallelism: 1 })

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
