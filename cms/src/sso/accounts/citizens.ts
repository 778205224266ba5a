import type { Payload } from 'payload'

import type { Citizen } from '../../payload-types.ts'
import { decoyHash, hashPassword, verifyPassword } from './password.ts'

/**
 * Citizens' accounts through Payload's Local API (access is the SSO's own business here:
 * the collection refuses every write through the API). The provider's account id (`sub`
 * before pairwise hashing) is the record's id.
 */
export type NewCitizen = Pick<Citizen, 'citizenId' | 'fullName' | 'birthDate' | 'email' | 'phone'> & {
  gender: 'male' | 'female'
}

export async function findCitizen(payload: Payload, id: string): Promise<Citizen | null> {
  const found = await payload.find({
    collection: 'citizens',
    where: { id: { equals: id } },
    limit: 1,
    depth: 0,
    pagination: false,
  })
  return found.docs[0] ?? null
}

async function byCitizenId(payload: Payload, citizenId: string): Promise<(Citizen & { passwordHash?: string }) | null> {
  const found = await payload.find({
    collection: 'citizens',
    where: { citizenId: { equals: citizenId } },
    limit: 1,
    depth: 0,
    pagination: false,
    // The hash is readable by no one through the API; the SSO reads it with access off.
    overrideAccess: true,
    showHiddenFields: true,
  })
  return (found.docs[0] as (Citizen & { passwordHash?: string }) | undefined) ?? null
}

export async function citizenIdTaken(payload: Payload, citizenId: string): Promise<boolean> {
  return (await byCitizenId(payload, citizenId)) !== null
}

export async function createCitizen(payload: Payload, data: NewCitizen, password: string): Promise<Citizen> {
  const passwordHash = await hashPassword(password)
  return payload.create({
    collection: 'citizens',
    data: { ...data, assuranceLevel: 'loa2', identityVerified: 'registry', passwordHash },
    depth: 0,
    overrideAccess: true,
  })
}

/** The account when the password is right; as slow for an unknown ID as for a wrong password. */
export async function authenticate(payload: Payload, citizenId: string, password: string): Promise<Citizen | null> {
  const citizen = await byCitizenId(payload, citizenId)
  const stored = citizen?.passwordHash ?? (await decoyHash())
  const ok = await verifyPassword(stored, password)
  return ok && citizen ? citizen : null
}
