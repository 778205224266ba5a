import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { readBusinessRegistration } from '../../cms/src/sso/accounts/business-registration.ts'
import { httpBusinessRegistry, syntheticBusinessRegistry } from '../../cms/src/sso/accounts/business-registry.ts'
import { readForeignerRegistration } from '../../cms/src/sso/accounts/foreigner-registration.ts'
import { loginIdOf } from '../../cms/src/sso/accounts/login-id.ts'
import { readLoginIdentifier } from '../../cms/src/sso/accounts/login-identifier.ts'
import { httpRegistry, syntheticRegistry } from '../../cms/src/sso/accounts/registry.ts'
import { SYNTHETIC_BUSINESSES } from '../../cms/src/sso/accounts/synthetic-businesses.ts'
import { SYNTHETIC_FOREIGN_RESIDENTS } from '../../cms/src/sso/accounts/synthetic-foreigners.ts'
import { checkTaxCode } from '../../cms/src/sso/accounts/tax-code.ts'

/** The readers of the foreigner's and the business's forms, the login keys, and the registries' answers, as tables. */
const foreigner = {
  passportNumber: 'm7000 0001',
  nationality: 'kor',
  fullName: 'KIM SYNTHETIC JIWOO',
  birthDate: '1988-05-20',
  phone: '+82 10 0000 0001',
  email: 'Jiwoo.Synthetic@Example.invalid',
  password: 'mười ký tự trở lên',
}

describe('foreigner registration form', () => {
  it('gives the account: passport and nationality normalised, the phone international', () => {
    const { account, errors, values } = readForeignerRegistration(new URLSearchParams(foreigner))
    expect(errors).toEqual({})
    expect(account).toEqual({
      kind: 'foreigner',
      passportNumber: 'M70000001',
      nationality: 'KOR',
      fullName: 'KIM SYNTHETIC JIWOO',
      birthDate: '1988-05-20',
      phone: '+821000000001',
      email: 'jiwoo.synthetic@example.invalid',
    })
    expect(values.password).toBeUndefined()
  })

  it('judges the passport number before a nationality is chosen', () => {
    const { errors } = readForeignerRegistration(
      new URLSearchParams({ ...foreigner, passportNumber: 'M7-1', nationality: '' }),
    )
    expect(errors).toMatchObject({
      passportNumber: { key: 'sso.passport.format' },
      nationality: { key: 'sso.field.missing' },
    })
  })

  it.each([
    ['passportNumber', 'AB-12', 'sso.passport.format'],
    ['passportNumber', '', 'sso.field.missing'],
    ['nationality', 'XXX', 'sso.nationality.unknown'],
    ['nationality', 'KR', 'sso.nationality.unknown'],
    ['nationality', 'VNM', 'sso.nationality.vietnamese'],
    ['nationality', '', 'sso.field.missing'],
    ['birthDate', '1988-02-30', 'sso.birth_date.invalid'],
    ['phone', '+1', 'sso.phone.invalid_international'],
    ['email', 'nowhere', 'sso.email.invalid'],
    ['password', 'short', 'sso.password.short'],
    ['fullName', ' ', 'sso.field.missing'],
  ])('refuses %s = %j with %s', (name, value, key) => {
    const { account, errors } = readForeignerRegistration(new URLSearchParams({ ...foreigner, [name]: value }))
    expect(account).toBeUndefined()
    expect(errors[name]?.key).toBe(key)
  })
})

const business = {
  enterpriseCode: '0109 999 911',
  businessName: 'Công ty TNHH Thử Nghiệm Sông Hồng (synthetic)',
  representativeName: 'Nguyễn Văn An',
  representativeNationality: 'VNM',
  representativeId: '001085012345',
  phone: '0912000099',
  email: 'business.synthetic@example.invalid',
  password: 'mười ký tự trở lên',
}

