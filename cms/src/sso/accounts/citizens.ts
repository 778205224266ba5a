import { type Payload, ValidationError, type Where } from 'payload'

import type { Citizen } from '../../payload-types.ts'
import { loginIdOf } from './login-id.ts'
import { decoyHash, hashPassword, verifyPassword } from './password.ts'

/**
 * Accounts (citizens', foreigners', businesses' representatives': kinds.ts) through
 * Payload's Local API (access is the SSO's own business here: the collection refuses every
 * write through the API). The provider's account id (`sub` before pairwise hashing) is the
 * record's id; an account logs in with its `loginId` (login-id.ts).
 */
export type NewAccount = Pick<Citizen, 'kind' | 'fullName' | 'email' | 'phone'> &
  Partial<
    Pick<
      Citizen,
      'citizenId' | 'passportNumber' | 'nationality' | 'enterpriseCode' | 'businessName' | 'birthDate' | 'gender'
    >
  >

/** Another registration took the same login key first (the unique index said so). */
export class AccountTaken extends Error {
  override name = 'AccountTaken'
}

type Hashed = Citizen & { passwordHash?: string }

/** One account, read with access off (only the SSO calls this); the password hash only when asked. */
async function findOne(payload: Payload, where: Where, withHash = false): Promise<Hashed | null> {
  const found = await payload.find({
    collection: 'citizens',
    where,
    limit: 1,
    depth: 0,
    pagination: false,
    overrideAccess: true,
    // The hash is readable by no one through the API; the SSO reads it with access off.
    showHiddenFields: withHash,
  })
  return (found.docs[0] as Hashed | undefined) ?? null
}

/** The account with this id (the provider's account id). */
export function findCitizen(payload: Payload, id: string | number): Promise<Citizen | null> {
  return findOne(payload, { id: { equals: id } })
}

/** The account that logs in with this key (accounts/login-id.ts): a citizen's is their number. */
export function findByLoginId(payload: Payload, loginId: string): Promise<Citizen | null> {
  return findOne(payload, { loginId: { equals: loginId } })
}

const byLoginId = (payload: Payload, loginId: string) => findOne(payload, { loginId: { equals: loginId } }, true)

export async function loginIdTaken(payload: Payload, loginId: string): Promise<boolean> {
  return (await byLoginId(payload, loginId)) !== null
}

/**
 * The new account, `identityVerified` by the registry that matched it. One row in one
 * transaction: a registration either exists whole or not at all, and the unique login key
 * turns a race between two registrations of the same person into AccountTaken, not a 500.
 */
export async function createAccount(
  payload: Payload,
  data: NewAccount,
  password: string,
  identityVerified: Citizen['identityVerified'],
): Promise<Citizen> {
  const passwordHash = await hashPassword(password)
  const transactionID = (await payload.db.beginTransaction()) ?? undefined
  try {
    const created = await payload.create({
      collection: 'citizens',
      data: { ...data, loginId: loginIdOf(data) ?? '', assuranceLevel: 'loa2', identityVerified, passwordHash },
      depth: 0,
      overrideAccess: true,
      req: { transactionID },
    })
    if (transactionID !== undefined) await payload.db.commitTransaction(transactionID)
    return created
  } catch (error) {
    if (transactionID !== undefined) await payload.db.rollbackTransaction(transactionID)
    const unique =
      error instanceof ValidationError && error.data.errors.some((e) => e.path === 'loginId' || e.path === 'login_id')
    throw unique ? new AccountTaken('login key taken', { cause: error }) : error
  }
}

/** The account when the password is right; as slow for an unknown login key as for a wrong password. */
export async function authenticate(payload: Payload, loginId: string, password: string): Promise<Citizen | null> {
  const citizen = await byLoginId(payload, loginId)
  const stored = citizen?.passwordHash ?? (await decoyHash())
  const ok = await verifyPassword(stored, password)
  return ok && citizen ? citizen : null
}
