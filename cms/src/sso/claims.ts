import type { Citizen } from '../payload-types.ts'

/**
 * What a relying party may learn of an account, by scope (provider.ts `claims` says which
 * scope carries which claim; an absent identifier is left out). `account_kind` rides with
 * `openid`, so the ID token says who signed in: a citizen, a foreigner or a business's
 * representative. `identity` carries the identifiers: the person's own (citizen ID, or
 * passport and nationality) and, for a business, its enterprise code; `profile` the names.
 */
export function accountClaims(citizen: Citizen, _scope: string): { sub: string; [claim: string]: unknown } {
  return {
    sub: String(citizen.id),
    account_kind: citizen.kind,
    name: citizen.fullName,
    birthdate: citizen.birthDate ?? undefined,
    gender: citizen.gender ?? undefined,
    business_name: citizen.businessName ?? undefined,
    updated_at: Math.floor(new Date(citizen.updatedAt).getTime() / 1000),
    email: citizen.email,
    // Verified by a code sent there (sso/recovery/verification.ts); a registry match verifies neither.
    email_verified: citizen.emailVerified === true,
    phone_number: citizen.phone,
    phone_number_verified: citizen.phoneVerified === true,
    citizen_id: citizen.citizenId ?? undefined,
    passport_number: citizen.passportNumber ?? undefined,
    nationality: citizen.nationality ?? undefined,
    enterprise_code: citizen.enterpriseCode ?? undefined,
    identity_verified: citizen.identityVerified,
  }
}
