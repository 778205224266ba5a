import { askRegistry } from './registry-http.ts'
import { SYNTHETIC_FOREIGN_RESIDENTS, type SyntheticForeignResident } from './synthetic-foreigners.ts'
import { SYNTHETIC_PEOPLE } from './synthetic-people.ts'

/**
 * The national population database (CSDL quốc gia về dân cư) answers whether a person
 * with this number, name and birth date exists; for a foreigner, whether a foreign
 * resident with this passport, nationality, name and birth date exists (foreigners get
 * e-ID accounts from the immigration records, Decree 69/2024/NĐ-CP; the registry gateway
 * answers for both). Production calls it over HTTP (SSO_REGISTRY_URL); development and
 * tests use a registry of labelled synthetic people.
 */
export type PersonClaim = { citizenId: string; fullName: string; birthDate: string }

export type ForeignerClaim = { passportNumber: string; nationality: string; fullName: string; birthDate: string }

export type RegistryAnswer = 'match' | 'mismatch' | 'unknown'

const ANSWERS: readonly RegistryAnswer[] = ['match', 'mismatch', 'unknown']

export type PopulationRegistry = {
  readonly kind: 'http' | 'synthetic'
  match(person: PersonClaim): Promise<RegistryAnswer>
  matchForeigner(person: ForeignerClaim): Promise<RegistryAnswer>
}

/** Names compare whatever the case, spacing and Unicode form the person typed. */
export function sameName(a: string, b: string): boolean {
  const norm = (name: string) => name.normalize('NFC').trim().replace(/\s+/g, ' ').toLocaleLowerCase('vi')
  return norm(a) === norm(b)
}

const passportKey = (person: { nationality: string; passportNumber: string }) =>
  `${person.nationality}/${person.passportNumber}`

export function syntheticRegistry(
  people = SYNTHETIC_PEOPLE,
  foreigners: readonly SyntheticForeignResident[] = SYNTHETIC_FOREIGN_RESIDENTS,
): PopulationRegistry {
  const byId = new Map(people.map((person) => [person.citizenId, person]))
  const byPassport = new Map(foreigners.map((person) => [passportKey(person), person]))
  const answer = (found: { fullName: string; birthDate: string } | undefined, claim: PersonClaim | ForeignerClaim) => {
    if (!found) return 'unknown'
    return sameName(found.fullName, claim.fullName) && found.birthDate === claim.birthDate ? 'match' : 'mismatch'
  }
  return {
    kind: 'synthetic',
    async match(claim) {
      return answer(byId.get(claim.citizenId), claim)
    },
    async matchForeigner(claim) {
      return answer(byPassport.get(passportKey(claim)), claim)
    },
  }
}

/** The production interface: POST {url}/match and {url}/match-foreigner (registry-http.ts). */
export function httpRegistry(url: string, fetchImpl: typeof fetch = fetch): PopulationRegistry {
  return {
    kind: 'http',
    match: (claim) => askRegistry(url, 'match', claim, ANSWERS, fetchImpl),
    matchForeigner: (claim) => askRegistry(url, 'match-foreigner', claim, ANSWERS, fetchImpl),
  }
}
