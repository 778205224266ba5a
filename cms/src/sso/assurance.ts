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
