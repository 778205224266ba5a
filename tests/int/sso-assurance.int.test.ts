import * as client from 'openid-client'
import { generate } from 'otplib'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { SYNTHETIC_PEOPLE } from '../../cms/src/sso/accounts/synthetic-people.ts'
import { FormBrowser, type Page } from '../support/sso-browser.ts'
import { pkce } from '../support/sso-client.ts'
import { type SsoWorld, startSsoWorld } from '../support/sso-world.ts'

/**
 * Assurance levels through openid-client: `acr_values` and the client's minimum level are
 * enforced by a step-up to a one-time code (TOTP, enrolled on the way when missing), never
 * answered with a lower level; `acr` and `amr` in the ID token say what happened.
 */
let world: SsoWorld
const CALLBACK = 'http://127.0.0.1:9/assurance/callback'
const PASSWORD = 'mật khẩu bước hai đủ dài'
const person = SYNTHETIC_PEOPLE[3] as (typeof SYNTHETIC_PEOPLE)[number]
const parties: Record<'plain' | 'strict', client.Configuration> = {} as never

beforeAll(async () => {
  world = await startSsoWorld()
  for (const [key, minimumAcr] of [
    ['plain', 'loa2'],
    ['strict', 'loa3'],
  ] as const) {
    const { clientId, clientSecret } = await world.addParty({
      name: `Cổng thử nghiệm mức ${minimumAcr} (synthetic)`,
      redirectUris: [{ uri: CALLBACK }],
      scopes: ['openid', 'profile'],
      minimumAcr,
    })
    parties[key] = await world.relyingParty(clientId, clientSecret)
  }
})

afterAll(async () => {
  await world?.close()
})

type Started = { url: URL; verifier: string; state: string }

async function authorization(config: client.Configuration, extra: Record<string, string> = {}): Promise<Started> {
  const { verifier, state, params } = await pkce()
  const url = client.buildAuthorizationUrl(config, {
    redirect_uri: CALLBACK,
    scope: 'openid profile',
    ...params,
    ...extra,
  })
  return { url, verifier, state }
}

async function tokensFrom(browser: FormBrowser, config: client.Configuration, started: Started, page: Page) {
  const landed = page.url.startsWith(CALLBACK) ? page : await browser.submit(page, '/confirm', {}, CALLBACK)
  expect(landed.url.startsWith(CALLBACK), landed.body.slice(0, 400)).toBe(true)
  return client.authorizationCodeGrant(config, new URL(landed.url), {
    pkceCodeVerifier: started.verifier,
    expectedState: started.state,
  })
}

const secretOn = (page: Page) => page.body.match(/<code id="totp-secret">([A-Z2-7 ]+)<\/code>/)?.[1]?.replace(/ /g, '')