describe('business registration form', () => {
  it.each([
    [{}, { enterpriseCode: '0109999911', citizenId: '001085012345', fullName: 'Nguyễn Văn An' }],
    [{ enterpriseCode: '0109999943-001' }, { enterpriseCode: '0109999943-001' }],
    [
      { representativeNationality: 'jpn', representativeId: 'tz 0000001' },
      { passportNumber: 'TZ0000001', nationality: 'JPN' },
    ],
  ])('with %o gives an account with %o', (change, expected) => {
    const { account, errors } = readBusinessRegistration(new URLSearchParams({ ...business, ...change }))
    expect(errors).toEqual({})
    expect(account).toMatchObject({ kind: 'business', businessName: business.businessName, ...expected })
  })

  it.each([
    ['enterpriseCode', { enterpriseCode: '0109999912' }, 'sso.enterprise.check_digit'],
    ['enterpriseCode', { enterpriseCode: '010999991' }, 'sso.enterprise.format'],
    ['representativeId', { representativeId: '' }, 'sso.representative.missing'],
    ['representativeId', { representativeId: '003085012345' }, 'sso.id.province'],
    ['representativeId', { representativeId: '00108501234' }, 'sso.id.format'],
    ['representativeId', { representativeNationality: 'JPN', representativeId: 'T-1' }, 'sso.passport.format'],
    [
      'representativeNationality',
      { representativeNationality: 'XXX', representativeId: 'TZ0000001' },
      'sso.nationality.unknown',
    ],
    ['representativeNationality', { representativeNationality: '' }, 'sso.field.missing'],
    ['representativeName', { representativeName: '' }, 'sso.field.missing'],
    ['businessName', { businessName: '' }, 'sso.field.missing'],
  ])('refuses %s in %o with %s', (name, change, key) => {
    const { account, errors } = readBusinessRegistration(new URLSearchParams({ ...business, ...change }))
    expect(account).toBeUndefined()
    expect(errors[name]?.key).toBe(key)
  })
})

describe('login keys', () => {
  it.each([
    [{ kind: 'citizen', citizenId: '001085012345' }, '001085012345'],
    [{ kind: 'foreigner', passportNumber: 'M70000001', nationality: 'KOR' }, 'KOR/M70000001'],
    [{ kind: 'business', enterpriseCode: '0109999911', citizenId: '001085012345' }, '0109999911+001085012345'],
    [
      { kind: 'business', enterpriseCode: '0109999943-001', passportNumber: 'TZ0000001', nationality: 'JPN' },
      '0109999943-001+JPN/TZ0000001',
    ],
    [{ kind: 'foreigner', passportNumber: 'M70000001' }, null],
    [{ kind: 'business', enterpriseCode: '0109999911' }, null],
    [{ kind: 'citizen' }, null],
  ] as const)('%o → %s', (account, key) => {
    expect(loginIdOf(account)).toBe(key)
  })

  it.each([
    [{ citizenId: ' 001085012345 ' }, 'citizen', '001085012345'],
    [{ kind: 'foreigner', passportNumber: 'm7000 0001', nationality: 'kor' }, 'foreigner', 'KOR/M70000001'],
    [
      {
        kind: 'business',
        enterpriseCode: '0109.999.911',
        representativeNationality: 'VNM',
        representativeId: '001085012345',
      },
      'business',
      '0109999911+001085012345',
    ],
    [
      {
        kind: 'business',
        enterpriseCode: '0319999925',
        representativeNationality: 'jpn',
        representativeId: 'tz0000001',
      },
      'business',
      '0319999925+JPN/TZ0000001',
    ],
    [{ kind: 'other', citizenId: '001085012345' }, 'citizen', '001085012345'],
  ])('the login form %o is a %s logging in as %s', (form, kind, key) => {
    expect(readLoginIdentifier(new URLSearchParams(form))).toMatchObject({ kind, loginId: key, errors: {} })
  })

  it.each([
    [{ kind: 'foreigner', passportNumber: 'M70000001' }, ['nationality']],
    [{ kind: 'business', enterpriseCode: '0109999911', representativeNationality: 'VNM' }, ['representativeId']],
    [{}, ['citizenId']],
  ])('the login form %o misses %o', (form, missing) => {
    const read = readLoginIdentifier(new URLSearchParams(form))
    expect(read.loginId).toBeUndefined()
    expect(Object.keys(read.errors)).toEqual(missing)
  })
})

