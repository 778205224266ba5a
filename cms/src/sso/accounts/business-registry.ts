import type { Representative } from './business-registration.ts'
import { sameName } from './registry.ts'
import { askRegistry } from './registry-http.ts'
import { SYNTHETIC_BUSINESSES, type SyntheticBusiness } from './synthetic-businesses.ts'

/**
 * The national business registration database (CSDL quốc gia về đăng ký doanh nghiệp)
 * answers whether an enterprise with this code and name exists and whether this person is
 * one of its legal representatives. Production calls it over HTTP
 * (SSO_BUSINESS_REGISTRY_URL: POST {url}/match, registry-http.ts); development and tests
 * use a registry of labelled synthetic enterprises.
 */
export type BusinessClaim = {
  enterpriseCode: string
  businessName: string
  representativeName: string
  representative: Representative
}

/** unknown: no such code; mismatch: the name differs; not_representative: the person is not one of its legal representatives. */
export type BusinessAnswer = 'match' | 'mismatch' | 'unknown' | 'not_representative'

const ANSWERS: readonly BusinessAnswer[] = ['match', 'mismatch', 'unknown', 'not_representative']

export type BusinessRegistry = {
  readonly kind: 'http' | 'synthetic'
  match(claim: BusinessClaim): Promise<BusinessAnswer>
}

function samePerson(a: Representative, b: Representative): boolean {
  if ('citizenId' in a) return 'citizenId' in b && a.citizenId === b.citizenId
  return 'passportNumber' in b && a.passportNumber === b.passportNumber && a.nationality === b.nationality
}

export function syntheticBusinessRegistry(
  businesses: readonly SyntheticBusiness[] = SYNTHETIC_BUSINESSES,
): BusinessRegistry {
  const byCode = new Map(businesses.map((business) => [business.enterpriseCode, business]))
  return {
    kind: 'synthetic',
    async match(claim) {
      const business = byCode.get(claim.enterpriseCode)
      if (!business) return 'unknown'
      if (!sameName(business.businessName, claim.businessName)) return 'mismatch'
      const person = business.representatives.find((one) => samePerson(one, claim.representative))
      return person && sameName(person.fullName, claim.representativeName) ? 'match' : 'not_representative'
    },
  }
}

export function httpBusinessRegistry(url: string, fetchImpl: typeof fetch = fetch): BusinessRegistry {
  return { kind: 'http', match: (claim) => askRegistry(url, 'match', claim, ANSWERS, fetchImpl) }
}
