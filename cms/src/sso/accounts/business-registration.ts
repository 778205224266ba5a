import { citizenIdShapeProblem } from './citizen-id.ts'
import type { NewAccount } from './citizens.ts'
import { VIETNAM } from './nationality.ts'
import { checkPassport } from './passport.ts'
import { type Reading, readContact, readFields } from './registration-fields.ts'
import { checkTaxCode } from './tax-code.ts'

export const BUSINESS_FIELDS = [
  'enterpriseCode',
  'businessName',
  'representativeName',
  'representativeNationality',
  'representativeId',
  'phone',
  'email',
  'password',
] as const

export type Representative = { citizenId: string } | { passportNumber: string; nationality: string }

/**
 * The representative's own identifier: a Vietnamese national's personal identification
 * number (checked without a birth date: format and province), anyone else's passport. The
 * field's error, or the identifier.
 */
export function readRepresentative(
  nationality: string,
  id: string,
): { representative: Representative } | { field: 'representativeId' | 'representativeNationality'; key: string } {
  const country = nationality.toUpperCase()
  if (country === VIETNAM) {
    const problem = citizenIdShapeProblem(id)
    return problem ? { field: 'representativeId', key: `sso.id.${problem}` } : { representative: { citizenId: id } }
  }
  const checked = checkPassport(id, country)
  if (checked.ok)
    return { representative: { passportNumber: checked.passportNumber, nationality: checked.nationality } }
  return checked.problems.includes('nationality_unknown')
    ? { field: 'representativeNationality', key: 'sso.nationality.unknown' }
    : { field: 'representativeId', key: 'sso.passport.format' }
}

/**
 * A business's registration through its representative: the enterprise code or tax code
 * (check digit), the business's name, the representative's name and own identifier.
 */
export function readBusinessRegistration(form: URLSearchParams): Reading<NewAccount> {
  const { values, errors, password } = readFields(form, BUSINESS_FIELDS)
  const { phone, email } = readContact(values, errors, { international: true })
  // The one refusal named apart: a business registers only through a person.
  if (!values.representativeId) errors.representativeId = { key: 'sso.representative.missing' }
  const { enterpriseCode = '', businessName = '', representativeName = '' } = values
  let code: string | undefined
  if (enterpriseCode) {
    const checked = checkTaxCode(enterpriseCode)
    if (checked.ok) code = checked.code
    else errors.enterpriseCode = { key: `sso.enterprise.${checked.problem}` }
  }
  let representative: Representative | undefined
  if (values.representativeId && values.representativeNationality) {
    const read = readRepresentative(values.representativeNationality, values.representativeId)
    if ('representative' in read) representative = read.representative
    else errors[read.field] = { key: read.key as 'sso.id.format' }
  }
  if (Object.keys(errors).length > 0 || !code || !representative) return { values, errors, password }
  return {
    values,
    errors,
    password,
    account: {
      kind: 'business',
      enterpriseCode: code,
      businessName,
      fullName: representativeName,
      ...representative,
      phone,
      email,
    },
  }
}
