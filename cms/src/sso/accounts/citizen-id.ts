import { PROVINCE_CODES } from './province-codes.ts'

/**
 * The 12-digit personal identification number (Law on Identity 26/2023/QH15 art. 12;
 * Circular 07/2016/TT-BCA art. 7): 3 digits of the province where the birth was
 * registered, 1 digit of century and gender, 2 last digits of the birth year, 6 random
 * digits. There is no check digit. The team's reference: shared/reference/identifiers.json.
 */
export type CitizenIdProblem = 'format' | 'province' | 'century' | 'year'

export type CitizenIdFacts = { province: string; gender: 'male' | 'female'; century: number }

const FORMAT = /^\d{12}$/

/**
 * The rules that need no birth date (a business's representative gives the number alone):
 * twelve digits and a province code; null when both hold.
 */
export function citizenIdShapeProblem(id: string): 'format' | 'province' | null {
  if (!FORMAT.test(id)) return 'format'
  return PROVINCE_CODES.has(id.slice(0, 3)) ? null : 'province'
}

/** What the number says, or the first rule it breaks, checked against the birth date (YYYY-MM-DD). */
export function checkCitizenId(
  id: string,
  birthDate: string,
): { ok: true; facts: CitizenIdFacts } | { ok: false; problem: CitizenIdProblem } {
  const shape = citizenIdShapeProblem(id)
  if (shape) return { ok: false, problem: shape }
  const province = PROVINCE_CODES.get(id.slice(0, 3)) as string
  const digit = Number(id[3])
  // 0/1: 1900s, 2/3: 2000s, ... even digits men, odd women.
  const century = 1900 + Math.floor(digit / 2) * 100
  const year = Number(birthDate.slice(0, 4))
  if (!Number.isInteger(year) || year < century || year >= century + 100) return { ok: false, problem: 'century' }
  if (id.slice(4, 6) !== String(year % 100).padStart(2, '0')) return { ok: false, problem: 'year' }
  return { ok: true, facts: { province, gender: digit % 2 === 0 ? 'male' : 'female', century } }
}
