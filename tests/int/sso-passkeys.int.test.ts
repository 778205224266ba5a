import WebAuthnEmulator, { AuthenticatorEmulator, PasskeysCredentialsMemoryRepository } from 'nid-webauthn-emulator'
import * as client from 'openid-client'
import { generate } from 'otplib'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { SYNTHETIC_PEOPLE } from '../../cms/src/sso/accounts/synthetic-people.ts'
import { FormBrowser, type Page } from '../support/sso-browser.ts'
import { pkce } from '../support/sso-client.ts'
import { type SsoWorld, startSsoWorld } from '../support/sso-world.ts'

/**
 * Passkeys (loa4) through openid-client as the relying party, with a software
 * authenticator (nid-webauthn-emulator: CTAP2 and the WebAuthn client side) answering the
 * server's real options: registered on the account page after a step-up to loa3, used to
 * log in with acr loa4 (amr swk: the emulator's passkeys are synced ones; the browser test's
 * virtual authenticator gives hwk), asked for by acr_values=loa4; and refused when the
 * answer is replayed, its challenge expired, its credential unknown or removed or another
 * account's (in a step-up), or it was made for another origin or without user verification.
 */
let world: SsoWorld
let party: client.Configuration
const CALLBACK = 'http://127.0.0.1:9/passkeys/callback'
const PASSWORD = 'mật khẩu khóa truy cập đủ dài'
const person = SYNTHETIC_PEOPLE[1] as (typeof SYNTHETIC_PEOPLE)[number]
// Its own store of keys (the library's default store is shared by every emulator in the process).
const authenticator = new WebAuthnEmulator(
  new AuthenticatorEmulator({ credentialsRepository: new PasskeysCredentialsMemoryRepository() }),
)

beforeAll(async () => {
  world = await startSsoWorld({ hostname: 'localhost' })
  const { clientId, clientSecret } = await world.addParty({
    name: 'Cổng thử nghiệm khóa truy cập (synthetic)',
    redirectUris: [{ uri: CALLBACK }],
    scopes: ['openid', 'profile'],
  })
  party = await world.relyingParty(clientId, clientSecret)
})

afterAll(async () => {
  await world?.close()
})

type Started = { url: URL; verifier: string; state: string }

async function authorization(extra: Record<string, string> = {}): Promise<Started> {
  const { verifier, state, params } = await pkce()
  const url = client.buildAuthorizationUrl(party, {
    redirect_uri: CALLBACK,
    scope: 'openid profile',
    ...params,
    ...extra,
  })
  return { url, verifier, state }
}

/** The code at the callback, past the consent page a browser new to this portal is shown. */
async function tokensFrom(started: Started, page: Page, browser?: FormBrowser) {
  const landed = page.url.startsWith(CALLBACK) || !browser ? page : await browser.submit(page, '/confirm', {}, CALLBACK)
  expect(landed.url.startsWith(CALLBACK), landed.body.slice(0, 600)).toBe(true)
  return client.authorizationCodeGrant(party, new URL(landed.url), {
    pkceCodeVerifier: started.verifier,
    expectedState: started.state,
  })
}

/** The options the page carries for its script (passkeys/pages.ts). */
function optionsOn(page: Page) {
  const json = page.body.match(/<script type="application\/json" id="passkey-options">([\s\S]*?)<\/script>/)?.[1]
  if (!json) throw new Error(`no passkey options on ${page.url}: ${page.body.slice(0, 400)}`)
  return JSON.parse(json)
}

const accountUrl = () => `${world.issuer}/account?lang=vi`
const addUrl = () => `${world.issuer}/account/passkey-add?lang=vi`
const text = (page: Page) => page.body.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ')

/** A new interaction of the relying party, at its passkey page. */
async function passkeyPage(browser: FormBrowser, extra: Record<string, string> = {}) {
  const started = await authorization(extra)
  const login = await browser.visit(started.url.href, {}, CALLBACK)
  expect(login.body).toMatch(/<a href="[^"]+\/passkey\?lang=(vi|en)">/)
  const page = await browser.visit(`${login.url.split('?')[0]}/passkey?lang=${browser.language}`)
  expect(page.status).toBe(200)
  return { started, page }
}

