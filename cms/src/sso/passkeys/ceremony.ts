import {
  type AuthenticationResponseJSON,
  generateAuthenticationOptions,
  generateRegistrationOptions,
  type PublicKeyCredentialCreationOptionsJSON,
  type PublicKeyCredentialRequestOptionsJSON,
  type RegistrationResponseJSON,
  verifyAuthenticationResponse,
  verifyRegistrationResponse,
} from '@simplewebauthn/server'

import type { Citizen } from '../../payload-types.ts'
import type { AssuranceLevel } from '../assurance.ts'
import type { Pool } from '../store/pool.ts'
import {
  addPasskey,
  CHALLENGE_TTL_SECONDS,
  type ChallengeBinding,
  findPasskey,
  listPasskeys,
  type Passkey,
  recordUse,
  storeChallenge,
  takeChallenge,
} from './store.ts'

/**
 * The WebAuthn ceremonies (@simplewebauthn/server) of the portal's provider. The relying
 * party is the issuer's host: its origin is the only one accepted, so a response made for
 * another site (a phishing copy of the login page) is refused. User verification (PIN or
 * biometrics on the authenticator) is required: with possession of the key it makes the
 * passkey two factors on its own.
 */
export type RelyingParty = { id: string; origin: string; name: string }

export function relyingPartyOf(issuer: string): RelyingParty {
  const url = new URL(issuer)
  return { id: url.hostname, origin: url.origin, name: 'Cổng Dịch vụ công quốc gia' }
}

/** Identities proved against a national source: registry match at registration, or the national e-ID. */
const VERIFIED_IDENTITIES: ReadonlySet<string> = new Set(['registry', 'e-id'])

export function hasVerifiedIdentity(citizen: Pick<Citizen, 'identityVerified'>): boolean {
  return VERIFIED_IDENTITIES.has(citizen.identityVerified)
}

/** Issue 13: loa4 is a passkey on a verified identity; on any other it is still two factors (loa3). */
export function passkeyLevel(citizen: Pick<Citizen, 'identityVerified'>): AssuranceLevel {
  return hasVerifiedIdentity(citizen) ? 'loa4' : 'loa3'
}

/**
 * RFC 8176 `amr`: `hwk` for a key bound to its device, `swk` for a synced passkey (its
 * backup flag set: the key is copied between the citizen's devices by their provider).
 */
export function passkeyAmr(deviceBound: boolean): string[] {
  return [deviceBound ? 'hwk' : 'swk']
}

/** A refused ceremony; `reason` names which check failed (logged, and asserted by tests). */
export class PasskeyRefused extends Error {
  override name = 'PasskeyRefused'
  readonly reason: 'malformed' | 'challenge' | 'unknown_credential' | 'other_account' | 'verification' | 'duplicate'
  constructor(reason: PasskeyRefused['reason'], options?: { cause?: unknown }) {
    super(`passkey refused: ${reason}`, options)
    this.reason = reason
  }
}

const TIMEOUT_MS = CHALLENGE_TTL_SECONDS * 1000
const descriptor = (passkey: Passkey) => ({ id: passkey.credentialId, transports: passkey.transports })

export async function registrationOptions(
  pool: Pool,
  rp: RelyingParty,
  citizen: Pick<Citizen, 'id' | 'loginId' | 'fullName'>,
  sessionUid: string,
): Promise<PublicKeyCredentialCreationOptionsJSON> {
  const accountId = String(citizen.id)
  const options = await generateRegistrationOptions({
    rpName: rp.name,
    rpID: rp.id,
    // What the account signs in with (accounts/login-id.ts): a citizen ID, a passport, a business's key.
    userName: citizen.loginId,
    userDisplayName: citizen.fullName,
    // The user handle is the account id, never the citizen ID (it is stored on the authenticator).
    userID: new TextEncoder().encode(accountId),
    timeout: TIMEOUT_MS,
    attestationType: 'none',
    // A discoverable credential, so the login page needs no citizen ID first.
    authenticatorSelection: { residentKey: 'required', userVerification: 'required' },
    excludeCredentials: (await listPasskeys(pool, accountId)).map(descriptor),
  })
  await storeChallenge(pool, options.challenge, { purpose: 'register', scope: sessionUid, accountId })
  return options
}

