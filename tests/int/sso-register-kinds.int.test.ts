import * as client from 'openid-client'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { AccountTaken, createAccount } from '../../cms/src/sso/accounts/citizens.ts'
import { SYNTHETIC_BUSINESSES } from '../../cms/src/sso/accounts/synthetic-businesses.ts'
import { SYNTHETIC_FOREIGN_RESIDENTS } from '../../cms/src/sso/accounts/synthetic-foreigners.ts'
import { SYNTHETIC_PEOPLE } from '../../cms/src/sso/accounts/synthetic-people.ts'
import { startMailSink } from '../support/mail-sink.ts'
import { FormBrowser, type Page } from '../support/sso-browser.ts'
import { pkce } from '../support/sso-client.ts'
import { type SsoWorld, startSsoWorld } from '../support/sso-world.ts'

/**
 * Foreigners and businesses (through a representative) register and log in on the
 * provider's server-rendered pages, driven to a real relying party (openid-client): the
 * kind is chosen first, each kind logs in with its own identifier, the ID token and
 * userinfo say the kind and carry the identifiers the scopes allow. Refusals answer 4xx
 * with the page's language, and write nothing.
 */
let world: SsoWorld
let config: client.Configuration
const CALLBACK = 'http://127.0.0.1:9/callback'
const PASSWORD = 'mật khẩu thử nghiệm dài'
type Resident = (typeof SYNTHETIC_FOREIGN_RESIDENTS)[number]
const [kim, erika, john, marie, tanaka] = SYNTHETIC_FOREIGN_RESIDENTS as [
  Resident,
  Resident,
  Resident,
  Resident,
  Resident,
]
const [songHong, saiGon, branch] = SYNTHETIC_BUSINESSES as [
  (typeof SYNTHETIC_BUSINESSES)[number],
  (typeof SYNTHETIC_BUSINESSES)[number],
  (typeof SYNTHETIC_BUSINESSES)[number],
]
const an = SYNTHETIC_PEOPLE[0] as (typeof SYNTHETIC_PEOPLE)[number]
const chau = SYNTHETIC_PEOPLE[2] as (typeof SYNTHETIC_PEOPLE)[number]

let mail: Awaited<ReturnType<typeof startMailSink>>

beforeAll(async () => {
  mail = await startMailSink()
  // Read once by cms/src/env.ts when the config loads: set before Payload opens.
  process.env.SMTP_URL = mail.url
  world = await startSsoWorld()
  const party = await world.addParty({
    name: 'Cổng dịch vụ công Bộ Đăng ký (synthetic)',
    redirectUris: [{ uri: CALLBACK }],
    scopes: ['openid', 'profile', 'email', 'identity'],
    publicSubject: true,
  })
  config = await world.relyingParty(party.clientId, party.clientSecret)
})

afterAll(async () => {
  await world?.close()
  await mail?.close()
  delete process.env.SMTP_URL
})

type Flow = { browser: FormBrowser; login: Page; verifier: string; state: string }

/** A relying party sends the browser to the provider; the login page answers. */
async function start(language = 'vi'): Promise<Flow> {
  const browser = new FormBrowser(language)
  const { verifier, state, params } = await pkce()
  const url = client.buildAuthorizationUrl(config, {
    redirect_uri: CALLBACK,
    scope: 'openid profile email identity',
    ...params,
  })
  const login = await browser.visit(url.href, {}, CALLBACK)
  expect(login.status).toBe(200)
  return { browser, login, verifier, state }
}

/** Through consent (asked once per account) to the callback, the code exchanged, userinfo read. */
async function finish(flow: Flow, page: Page) {
  const landed = page.url.startsWith(CALLBACK) ? page : await flow.browser.submit(page, '/confirm', {}, CALLBACK)
  expect(landed.url.startsWith(CALLBACK), landed.body.slice(0, 400)).toBe(true)
  const tokens = await client.authorizationCodeGrant(config, new URL(landed.url), {
    pkceCodeVerifier: flow.verifier,
    expectedState: flow.state,
  })
  const claims = tokens.claims() as client.IDToken
  const info = await client.fetchUserInfo(config, tokens.access_token, claims.sub)
  return { claims, info }
}