/** Registers `who` through the relying party (loa2), with the consent page on the way. */
async function register(browser: FormBrowser, who: (typeof SYNTHETIC_PEOPLE)[number]) {
  const started = await authorization()
  const login = await browser.visit(started.url.href, {}, CALLBACK)
  const { citizenId, fullName, birthDate, phone, email } = who
  const fields = { citizenId, fullName, birthDate, phone, email, password: PASSWORD }
  const next = await browser.submit(await browser.visit(`${login.url}/register`), '/register', fields, CALLBACK)
  expect((await tokensFrom(started, next, browser)).claims()?.acr).toBe('loa2')
}

/** The account page's step-up to loa3 (`link`), enrolling TOTP with the secret the page shows. */
async function stepUp(browser: FormBrowser, link: string): Promise<Page> {
  const codePage = await browser.visit(link)
  const secret = codePage.body.match(/<code id="totp-secret">([A-Z2-7 ]+)<\/code>/)?.[1]?.replace(/ /g, '') as string
  return browser.submit(codePage, '/otp', { code: await generate({ secret }) })
}

describe('a citizen registers a passkey and logs in with it', () => {
  const browser = new FormBrowser()
  let registration: unknown
  let assertion: { id: string }

  beforeAll(async () => {
    await register(browser, person)
  })

  it('asks a loa2 session to step up to loa3 before a passkey can be added', async () => {
    const account = await browser.visit(accountUrl())
    expect(text(account)).toContain('Tài khoản chưa có khóa truy cập nào.')
    expect(account.body).not.toContain('passkey-add')
    const refused = await browser.visit(addUrl())
    expect(refused.status).toBe(200)
    expect(refused.body).not.toContain('data-passkey')
    expect(text(refused)).toContain('hãy xác nhận lần đăng nhập này bằng mã xác thực một lần')
    // The page's step-up link: the account page's own client with acr_values=loa3.
    const link = account.body.match(/href="([^"]*acr_values=loa3[^"]*)"/)?.[1]?.replace(/&amp;/g, '&')
    expect(link).toBeDefined()
    const back = await stepUp(browser, link as string)
    expect(back.url).toContain('/oidc/account')
    expect(text(back)).toContain('Lần đăng nhập này: Mức 3')
  })

  it('registers a named passkey, with its options and script on their own page', async () => {
    const page = await browser.visit(addUrl())
    expect(page.body).toMatch(/<script src="\/oidc\/passkeys\/webauthn\.js" integrity="sha384-/)
    const options = optionsOn(page)
    expect(options).toMatchObject({
      rp: { id: 'localhost' },
      authenticatorSelection: { residentKey: 'required', userVerification: 'required' },
      attestation: 'none',
    })
    registration = authenticator.createJSON(new URL(world.issuer).origin, options)
    const missingName = await browser.submit(page, '/passkey-add', {
      name: ' ',
      response: JSON.stringify(registration),
    })
    expect(missingName.status).toBe(400)
    const done = await browser.submit(page, '/passkey-add', {
      name: 'Điện thoại <thử>',
      response: JSON.stringify(registration),
    })
    expect(done.status).toBe(200)
    expect(done.body).toContain('Đã thêm khóa truy cập “Điện thoại &lt;thử&gt;”.')
    expect(text(done)).toContain('Đồng bộ giữa các thiết bị')
    const { rows } = await world.pool.query('SELECT account_id, name, device_bound FROM sso.passkeys')
    expect(rows).toEqual([{ account_id: expect.any(String), name: 'Điện thoại <thử>', device_bound: false }])
  })

  it('refuses a registration without user verification (PIN or biometrics)', async () => {
    const page = await browser.visit(addUrl())
    const careless = new WebAuthnEmulator(
      new AuthenticatorEmulator({
        userMakeCredentialInteraction: (user) => ({ user, options: { uv: false, up: true } }),
        credentialsRepository: new PasskeysCredentialsMemoryRepository(),
      }),
    )
    const answer = careless.createJSON(new URL(world.issuer).origin, optionsOn(page))
    const refused = await browser.submit(page, '/passkey-add', { name: 'Không PIN', response: JSON.stringify(answer) })
    expect(refused.status).toBe(400)
    expect(text(refused)).toContain('Không xác minh được khóa truy cập.')
  })

  it('refuses the same registration again: its challenge was used', async () => {
    const page = await browser.visit(addUrl())
    const again = await browser.submit(page, '/passkey-add', {
      name: 'Lần hai',
      response: JSON.stringify(registration),
    })
    expect(again.status).toBe(400)
    expect(text(again)).toContain('Yêu cầu dùng khóa truy cập đã hết hạn hoặc đã được dùng.')
  })

  it('logs in with the passkey alone at loa4 (amr swk, a synced passkey) when the relying party asks acr_values=loa4', async () => {
    const fresh = new FormBrowser()
    const { started, page } = await passkeyPage(fresh, { acr_values: 'loa4' })
    const options = optionsOn(page)
    expect(options).toMatchObject({ rpId: 'localhost', userVerification: 'required', allowCredentials: [] })
    assertion = authenticator.getJSON(new URL(world.issuer).origin, options)
    const landed = await fresh.submit(page, '/passkey', { response: JSON.stringify(assertion) }, CALLBACK)
    const claims = (await tokensFrom(started, landed, fresh)).claims()
    expect(claims).toMatchObject({ acr: 'loa4', amr: ['swk'] })
  })

  it('refuses a replayed assertion (its challenge answered once)', async () => {
    const fresh = new FormBrowser()
    const { page } = await passkeyPage(fresh)
    const refused = await fresh.submit(page, '/passkey', { response: JSON.stringify(assertion) }, CALLBACK)
    expect(refused.status).toBe(401)
    expect(text(refused)).toContain('Yêu cầu dùng khóa truy cập đã hết hạn hoặc đã được dùng.')
  })

  it('refuses an answer to an expired challenge', async () => {
    const fresh = new FormBrowser()
    const { page } = await passkeyPage(fresh)
    const options = optionsOn(page)
    await world.pool.query(
      `UPDATE sso.oidc_models SET expires_at = clock_timestamp() - interval '1 second'
       WHERE model = 'PasskeyChallenge' AND id = $1`,
      [options.challenge],
    )
    const answer = authenticator.getJSON(new URL(world.issuer).origin, options)
    const refused = await fresh.submit(page, '/passkey', { response: JSON.stringify(answer) }, CALLBACK)
    expect(refused.status).toBe(401)
    expect(text(refused)).toContain('đã hết hạn hoặc đã được dùng')
  })

  it('refuses an answer made for another origin (a phishing copy of the page)', async () => {
    const fresh = new FormBrowser('en')
    const { page } = await passkeyPage(fresh)
    const phishing = `http://portal-login.localhost:${new URL(world.issuer).port}`
    const answer = authenticator.getJSON(phishing, optionsOn(page))
    const refused = await fresh.submit(page, '/passkey', { response: JSON.stringify(answer) }, CALLBACK)
    expect(refused.status).toBe(401)
    expect(text(refused)).toContain('The passkey could not be verified.')
  })

  it('refuses an unknown credential and an answer that is no JSON', async () => {
    const fresh = new FormBrowser()
    const { page } = await passkeyPage(fresh)
    const answer = authenticator.getJSON(new URL(world.issuer).origin, optionsOn(page)) as { id: string; rawId: string }
    const unknown = { ...answer, id: 'AAAAAAAAAAAAAAAAAAAAAA', rawId: 'AAAAAAAAAAAAAAAAAAAAAA' }
    const refused = await fresh.submit(page, '/passkey', { response: JSON.stringify(unknown) }, CALLBACK)
    expect(refused.status).toBe(401)
    expect(text(refused)).toContain('Khóa truy cập này không thuộc tài khoản nào trên Cổng')
    const garbage = await fresh.submit(refused, '/passkey', { response: '{not json' }, CALLBACK)
    expect(garbage.status).toBe(400)
  })

  it('a loa2 session asked for loa4 is offered its own passkeys, never a lower level', async () => {
    const other = new FormBrowser()
    const started = await authorization()
    const login = await other.visit(started.url.href, {}, CALLBACK)
    const first = await other.submit(login, '/login', { citizenId: person.citizenId, password: PASSWORD }, CALLBACK)
    expect((await tokensFrom(started, first, other)).claims()?.acr).toBe('loa2')
    const stepUp = await authorization({ acr_values: 'loa4' })
    const highest = await other.visit(stepUp.url.href, {}, CALLBACK)
    expect(highest.body).toContain('Cần đăng nhập ở mức bảo đảm cao nhất')
    const href = highest.body.match(/href="([^"]*\/passkey\?lang=vi)"/)?.[1] as string
    const page = await other.visit(new URL(href, world.issuer).href)
    const options = optionsOn(page)
    expect(options.allowCredentials).toEqual([expect.objectContaining({ id: assertion.id })])
    const landed = await other.submit(
      page,
      '/passkey',
      { response: JSON.stringify(authenticator.getJSON(new URL(world.issuer).origin, options)) },
      CALLBACK,
    )
    expect((await tokensFrom(stepUp, landed, other)).claims()).toMatchObject({ acr: 'loa4', amr: ['swk'] })
  })

  it('a loa2 session asked for loa3 may answer with its passkey instead of a code', async () => {
    const other = new FormBrowser('en')
    const started = await authorization()
    const login = await other.visit(started.url.href, {}, CALLBACK)
    const first = await other.submit(login, '/login', { citizenId: person.citizenId, password: PASSWORD }, CALLBACK)
    await tokensFrom(started, first, other)
    const stepUp = await authorization({ acr_values: 'loa3' })
    const codePage = await other.visit(stepUp.url.href, {}, CALLBACK)
    expect(codePage.body).toContain('name="code"')
    const href = codePage.body.match(/<a href="([^"]*\/passkey\?lang=en)">Sign in with a passkey<\/a>/)?.[1] as string
    const page = await other.visit(new URL(href, world.issuer).href)
    const answer = authenticator.getJSON(new URL(world.issuer).origin, optionsOn(page))
    const landed = await other.submit(page, '/passkey', { response: JSON.stringify(answer) }, CALLBACK)
    expect((await tokensFrom(stepUp, landed, other)).claims()).toMatchObject({ acr: 'loa4', amr: ['swk'] })
  })

  it('a step-up of one account refuses the passkey of another', async () => {
    const other = new FormBrowser()
    const someone = SYNTHETIC_PEOPLE[0] as (typeof SYNTHETIC_PEOPLE)[number]
    const theirs = new WebAuthnEmulator(
      new AuthenticatorEmulator({ credentialsRepository: new PasskeysCredentialsMemoryRepository() }),
    )
    await register(other, someone)
    await stepUp(
      other,
      `${world.issuer}/auth?${new URLSearchParams({
        client_id: 'portal-account',
        response_type: 'none',
        scope: 'openid',
        redirect_uri: accountUrl(),
        acr_values: 'loa3',
      })}`,
    )
    const add = await other.visit(addUrl())
    const created = theirs.createJSON(new URL(world.issuer).origin, optionsOn(add))
    await other.submit(add, '/passkey-add', { name: 'Của người khác', response: JSON.stringify(created) })
    // The first citizen's password session asks loa4; the other's passkey answers (as if lent or stolen).
    const mine = new FormBrowser()
    const started = await authorization()
    const login = await mine.visit(started.url.href, {}, CALLBACK)
    await tokensFrom(
      started,
      await mine.submit(login, '/login', { citizenId: person.citizenId, password: PASSWORD }, CALLBACK),
      mine,
    )
    const asked = await authorization({ acr_values: 'loa4' })
    const highest = await mine.visit(asked.url.href, {}, CALLBACK)
    const page = await mine.visit(`${highest.url.split('?')[0]}/passkey?lang=vi`)
    const answer = theirs.getJSON(new URL(world.issuer).origin, { ...optionsOn(page), allowCredentials: [] })
    const refused = await mine.submit(page, '/passkey', { response: JSON.stringify(answer) }, CALLBACK)
    expect(refused.status).toBe(401)
    expect(text(refused)).toContain('Khóa truy cập này thuộc một tài khoản khác.')
  })

  it('removes the passkey on the account page; it no longer logs anybody in', async () => {
    const account = await browser.visit(accountUrl())
    const removed = await browser.submit(account, '/passkey-remove')
    expect(text(removed)).toContain('Đã xóa khóa truy cập.')
    expect(text(removed)).toContain('Tài khoản chưa có khóa truy cập nào.')
    const fresh = new FormBrowser()
    const { page } = await passkeyPage(fresh)
    const answer = authenticator.getJSON(new URL(world.issuer).origin, optionsOn(page))
    const refused = await fresh.submit(page, '/passkey', { response: JSON.stringify(answer) }, CALLBACK)
    expect(refused.status).toBe(401)
  })
})
