import type { Citizen } from '../payload-types.ts'

/** What a relying party may learn of a citizen, by scope (provider.ts `claims`). */
export function accountClaims(citizen: Citizen, _scope: string): { sub: string; [claim: string]: unknown } {
  return {
    sub: String(citizen.id),
    name: citizen.fullName,
    birthdate: citizen.birthDate,
    gender: citizen.gender ?? undefined,
    updated_at: Math.floor(new Date(citizen.updatedAt).getTime() / 1000),
    email: citizen.email,
    // Verified by a code sent there (sso/recovery/verification.ts); a registry match verifies neither.
    email_verified: citizen.emailVerified === true,
    phone_number: citizen.phone,
    phone_number_verified: citizen.phoneVerified === true,
    citizen_id: citizen.citizenId,
    identity_verified: citizen.identityVerified,
  }
}
