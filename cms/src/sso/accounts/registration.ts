import type { FieldErrors } from '../pages/form.ts'
import { checkCitizenId } from './citizen-id.ts'
import type { NewCitizen } from './citizens.ts'
import { PASSWORD_MIN_LENGTH } from './password.ts'

export const REGISTRATION_FIELDS = ['citizenId', 'fullName', 'birthDate', 'phone', 'email', 'password'] as const

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/
const PHONE = /^0\d{9}$/
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/

function realPastDate(value: string): boolean {
  const match = DATE.exec(value)
  if (!match) return false
  const date = new Date(`${value}T00:00:00Z`)
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value && date.getTime() < Date.now()
}

/** The form as typed, trimmed; the errors keyed by field; the account data when there are none. */
export function readRegistration(form: URLSearchParams): {
  values: Record<string, string>
  errors: FieldErrors
  citizen?: NewCitizen
  password: string
} {
  const values = Object.fromEntries(REGISTRATION_FIELDS.map((name) => [name, (form.get(name) ?? '').trim()]))
  const password = form.get('password') ?? ''
  const errors: FieldErrors = {}
  for (const name of REGISTRATION_FIELDS) if (!values[name]) errors[name] = { key: 'sso.field.missing' }
  const { citizenId = '', birthDate = '', phone = '', email = '' } = values
  if (birthDate && !realPastDate(birthDate)) errors.birthDate = { key: 'sso.birth_date.invalid' }
  if (phone && !PHONE.test(phone.replace(/[\s.]/g, ''))) errors.phone = { key: 'sso.phone.invalid' }
  if (email && !EMAIL.test(email)) errors.email = { key: 'sso.email.invalid' }
  if (password && password.length < PASSWORD_MIN_LENGTH)
    errors.password = { key: 'sso.password.short', values: { min: PASSWORD_MIN_LENGTH } }
  let gender: NewCitizen['gender'] = 'male'
  if (citizenId && !errors.birthDate) {
    const checked = checkCitizenId(citizenId, birthDate)
    if (checked.ok) gender = checked.facts.gender
    else errors.citizenId = { key: `sso.id.${checked.problem}` }
  }
  delete values.password
  if (Object.keys(errors).length > 0) return { values, errors, password }
  return {
    values,
    errors,
    password,
    citizen: {
      citizenId,
      fullName: values.fullName as string,
      birthDate,
      gender,
      phone: phone.replace(/[\s.]/g, ''),
      email: email.toLowerCase(),
    },
  }
}