/** Checks a registration response against its challenge and stores the credential under `name`. */
export async function registerPasskey(
  pool: Pool,
  rp: RelyingParty,
  input: { accountId: string; sessionUid: string; name: string; response: RegistrationResponseJSON },
): Promise<void> {
  let bound: ChallengeBinding | undefined
  const verification = await verifyRegistrationResponse({
    response: input.response,
    expectedChallenge: async (challenge) => {
      bound = await takeChallenge(pool, challenge, 'register', input.sessionUid)
      return bound?.accountId === input.accountId
    },
    expectedOrigin: rp.origin,
    expectedRPID: rp.id,
    requireUserVerification: true,
  }).catch((error: unknown) => {
    throw new PasskeyRefused(bound ? 'verification' : 'challenge', { cause: error })
  })
  if (!verification.verified) throw new PasskeyRefused('verification')
  const { credential, credentialDeviceType, aaguid } = verification.registrationInfo
  const added = await addPasskey(pool, {
    credentialId: credential.id,
    accountId: input.accountId,
    name: input.name,
    publicKey: credential.publicKey,
    counter: credential.counter,
    transports: credential.transports ?? [],
    deviceBound: credentialDeviceType === 'singleDevice',
    aaguid,
  })
  if (!added) throw new PasskeyRefused('duplicate')
}

/**
 * Options for a login in interaction `uid`. Without an account: any discoverable passkey
 * (the authenticator offers its own). With one (a step-up of a session or of a password
 * just given): only that account's passkeys.
 */
export async function authenticationOptions(
  pool: Pool,
  rp: RelyingParty,
  uid: string,
  accountId?: string,
): Promise<PublicKeyCredentialRequestOptionsJSON> {
  const allowCredentials = accountId ? (await listPasskeys(pool, accountId)).map(descriptor) : []
  const options = await generateAuthenticationOptions({
    rpID: rp.id,
    allowCredentials,
    userVerification: 'required',
    timeout: TIMEOUT_MS,
  })
  await storeChallenge(pool, options.challenge, { purpose: 'login', scope: uid, accountId })
  return options
}

/** A verified login: whose account, and what the authenticator said about its key. */
export type PasskeyLogin = { accountId: string; deviceBound: boolean }

/** Checks an assertion against the interaction's challenge and the stored credential. */
export async function authenticate(
  pool: Pool,
  rp: RelyingParty,
  uid: string,
  response: AuthenticationResponseJSON,
): Promise<PasskeyLogin> {
  const passkey = typeof response?.id === 'string' ? await findPasskey(pool, response.id) : undefined
  if (!passkey) throw new PasskeyRefused('unknown_credential')
  let bound: ChallengeBinding | undefined
  const verification = await verifyAuthenticationResponse({
    response,
    expectedChallenge: async (challenge) => {
      bound = await takeChallenge(pool, challenge, 'login', uid)
      return Boolean(bound)
    },
    expectedOrigin: rp.origin,
    expectedRPID: rp.id,
    credential: { id: passkey.credentialId, publicKey: new Uint8Array(passkey.publicKey), counter: passkey.counter },
    requireUserVerification: true,
  }).catch((error: unknown) => {
    throw new PasskeyRefused(bound ? 'verification' : 'challenge', { cause: error })
  })
  if (!verification.verified) throw new PasskeyRefused('verification')
  if (bound?.accountId && bound.accountId !== passkey.accountId) throw new PasskeyRefused('other_account')
  const { newCounter, credentialDeviceType } = verification.authenticationInfo
  if (!(await recordUse(pool, passkey.credentialId, passkey.counter, newCounter))) {
    throw new PasskeyRefused('verification')
  }
  return { accountId: passkey.accountId, deviceBound: credentialDeviceType === 'singleDevice' }
}
