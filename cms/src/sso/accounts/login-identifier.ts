import type { FieldErrors } from '../pages/form.ts'
import { type AccountKind, accountKindOf } from './kinds.ts'
import { loginIdOf } from './login-id.ts'
import { VIETNAM } from './nationality.ts'
import { normalisePassport } from './passport.ts'

/** What each kind types to log in (login-id.ts builds the key from it). */
export const LOGIN_FIELDS: Record<AccountKind, readonly string[]> = {
  citizen: ['citizenId'],
  foreigner: ['passportNumber', 'nationality'],
  business: ['enterpriseCode', 'representativeNationality', 'representativeId'],
}

/**
 * The login form's identifier: the kind (a form without one is a citizen's), the fields as
 * typed, "missing" for each empty one, and the account's login key when none is. Formats
 * are not judged here: a wrong identifier is a failed login like a wrong password.
 */
export function readLoginIdentifier(form: URLSearchParams): {
  kind: AccountKind
  values: Record<string, string>
  errors: FieldErrors
  loginId?: string
} {
  const kind = accountKindOf(form.get('kind')) ?? 'citizen'
  const values = Object.fromEntries(LOGIN_FIELDS[kind].map((name) => [name, (form.get(name) ?? '').trim()]))
  const errors: FieldErrors = {}
  for (const name of LOGIN_FIELDS[kind]) if (!values[name]) errors[name] = { key: 'sso.field.missing' }
  if (Object.keys(errors).length > 0) return { kind, values, errors }
  const { citizenId, passportNumber = '', nationality = '', enterpriseCode = '' } = values
  const representative = (values.representativeNationality ?? '').toUpperCase()
  const representativeId = values.representativeId ?? ''
  const loginId = loginIdOf(
    kind === 'citizen'
      ? { kind, citizenId }
      : kind === 'foreigner'
        ? { kind, passportNumber: normalisePassport(passportNumber), nationality: nationality.toUpperCase() }
        : {
            kind,
            enterpriseCode: enterpriseCode.replace(/[\s.]/g, ''),
            ...(representative === VIETNAM
              ? { citizenId: representativeId }
              : { passportNumber: normalisePassport(representativeId), nationality: representative }),
          },
  )
  return loginId ? { kind, values, errors, loginId } : { kind, values, errors }
}
