import type { NewAccount } from './citizens.ts'
import { checkPassport } from './passport.ts'
import { type Reading, readBirthDate, readContact, readFields } from './registration-fields.ts'

export const FOREIGNER_FIELDS = [
  'passportNumber',
  'nationality',
  'fullName',
  'birthDate',
  'phone',
  'email',
  'password',
] as const

/** A foreigner's registration: passport number, nationality (alpha-3, from the list), the name as in the passport. */
export function readForeignerRegistration(form: URLSearchParams): Reading<NewAccount> {
  const { values, errors, password } = readFields(form, FOREIGNER_FIELDS)
  readBirthDate(values, errors)
  const { phone, email } = readContact(values, errors, { international: true })
  const { passportNumber = '', nationality = '', fullName = '', birthDate = '' } = values
  // Each of the two judged alone, so that a typed number is checked before a nationality is chosen.
  const checked = checkPassport(passportNumber, nationality)
  let passport: { passportNumber: string; nationality: string } | undefined
  if (checked.ok) passport = { passportNumber: checked.passportNumber, nationality: checked.nationality }
  else
    for (const problem of checked.problems) {
      if (problem === 'passport_format') {
        if (passportNumber) errors.passportNumber = { key: 'sso.passport.format' }
      } else if (nationality)
        errors.nationality = {
          key: problem === 'nationality_unknown' ? 'sso.nationality.unknown' : 'sso.nationality.vietnamese',
        }
    }
  if (Object.keys(errors).length > 0 || !passport) return { values, errors, password }
  return { values, errors, password, account: { kind: 'foreigner', ...passport, fullName, birthDate, phone, email } }
}
