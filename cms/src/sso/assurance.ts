/**
 * Levels of assurance the provider asserts in `acr` (issue 13): loa2 a password, loa3 a
 * password and a one-time code, loa4 a passkey on a verified identity or the national
 * e-ID at its highest level. Ordered weakest first.
 */
export const ASSURANCE_LEVELS = ['loa2', 'loa3', 'loa4'] as const

export type AssuranceLevel = (typeof ASSURANCE_LEVELS)[number]

export function isAssuranceLevel(value: unknown): value is AssuranceLevel {
  return ASSURANCE_LEVELS.includes(value as AssuranceLevel)
}

/** Whether `held` is at least `wanted`. */
export function meets(held: AssuranceLevel, wanted: AssuranceLevel): boolean {
  return ASSURANCE_LEVELS.indexOf(held) >= ASSURANCE_LEVELS.indexOf(wanted)
}

/**
 * The level a request needs: the weakest level the relying party named in `acr_values`
 * (OIDC Core 3.1.2.1: any of them satisfies it), never below the client's minimum from its
 * CMS record. Unknown values are ignored; none known means the client's minimum.
 */
export function requiredLevel(acrValues: unknown, minimum: AssuranceLevel): AssuranceLevel {
  const asked = typeof acrValues === 'string' ? acrValues.split(' ').filter(isAssuranceLevel) : []
  const weakest = asked.sort((a, b) => ASSURANCE_LEVELS.indexOf(a) - ASSURANCE_LEVELS.indexOf(b))[0]
  return weakest && meets(weakest, minimum) ? weakest : minimum
}

/** What the session holds; a session from before levels existed, or with an unknown acr, holds nothing. */
export function heldLevel(acr: unknown): AssuranceLevel | null {
  return isAssuranceLevel(acr) ? acr : null
}
