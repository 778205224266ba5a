import { checkCitizenId } from './citizen-id.ts'
import type { NewAccount } from './citizens.ts'
import { type Reading, readBirthDate, readContact, readFields } from './registration-fields.ts'

export const REGISTRATION_FIELDS = ['citizenId', 'fullName', 'birthDate', 'phone', 'email', 'password'] as const

/** A Vietnamese citizen's registration: the errors keyed by field; the account data when there are none. */
export function readRegistration(form: URLSearchParams): Reading<NewAccount> {
  const { values, errors, password } = readFields(form, REGISTRATION_FIELDS)
  readBirthDate(values, errors)
  const { phone, email } = readContact(values, errors, { international: false })
  const { citizenId = '', birthDate = '', fullName = '' } = values
  let gender: NewAccount['gender'] = 'male'
  if (citizenId && birthDate && !errors.birthDate) {
    const checked = checkCitizenId(citizenId, birthDate)
    if (checked.ok) gender = checked.facts.gender
    else errors.citizenId = { key: `sso.id.${checked.problem}` }
  }
  if (Object.keys(errors).length > 0) return { values, errors, password }
  return {
    values,
    errors,
    password,
    account: { kind: 'citizen', citizenId, fullName, birthDate, gender, phone, email },
  }
}