describe('step-up to loa3', () => {
  const browser = new FormBrowser()
  let secret: string

  beforeAll(async () => {
    const started = await authorization(parties.plain)
    const login = await browser.visit(started.url.href, {}, CALLBACK)
    const registration = await browser.visit(`${login.url}/register`)
    const next = await browser.submit(
      registration,
      '/register',
      {
        citizenId: person.citizenId,
        fullName: person.fullName,
        birthDate: person.birthDate,
        phone: person.phone,
        email: person.email,
        password: PASSWORD,
      },
      CALLBACK,
    )
    const tokens = await tokensFrom(browser, parties.plain, started, next)
    expect(tokens.claims()).toMatchObject({ acr: 'loa2', amr: ['pwd'] })
  })

  it('refuses prompt=none for loa3 on a loa2 session with login_required', async () => {
    const started = await authorization(parties.plain, { acr_values: 'loa3', prompt: 'none' })
    const answer = new URL((await browser.visit(started.url.href, {}, CALLBACK)).url)
    expect(answer.searchParams.get('error')).toBe('login_required')
  })

  it('asks a loa2 session for a one-time code, enrolling the authenticator first', async () => {
    const started = await authorization(parties.plain, { acr_values: 'loa3' })
    const page = await browser.visit(started.url.href, {}, CALLBACK)
    expect(page.status).toBe(200)
    expect(page.body).not.toContain('name="password"')
    expect(page.body).toContain('name="code"')
    expect(page.body).not.toContain('<script')
    secret = secretOn(page) as string
    expect(secret).toMatch(/^[A-Z2-7]{26,}$/)
    expect(page.body).toContain(`otpauth://totp/`)
    const wrong = await browser.submit(page, '/otp', {
      code: '000000' === (await generate({ secret })) ? '111111' : '000000',
    })
    expect(wrong.status).toBe(401)
    expect(wrong.body).toContain('Mã xác thực không đúng hoặc đã được dùng.')
    // The same secret on the page again: an app set up from the first page keeps working.
    expect(secretOn(wrong)).toBe(secret)
    const code = await generate({ secret })
    const tokens = await tokensFrom(
      browser,
      parties.plain,
      started,
      await browser.submit(wrong, '/otp', { code }, CALLBACK),
    )
    expect(tokens.claims()).toMatchObject({ acr: 'loa3', amr: ['pwd', 'otp'] })
  })

  it('keeps the secret sealed in the database', async () => {
    const { rows } = await world.pool.query<{ sealed: string; confirmed_at: Date | null }>(
      'SELECT sealed, confirmed_at FROM sso.totp_secrets',
    )
    expect(rows).toHaveLength(1)
    expect(rows[0]?.confirmed_at).toBeTruthy()
    expect(rows[0]?.sealed).not.toContain(secret)
  })

  it('a loa3 session satisfies loa3 and loa2 without asking again', async () => {
    for (const acr_values of ['loa3', 'loa2']) {
      const started = await authorization(parties.plain, { acr_values })
      const tokens = await tokensFrom(
        browser,
        parties.plain,
        started,
        await browser.visit(started.url.href, {}, CALLBACK),
      )
      expect(tokens.claims()?.acr).toBe('loa3')
    }
  })

  it('a new login asks password then code (no enrolment), and refuses a code used before', async () => {
    const fresh = new FormBrowser('en')
    const started = await authorization(parties.plain, { acr_values: 'loa3' })
    const login = await fresh.visit(started.url.href, {}, CALLBACK)
    const codePage = await fresh.submit(login, '/login', { citizenId: person.citizenId, password: PASSWORD })
    expect(codePage.body).toContain('name="code"')
    expect(secretOn(codePage)).toBeUndefined()
    // The code of the time step last accepted (read back, so a step boundary between tests cannot matter).
    const { rows } = await world.pool.query<{ step: string }>('SELECT last_time_step AS step FROM sso.totp_secrets')
    const step = Number(rows[0]?.step)
    const used = await generate({ secret, epoch: step * 30 })
    const replay = await fresh.submit(codePage, '/otp', { code: used })
    expect(replay.status).toBe(401)
    expect(replay.body).toContain('The code is wrong or was already used.')
    // The next step's code (now or within the one-step tolerance for clock drift).
    const next = await generate({ secret, epoch: (step + 1) * 30 })
    const tokens = await tokensFrom(
      fresh,
      parties.plain,
      started,
      await fresh.submit(replay, '/otp', { code: next }, CALLBACK),
    )
    expect(tokens.claims()).toMatchObject({ acr: 'loa3', amr: ['pwd', 'otp'] })
  })
})

describe('minimum level of a relying party and loa4', () => {
  it('a client whose minimum is loa3 gets loa3 even when it asks loa2', async () => {
    const browser = new FormBrowser()
    const started = await authorization(parties.strict, { acr_values: 'loa2' })
    const login = await browser.visit(started.url.href, {}, CALLBACK)
    const codePage = await browser.submit(login, '/login', { citizenId: person.citizenId, password: PASSWORD })
    expect(codePage.status).toBe(200)
    expect(codePage.body).toContain('name="code"')
    expect(codePage.body).toContain('loa3')
    // Abandoning the code gives the relying party an error, never a loa2 login.
    const aborted = await browser.submit(codePage, '/abort', {}, CALLBACK)
    expect(new URL(aborted.url).searchParams.get('error')).toBe('access_denied')
  })

  it('loa4 is not reachable with a password and a code: the page says so, no lower level is issued', async () => {
    const browser = new FormBrowser()
    const started = await authorization(parties.plain, { acr_values: 'loa4' })
    const login = await browser.visit(started.url.href, {}, CALLBACK)
    const page = await browser.submit(login, '/login', { citizenId: person.citizenId, password: PASSWORD })
    expect(page.status).toBe(200)
    expect(page.body).toContain('Cần đăng nhập ở mức bảo đảm cao nhất')
    expect(page.body).not.toContain('name="code"')
    // A code posted anyway (no form offers it) finishes nothing.
    const otp = page.url.replace(/\/login\?.*$/, '/otp')
    const refused = await browser.visit(otp, { form: { code: '123456' } }, CALLBACK)
    expect(refused.url.startsWith(CALLBACK)).toBe(false)
    expect(refused.body).toContain('name="password"')
  })
})
