/**
 * A foreigner's identity for registration: the passport number as printed in the machine
 * readable zone (ICAO Doc 9303 part 4: up to 9 characters, letters and digits) and the
 * nationality as an ISO 3166-1 alpha-2 code. Vietnamese nationals register with their
 * personal identification number instead.
 */
export type PassportProblem = 'passport_format' | 'nationality_unknown' | 'nationality_vietnamese'

const PASSPORT = /^[A-Z0-9]{6,9}$/

// Intl (CLDR) names every assigned region code; an unknown one comes back unchanged.
const regions = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'code' })
// CLDR also names groupings and the unknown region, which are no nationality.
const NOT_COUNTRIES = new Set(['ZZ', 'EU', 'EZ', 'UN', 'QO'])

export function isRegionCode(code: string): boolean {
  return /^[A-Z]{2}$/.test(code) && !NOT_COUNTRIES.has(code) && regions.of(code) !== code
}

export function checkPassport(
  passportNumber: string,
  nationality: string,
): { ok: true; passportNumber: string; nationality: string } | { ok: false; problems: PassportProblem[] } {
  const number = passportNumber.replace(/\s/g, '').toUpperCase()
  const country = nationality.trim().toUpperCase()
  const problems: PassportProblem[] = []
  if (!PASSPORT.test(number)) problems.push('passport_format')
  if (country === 'VN') problems.push('nationality_vietnamese')
  else if (!isRegionCode(country)) problems.push('nationality_unknown')
  return problems.length ? { ok: false, problems } : { ok: true, passportNumber: number, nationality: country }
}