/** The registration page of a kind, reached as a browser without script does: the chooser's GET form. */
async function registration(flow: Flow, kind: 'citizen' | 'foreigner' | 'business'): Promise<Page> {
  const chooser = await flow.browser.visit(`${flow.login.url}/register?lang=${flow.browser.language}`)
  expect(chooser.status).toBe(200)
  expect(chooser.body).toMatch(/<form method="get" action="[^"]+\/register">/)
  expect(chooser.body).toMatch(new RegExp(`<input type="radio" id="[\\w-]+" name="kind" value="${kind}"`))
  const page = await flow.browser.visit(`${flow.login.url}/register?lang=${flow.browser.language}&kind=${kind}`)
  expect(page.body).toContain(`<input type="hidden" name="kind" value="${kind}">`)
  return page
}

const foreignerForm = (who: Resident) => ({
  kind: 'foreigner',
  passportNumber: who.passportNumber,
  nationality: who.nationality,
  fullName: who.fullName,
  birthDate: who.birthDate,
  phone: who.phone,
  email: who.email,
  password: PASSWORD,
})

type Representative = (typeof songHong.representatives)[number]
const businessForm = (
  business: typeof songHong,
  rep: Representative,
  email = 'business.synthetic@example.invalid',
) => ({
  kind: 'business',
  enterpriseCode: business.enterpriseCode,
  businessName: business.businessName,
  representativeName: rep.fullName,
  representativeNationality: 'citizenId' in rep ? 'VNM' : rep.nationality,
  representativeId: 'citizenId' in rep ? rep.citizenId : rep.passportNumber,
  phone: '0912000099',
  email,
  password: PASSWORD,
})

async function register(form: Record<string, string>, language = 'vi') {
  const flow = await start(language)
  const page = await registration(flow, form.kind as 'foreigner' | 'business')
  return {
    ...(await finish(flow, await flow.browser.submit(page, '/register', form, CALLBACK))),
    browser: flow.browser,
  }
}

/** A password login; this file makes five, the test world's burst per address (SSO_LOGIN_BURST). */
async function logIn(kind: 'citizen' | 'foreigner' | 'business', fields: Record<string, string>, password = PASSWORD) {
  const flow = await start()
  expect(flow.login.body).toContain(`?lang=vi&kind=${kind}"`)
  const page = await flow.browser.visit(`${flow.login.url}?lang=vi&kind=${kind}`)
  const answered = await flow.browser.submit(page, '/login', { ...fields, password }, CALLBACK)
  expect(answered.status, 'throttled: more logins than the burst').not.toBe(429)
  return { flow, page: answered }
}

async function accounts(loginId: string): Promise<number> {
  const found = await world.payload.count({ collection: 'citizens', where: { loginId: { equals: loginId } } })
  return found.totalDocs
}

describe('a foreigner', () => {
  let registered: Awaited<ReturnType<typeof register>>

  beforeAll(async () => {
    registered = await register(foreignerForm(kim), 'en')
  })

  it('registers with passport and nationality, matched against the synthetic foreign residents, at loa2', () => {
    expect(registered.claims).toMatchObject({ acr: 'loa2', amr: ['pwd'], account_kind: 'foreigner' })
    expect(registered.info).toMatchObject({
      account_kind: 'foreigner',
      name: kim.fullName,
      birthdate: kim.birthDate,
      passport_number: kim.passportNumber,
      nationality: 'KOR',
      identity_verified: 'registry',
    })
    expect(registered.info.citizen_id).toBeUndefined()
    expect(registered.info.enterprise_code).toBeUndefined()
  })

  it('logs in with passport number and nationality', async () => {
    const { flow, page } = await logIn('foreigner', {
      passportNumber: kim.passportNumber.toLowerCase(),
      nationality: 'KOR',
    })
    const { claims } = await finish(flow, page)
    expect(claims.sub).toBe(registered.claims.sub)
    expect(claims.account_kind).toBe('foreigner')
  })

  it('asks for a password reset link by passport and nationality', async () => {
    const browser = new FormBrowser('en')
    const ask = await browser.visit(`${world.issuer}/recovery?lang=en&kind=foreigner`)
    expect(ask.body).toContain('<input type="hidden" name="kind" value="foreigner">')
    const missing = await browser.submit(ask, '/recovery', { passportNumber: kim.passportNumber })
    expect(missing.status).toBe(400)
    expect(missing.body).toMatch(/id="nationality"[^>]*aria-invalid="true"/)
    const sent = await browser.submit(ask, '/recovery', { passportNumber: kim.passportNumber, nationality: 'KOR' })
    expect(sent.status).toBe(200)
    await expect.poll(() => mail.inbox.filter((m) => m.to.includes(kim.email)).length, { timeout: 30_000 }).toBe(1)
  })

  it('is told apart from a holder of the same passport number from another state', async () => {
    expect(john.passportNumber).toBe(marie.passportNumber)
    const us = await register(foreignerForm(john))
    const fr = await register(foreignerForm(marie))
    expect(us.claims.sub).not.toBe(fr.claims.sub)
    const { flow, page } = await logIn('foreigner', { passportNumber: marie.passportNumber, nationality: 'FRA' })
    expect((await finish(flow, page)).info).toMatchObject({ name: marie.fullName, nationality: 'FRA' })
    const wrong = await logIn('foreigner', { passportNumber: john.passportNumber, nationality: 'GBR' })
    expect(wrong.page.status).toBe(401)
    expect(wrong.page.body).toContain('Số hộ chiếu, quốc tịch hoặc mật khẩu không đúng.')
  })
})

