import { SYNTHETIC_PEOPLE } from './synthetic-people.ts'

/**
 * The national population database (CSDL quốc gia về dân cư) answers whether a person
 * with this number, name and birth date exists. Production calls it over HTTP
 * (SSO_REGISTRY_URL); development and tests use a registry of labelled synthetic people.
 */
export type PersonClaim = { citizenId: string; fullName: string; birthDate: string }

export type RegistryAnswer = 'match' | 'mismatch' | 'unknown'

export type PopulationRegistry = {
  readonly kind: 'http' | 'synthetic'
  match(person: PersonClaim): Promise<RegistryAnswer>
}

/** Names compare whatever the case, spacing and Unicode form the citizen typed. */
export function sameName(a: string, b: string): boolean {
  const norm = (name: string) => name.normalize('NFC').trim().replace(/\s+/g, ' ').toLocaleLowerCase('vi')
  return norm(a) === norm(b)
}

export function syntheticRegistry(people = SYNTHETIC_PEOPLE): PopulationRegistry {
  const byId = new Map(people.map((person) => [person.citizenId, person]))
  return {
    kind: 'synthetic',
    async match(claim) {
      const person = byId.get(claim.citizenId)
      if (!person) return 'unknown'
      return sameName(person.fullName, claim.fullName) && person.birthDate === claim.birthDate ? 'match' : 'mismatch'
    },
  }
}

/**
 * The production interface: POST {url}/match with the claim as JSON, answered
 * `{ "result": "match" | "mismatch" | "unknown" }`. A registry that cannot answer makes
 * the registration fail with a retry message (the caller turns the throw into a page).
 */
export function httpRegistry(url: string, fetchImpl: typeof fetch = fetch): PopulationRegistry {
  return {
    kind: 'http',
    async match(claim) {
      const response = await fetchImpl(new URL('match', url.endsWith('/') ? url : `${url}/`), {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/json' },
        body: JSON.stringify(claim),
        signal: AbortSignal.timeout(10_000),
      })
      if (!response.ok) throw new Error(`population registry answered ${response.status}`)
      const body = (await response.json()) as { result?: unknown }
      if (body.result === 'match' || body.result === 'mismatch' || body.result === 'unknown') return body.result
      throw new Error('population registry answered without a result')
    },
  }
}