describe('synthetic registries', () => {
  const population = syntheticRegistry()
  const businesses = syntheticBusinessRegistry()
  const kim = SYNTHETIC_FOREIGN_RESIDENTS[0] as (typeof SYNTHETIC_FOREIGN_RESIDENTS)[number]

  it('label every record synthetic, and the enterprises pass the check digit', () => {
    expect(SYNTHETIC_FOREIGN_RESIDENTS.every((person) => person.synthetic)).toBe(true)
    for (const one of SYNTHETIC_BUSINESSES) {
      expect(one.synthetic).toBe(true)
      expect(one.businessName).toContain('(synthetic)')
      expect(checkTaxCode(one.enterpriseCode).ok).toBe(true)
    }
  })

  it.each([
    [{}, 'match'],
    [{ fullName: 'kim  synthetic jiwoo' }, 'match'],
    [{ birthDate: '1988-05-21' }, 'mismatch'],
    [{ nationality: 'PRK' }, 'unknown'],
    [{ passportNumber: 'M70000002' }, 'unknown'],
  ])('answer a foreigner with %o: %s', async (change, answer) => {
    expect(await population.matchForeigner({ ...kim, ...change })).toBe(answer)
  })

  const claim = {
    enterpriseCode: '0109999911',
    businessName: 'công ty tnhh thử nghiệm sông hồng (synthetic)',
    representativeName: 'Trần Thị Bình',
    representative: { citizenId: '079192004321' },
  }
  it.each([
    [{}, 'match'],
    [{ enterpriseCode: '0319999925' }, 'mismatch'],
    [{ enterpriseCode: '0100109106' }, 'unknown'],
    [{ representative: { citizenId: '048201000777' } }, 'not_representative'],
    [{ representativeName: 'Người Khác' }, 'not_representative'],
    [{ representative: { passportNumber: 'TZ0000001', nationality: 'JPN' } }, 'not_representative'],
  ])('answer a business with %o: %s', async (change, answer) => {
    expect(await businesses.match({ ...claim, ...change })).toBe(answer)
  })
})

describe('registries over HTTP (the production interface)', () => {
  const seen: { path: string; body: unknown }[] = []
  let server: http.Server
  let url = ''

  beforeAll(async () => {
    server = http.createServer(async (req, res) => {
      let body = ''
      for await (const chunk of req) body += chunk
      seen.push({ path: req.url ?? '', body: JSON.parse(body) })
      const answers: Record<string, string> = { '/api/match-foreigner': 'mismatch', '/api/match': 'not_representative' }
      const result = answers[req.url ?? '']
      res.writeHead(result ? 200 : 502, { 'content-type': 'application/json' })
      res.end(JSON.stringify(result ? { result } : { error: 'down' }))
    })
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api`
  })

  afterAll(() => new Promise((resolve) => server.close(resolve)))

  it('posts a foreigner to {url}/match-foreigner and a business to {url}/match, reading the result', async () => {
    const person = { passportNumber: 'M70000001', nationality: 'KOR', fullName: 'X', birthDate: '1988-05-20' }
    expect(await httpRegistry(url).matchForeigner(person)).toBe('mismatch')
    const claim = {
      enterpriseCode: '0109999911',
      businessName: 'X',
      representativeName: 'Y',
      representative: { citizenId: '001085012345' },
    }
    expect(await httpBusinessRegistry(url).match(claim)).toBe('not_representative')
    expect(seen).toEqual([
      { path: '/api/match-foreigner', body: person },
      { path: '/api/match', body: claim },
    ])
  })

  it('throws when the registry cannot answer (the page then asks to retry)', async () => {
    await expect(
      httpRegistry(`${url}/down`).matchForeigner({
        passportNumber: 'A',
        nationality: 'B',
        fullName: 'C',
        birthDate: 'D',
      }),
    ).rejects.toThrow(/502/)
  })
})
