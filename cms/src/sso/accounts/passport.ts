import { isNationality, VIETNAM } from './nationality.ts'

/**
 * A foreigner's identity for registration and login: the passport number as printed in the
 * machine readable zone (ICAO Doc 9303 part 4: up to 9 characters, letters and digits) and
 * the nationality as an ISO 3166-1 alpha-3 code (nationality.ts). Numbers are unique only
 * within the issuing state, so the pair is the identifier. Vietnamese nationals register
 * with their personal identification number instead.
 */
export type PassportProblem = 'passport_format' | 'nationality_unknown' | 'nationality_vietnamese'

const PASSPORT = /^[A-Z0-9]{6,9}$/

export function normalisePassport(passportNumber: string): string {
  return passportNumber.replace(/\s/g, '').toUpperCase()
}

/** The nationality's problem for a foreigner's passport, if any (each field is judged alone). */
export function nationalityProblem(nationality: string): PassportProblem | null {
  const country = nationality.trim().toUpperCase()
  if (country === VIETNAM) return 'nationality_vietnamese'
  return isNationality(country) ? null : 'nationality_unknown'
}

export function checkPassport(
  passportNumber: string,
  nationality: string,
): { ok: true; passportNumber: string; nationality: string } | { ok: false; problems: PassportProblem[] } {
  const number = normalisePassport(passportNumber)
  const country = nationality.trim().toUpperCase()
  const problems: PassportProblem[] = []
  if (!PASSPORT.test(number)) problems.push('passport_format')
  const nationalityIssue = nationalityProblem(country)
  if (nationalityIssue) problems.push(nationalityIssue)
  return problems.length ? { ok: false, problems } : { ok: true, passportNumber: number, nationality: country }
}
