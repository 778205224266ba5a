/**
 * The enterprise code, which is also its tax code (mã số doanh nghiệp = mã số thuế, Law on
 * Enterprises 59/2020/QH14 art. 29): 10 digits, the last a check digit, or 13 characters
 * for a dependent unit (the parent's 10 digits, '-', 3 digits). The check digit (General
 * Department of Taxation's rule; the team's reference shared/reference/identifiers.json):
 * N10 = 10 − (Σ Ni×Wi mod 11), W = 31 29 23 19 17 13 7 5 3. A remainder of 0 would need a
 * check digit of 10: no such code is issued, so it is refused.
 */
export type TaxCodeProblem = 'format' | 'check_digit'

const WEIGHTS = [31, 29, 23, 19, 17, 13, 7, 5, 3] as const
const FORMAT = /^(\d{10})(?:-(\d{3}))?$/

export function taxCheckDigit(first9: string): number | null {
  const sum = WEIGHTS.reduce((total, weight, i) => total + weight * Number(first9[i]), 0)
  const digit = 10 - (sum % 11)
  return digit === 10 ? null : digit
}

/** The code normalised (spaces and dots out), or the first rule it breaks. */
export function checkTaxCode(
  input: string,
): { ok: true; code: string; parent: string; branch: string | null } | { ok: false; problem: TaxCodeProblem } {
  const code = input.replace(/[\s.]/g, '')
  const match = FORMAT.exec(code)
  if (!match) return { ok: false, problem: 'format' }
  const parent = match[1] as string
  if (taxCheckDigit(parent.slice(0, 9)) !== Number(parent[9])) return { ok: false, problem: 'check_digit' }
  return { ok: true, code, parent, branch: match[2] ?? null }
}