describe('a business through its representative', () => {
  it('registers with a Vietnamese representative: kind, enterprise code and business name in the claims', async () => {
    const { claims, info } = await register(businessForm(songHong, songHong.representatives[0] as Representative))
    expect(claims).toMatchObject({ acr: 'loa2', account_kind: 'business' })
    expect(info).toMatchObject({
      account_kind: 'business',
      name: an.fullName,
      business_name: songHong.businessName,
      enterprise_code: songHong.enterpriseCode,
      citizen_id: an.citizenId,
      identity_verified: 'business-registry',
    })
    const { flow, page } = await logIn('business', {
      enterpriseCode: songHong.enterpriseCode,
      representativeNationality: 'VNM',
      representativeId: an.citizenId,
    })
    expect((await finish(flow, page)).claims.sub).toBe(claims.sub)
  })

  it('keeps the representative`s own citizen account apart from the business`s', async () => {
    const flow = await start()
    const page = await registration(flow, 'citizen')
    const fields = { citizenId: an.citizenId, fullName: an.fullName, birthDate: an.birthDate, phone: an.phone }
    const own = await finish(
      flow,
      await flow.browser.submit(page, '/register', { ...fields, email: an.email, password: PASSWORD }, CALLBACK),
    )
    expect(own.claims.account_kind).toBe('citizen')
    expect(own.info).toMatchObject({ citizen_id: an.citizenId })
    expect(own.info.enterprise_code).toBeUndefined()
    // Not the business's account (registered above by the same person): another subject.
    const business = await world.payload.find({
      collection: 'citizens',
      where: { loginId: { equals: `${songHong.enterpriseCode}+${an.citizenId}` } },
    })
    expect(business.docs[0]?.id).toBeDefined()
    expect(String(business.docs[0]?.id)).not.toBe(own.claims.sub)
  })

  it('registers and logs in with a foreign representative (passport and nationality)', async () => {
    const rep = saiGon.representatives[0] as Representative
    const { claims, info, browser } = await register(businessForm(saiGon, rep), 'en')
    const account = await browser.visit(`${world.issuer}/account?lang=en`)
    const shown = account.body.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ')
    for (const text of [
      saiGon.businessName,
      saiGon.enterpriseCode,
      `${tanaka.passportNumber} (Japan)`,
      'A business or organisation',
    ])
      expect(shown).toContain(text)
    expect(info).toMatchObject({
      passport_number: tanaka.passportNumber,
      nationality: 'JPN',
      enterprise_code: saiGon.enterpriseCode,
    })
    const { flow, page } = await logIn('business', {
      enterpriseCode: saiGon.enterpriseCode,
      representativeNationality: 'JPN',
      representativeId: tanaka.passportNumber,
    })
    expect((await finish(flow, page)).claims.sub).toBe(claims.sub)
  })
})

type Refusal = {
  name: string
  form: () => Record<string, string>
  status: number
  field?: string
  message: { vi: string; en: string }
  /** Accounts under the refused form's login key afterwards. */
  loginId: string
  left: number
}

