import type { Payload } from 'payload'

import type { Citizen } from '../../payload-types.ts'
import { findByLoginId, findCitizen } from '../accounts/citizens.ts'
import { type AssuranceLevel, meets } from '../assurance.ts'
import type { Pool } from '../store/pool.ts'
import type { EidIdentity } from './upstream.ts'

/**
 * The citizen account of a verified national e-ID identity: the one already linked to its
 * subject, else the account registered with the same citizen ID (now linked), else a new
 * account without a password. Identity is then "verified by the e-ID" and the account's
 * assurance level rises to what the e-ID gave (never falls).
 */
export class EidIdentityRefused extends Error {
  override name = 'EidIdentityRefused'
}

const text = (value: unknown) => (typeof value === 'string' && value.trim() ? value.trim() : undefined)

export async function linkEidAccount(payload: Payload, pool: Pool, identity: EidIdentity): Promise<Citizen> {
  const { rows } = await pool.query<{ account_id: string }>(
    'SELECT account_id FROM sso.eid_links WHERE issuer = $1 AND subject = $2',
    [identity.issuer, identity.subject],
  )
  const citizenId = text(identity.claims.citizen_id)
  let citizen = rows[0] ? await findCitizen(payload, rows[0].account_id) : null
  if (!citizen) {
    if (!citizenId || !/^\d{12}$/.test(citizenId)) throw new EidIdentityRefused('the e-ID sent no citizen ID')
    citizen = (await findByLoginId(payload, citizenId)) ?? (await createFromEid(payload, citizenId, identity))
    await pool.query(
      `INSERT INTO sso.eid_links (issuer, subject, account_id, level) VALUES ($1, $2, $3, $4)
       ON CONFLICT (issuer, subject) DO UPDATE SET account_id = excluded.account_id, level = excluded.level`,
      [identity.issuer, identity.subject, String(citizen.id), identity.level],
    )
  }
  const raise = !meets(citizen.assuranceLevel, identity.level)
  if (!raise && citizen.identityVerified === 'e-id') return citizen
  return payload.update({
    collection: 'citizens',
    id: citizen.id,
    data: { identityVerified: 'e-id', ...(raise ? { assuranceLevel: identity.level as AssuranceLevel } : {}) },
    depth: 0,
    overrideAccess: true,
  })
}

function createFromEid(payload: Payload, citizenId: string, identity: EidIdentity): Promise<Citizen> {
  const { claims } = identity
  const [fullName, birthDate, phone] = [text(claims.name), text(claims.birthdate), text(claims.phone_number)]
  if (!fullName || !birthDate || !phone) throw new EidIdentityRefused('the e-ID sent no name, birth date or phone')
  const gender = claims.gender === 'male' || claims.gender === 'female' ? claims.gender : undefined
  return payload.create({
    collection: 'citizens',
    data: {
      kind: 'citizen',
      loginId: citizenId,
      citizenId,
      fullName,
      birthDate,
      gender,
      // The account page asks for what the e-ID did not share; the address is unroutable until then.
      email: text(claims.email) ?? `${citizenId}@chua-co-thu.invalid`,
      phone,
      assuranceLevel: identity.level,
      identityVerified: 'e-id',
    },
    depth: 0,
    overrideAccess: true,
  })
}
