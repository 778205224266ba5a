import type { FieldErrors } from '../pages/form.ts'
import { PASSWORD_MIN_LENGTH } from './password.ts'

/**
 * What every registration form shares (registration.ts for citizens, foreigner-registration.ts,
 * business-registration.ts): the fields as typed, a "missing" error for each empty one, the
 * password's length, the phone and e-mail rules, the birth date.
 */
export type Reading<Account> = {
  /** The form as typed, trimmed, without the password (it is never echoed back). */
  values: Record<string, string>
  errors: FieldErrors
  password: string
  /** The account's data when there is no error. */
  account?: Account
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/
const VIETNAMESE_MOBILE = /^0\d{9}$/
// E.164: a foreigner's or a business's phone may be abroad.
const INTERNATIONAL = /^\+[1-9]\d{7,14}$/
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/

export function realPastDate(value: string): boolean {
  const match = DATE.exec(value)
  if (!match) return false
  const date = new Date(`${value}T00:00:00Z`)
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value && date.getTime() < Date.now()
}

/** The named fields read; each empty one (the password too) is missing. */
export function readFields(form: URLSearchParams, names: readonly string[]): Reading<never> {
  const values = Object.fromEntries(names.map((name) => [name, (form.get(name) ?? '').trim()]))
  const password = form.get('password') ?? ''
  const errors: FieldErrors = {}
  for (const name of names) if (!values[name]) errors[name] = { key: 'sso.field.missing' }
  if (password && password.length < PASSWORD_MIN_LENGTH)
    errors.password = { key: 'sso.password.short', values: { min: PASSWORD_MIN_LENGTH } }
  delete values.password
  return { values, errors, password }
}

/** The phone and e-mail normalised, or their errors added. */
export function readContact(
  values: Record<string, string>,
  errors: FieldErrors,
  { international }: { international: boolean },
): { phone: string; email: string } {
  const phone = (values.phone ?? '').replace(/[\s.()-]/g, '')
  const email = (values.email ?? '').toLowerCase()
  if (phone && !(VIETNAMESE_MOBILE.test(phone) || (international && INTERNATIONAL.test(phone))))
    errors.phone = { key: international ? 'sso.phone.invalid_international' : 'sso.phone.invalid' }
  if (email && !EMAIL.test(email)) errors.email = { key: 'sso.email.invalid' }
  return { phone, email }
}

/** The birth date's error added when it is not a real past date. */
export function readBirthDate(values: Record<string, string>, errors: FieldErrors): void {
  if (values.birthDate && !realPastDate(values.birthDate)) errors.birthDate = { key: 'sso.birth_date.invalid' }
}
