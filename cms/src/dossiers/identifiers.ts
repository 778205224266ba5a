/**
 * A dossier's public identifiers. The code is the architecture's `{agency}-{yymmdd}-{seq}`
 * (the one-stop-shop model: a four-digit sequence per agency that starts again each day);
 * the lookup secret that goes with it is derived from the code with the portal's key, so it
 * is never stored (a leaked table shows no secret) and a retried submission answers the
 * same one; the submitter's pairwise id names the citizen in the receipt without their
 * account id (OIDC Core 8.1, the portal as its own sector).
 */
import { createHmac, timingSafeEqual } from 'node:crypto'

import { deriveKey } from '../sso/store/keys.ts'
import { dayOf } from './working-days.ts'

/** `{agency}-{yymmdd}-`: the code's prefix for an agency on the day (Vietnam) of `at`. */
export function codePrefix(agencyCode: string, at: Date): string {
  const day = dayOf(at)
  return `${agencyCode}-${day.slice(2, 4)}${day.slice(5, 7)}${day.slice(8, 10)}-`
}

export function formatCode(prefix: string, sequence: number): string {
  return `${prefix}${String(sequence).padStart(4, '0')}`
}

/** A procedure's code as the national database writes them (1.001193, 2.000200): what a path or body may name. */
export const PROCEDURE_CODE = /^[0-9A-Za-z.]{3,40}$/

/** Codes as the portal writes them: what a tracking request may look up at all. */
export const CODE_PATTERN = /^[A-Za-z0-9.-]{1,40}-\d{6}-\d{4,6}$/

const SECRET_LENGTH = 12
const ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789'

/** A secret a citizen can read out on the phone: 12 characters, no 0/O or 1/I/L. */
export function lookupSecret(key: string, code: string): string {
  const digest = createHmac('sha256', deriveKey(key, 'dossier-lookup')).update(code).digest()
  return Array.from(digest.subarray(0, SECRET_LENGTH), (byte) => ALPHABET[byte % ALPHABET.length]).join('')
}

export function secretMatches(key: string, code: string, given: string): boolean {
  const expected = Buffer.from(lookupSecret(key, code))
  const actual = Buffer.from(given.trim().toUpperCase().replace(/[\s-]/g, ''))
  return actual.length === expected.length && timingSafeEqual(actual, expected)
}

/** The submitter as the receipt names them: stable per citizen, meaningless elsewhere. */
export function submitterId(key: string, citizenId: number | string): string {
  return createHmac('sha256', deriveKey(key, 'dossier-submitter')).update(String(citizenId)).digest('base64url')
}
