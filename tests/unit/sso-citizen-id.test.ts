import { describe, expect, it } from 'vitest'

import { checkCitizenId } from '../../cms/src/sso/accounts/citizen-id.ts'
import { readRegistration } from '../../cms/src/sso/accounts/registration.ts'

/** The 12-digit personal identification number against the birth date (shared/reference/identifiers.json). */
describe.each([
  ['001085012345', '1985-04-12', { ok: true }],
  ['079192004321', '1992-11-03', { ok: true }],
  ['048201000777', '2001-07-30', { ok: true }],
  ['00108501234', '1985-04-12', { ok: false, problem: 'format' }],
  ['00108501234a', '1985-04-12', { ok: false, problem: 'format' }],
  ['003085012345', '1985-04-12', { ok: false, problem: 'province' }],
  ['100085012345', '1985-04-12', { ok: false, problem: 'province' }],
  ['001285012345', '1985-04-12', { ok: false, problem: 'century' }],
  ['001086012345', '1985-04-12', { ok: false, problem: 'year' }],
])('citizen ID %s born %s', (id, birthDate, expected) => {
  it('problem' in expected ? `is refused for its ${expected.problem}` : 'passes', () => {
    expect(checkCitizenId(id, birthDate)).toMatchObject(expected)
  })
})

describe('the gender digit', () => {
  it('is even for men and odd for women', () => {
    expect(checkCitizenId('001085012345', '1985-04-12')).toMatchObject({ facts: { gender: 'male', century: 1900 } })
    expect(checkCitizenId('079192004321', '1992-11-03')).toMatchObject({ facts: { gender: 'female', century: 1900 } })
  })
})

describe('registration form', () => {
  const valid = {
    citizenId: '001085012345',
    fullName: ' Nguyễn  Văn An ',
    birthDate: '1985-04-12',
    phone: '0912 000 001',
    email: 'An.Synthetic@Example.invalid',
    password: 'mười ký tự trở lên',
  }

  it('gives the account data, trimmed and normalised', () => {
    const { account: citizen, errors } = readRegistration(new URLSearchParams(valid))
    expect(errors).toEqual({})
    expect(citizen).toMatchObject({ phone: '0912000001', email: 'an.synthetic@example.invalid', gender: 'male' })
  })

  it.each([
    ['birthDate', '1985-02-30', 'sso.birth_date.invalid'],
    ['phone', '12345', 'sso.phone.invalid'],
    ['email', 'not-an-address', 'sso.email.invalid'],
    ['password', 'short', 'sso.password.short'],
    ['citizenId', '001285012345', 'sso.id.century'],
    ['fullName', '', 'sso.field.missing'],
  ])('refuses %s = %j with %s', (name, value, key) => {
    const { account: citizen, errors } = readRegistration(new URLSearchParams({ ...valid, [name]: value }))
    expect(citizen).toBeUndefined()
    expect(errors[name]?.key).toBe(key)
  })
})