const REFUSALS: Refusal[] = [
  {
    name: 'an enterprise code with a wrong check digit',
    form: () => ({
      ...businessForm(branch, branch.representatives[0] as Representative),
      enterpriseCode: '0109999912',
    }),
    status: 400,
    field: 'enterpriseCode',
    message: {
      vi: 'Mã số doanh nghiệp không hợp lệ: chữ số kiểm tra (chữ số thứ 10) không đúng.',
      en: 'The enterprise code is not valid: its check digit (the 10th digit) is wrong.',
    },
    loginId: `0109999912+${chau.citizenId}`,
    left: 0,
  },
  {
    name: 'a nationality not in the list',
    form: () => ({ ...foreignerForm(erika), nationality: 'XXX' }),
    status: 400,
    field: 'nationality',
    message: { vi: 'Hãy chọn một quốc tịch trong danh sách.', en: 'Please choose a nationality from the list.' },
    loginId: `XXX/${erika.passportNumber}`,
    left: 0,
  },
  {
    name: 'a passport that already has an account',
    form: () => foreignerForm(kim),
    status: 409,
    message: {
      vi: 'Hộ chiếu này đã có tài khoản. Vui lòng đăng nhập.',
      en: 'This passport already has an account. Please log in.',
    },
    loginId: `KOR/${kim.passportNumber}`,
    left: 1,
  },
  {
    name: 'a business without its representative',
    form: () => ({ ...businessForm(branch, branch.representatives[0] as Representative), representativeId: '' }),
    status: 400,
    field: 'representativeId',
    message: {
      vi: 'Doanh nghiệp đăng ký qua người đại diện: hãy nhập số định danh cá nhân hoặc số hộ chiếu của người đại diện.',
      en: 'A business registers through its representative: enter the representative’s personal identification number or passport number.',
    },
    loginId: `${branch.enterpriseCode}+`,
    left: 0,
  },
  {
    name: 'a person who is not the business`s legal representative',
    form: () => businessForm(branch, { citizenId: an.citizenId, fullName: an.fullName }),
    status: 400,
    message: {
      vi: 'Người này không phải người đại diện theo pháp luật của doanh nghiệp theo Cơ sở dữ liệu quốc gia về đăng ký doanh nghiệp.',
      en: 'This person is not a legal representative of the business in the National Business Registration Database.',
    },
    loginId: `${branch.enterpriseCode}+${an.citizenId}`,
    left: 0,
  },
  {
    name: 'a passport the foreign residents` records do not hold',
    form: () => ({ ...foreignerForm(erika), passportNumber: 'C01X00T48' }),
    status: 400,
    message: {
      vi: 'Không tìm thấy hộ chiếu này trong dữ liệu người nước ngoài cư trú tại Việt Nam.',
      en: 'This passport is not in the records of foreigners residing in Vietnam.',
    },
    loginId: 'DEU/C01X00T48',
    left: 0,
  },
]

describe.each(['vi', 'en'] as const)('refusals in %s', (language) => {
  it.each(REFUSALS)('$name: $status', async (refusal) => {
    // The passport-taken row needs Kim registered (the foreigner block above, or here when run alone).
    if (refusal.left === 1 && (await accounts(refusal.loginId)) === 0) await register(foreignerForm(kim))
    const form = refusal.form()
    const flow = await start(language)
    const page = await registration(flow, form.kind as 'foreigner' | 'business')
    const refused = await flow.browser.submit(page, '/register', form)
    expect(refused.status).toBe(refusal.status)
    expect(refused.body).toContain(`<html lang="${language}">`)
    expect(refused.body).toContain(refusal.message[language])
    expect(refused.body).toContain('<div class="summary" role="alert"')
    if (refusal.field) {
      expect(refused.body).toContain(`<a href="#${refusal.field}">`)
      expect(refused.body).toMatch(new RegExp(`id="${refusal.field}"[^>]*aria-invalid="true"`))
    }
    // The form comes back as typed, the password never.
    expect(refused.body).not.toContain(PASSWORD)
    expect(await accounts(refusal.loginId)).toBe(refusal.left)
  })
})

describe('two registrations of one passport at once', () => {
  it('makes one account; the other is told it exists (409), never a 500', async () => {
    const flows = await Promise.all([start(), start()])
    const pages = await Promise.all(flows.map((flow) => registration(flow, 'foreigner')))
    const answers = await Promise.all(
      flows.map((flow, i) => flow.browser.submit(pages[i] as Page, '/register', foreignerForm(erika), CALLBACK)),
    )
    const statuses = answers.map((answer) =>
      answer.url.startsWith(CALLBACK) || answer.body.includes('/confirm') ? 'created' : answer.status,
    )
    expect(statuses.sort()).toEqual([409, 'created'].sort())
    expect(await accounts(`DEU/${erika.passportNumber}`)).toBe(1)
  })

  it('turns the unique login key into AccountTaken when the check before it was passed (a lost race)', async () => {
    const { password: _, ...typed } = foreignerForm(erika)
    const data = { ...typed, kind: 'foreigner' as const }
    await expect(createAccount(world.payload, data, PASSWORD, 'registry')).rejects.toBeInstanceOf(AccountTaken)
    expect(await accounts(`DEU/${erika.passportNumber}`)).toBe(1)
  })
})
