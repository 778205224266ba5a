import * as client from 'openid-client'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { SYNTHETIC_EID_IDENTITIES } from '../../cms/src/sso/eid/local-eid.ts'
import { FormBrowser, type Page } from '../support/sso-browser.ts'
import { pkce } from '../support/sso-client.ts'
import { type SsoWorld, startSsoWorld } from '../support/sso-world.ts'

/**
 * "Đăng nhập bằng tài khoản định danh điện tử": the portal, a relying party of the national
 * e-ID (here the local stand-in, a second oidc-provider with labelled synthetic identities),
 * signs the citizen in, links or creates the account and sets its assurance level; a
 * ministry portal (openid-client) gets acr loa4 only from the e-ID's highest level.
 */
let world: SsoWorld
let config: client.Configuration
const CALLBACK = 'http://127.0.0.1:9/eid/callback'
const [fresh, registered] = SYNTHETIC_EID_IDENTITIES as [
  (typeof SYNTHETIC_EID_IDENTITIES)[number],
  (typeof SYNTHETIC_EID_IDENTITIES)[number],
]
const levelOne = SYNTHETIC_EID_IDENTITIES.at(-1) as (typeof SYNTHETIC_EID_IDENTITIES)[number]

beforeAll(async () => {
  world = await startSsoWorld()
  const { clientId, clientSecret } = await world.addParty({
    name: 'Cổng Bộ Thử nghiệm định danh (synthetic)',
    redirectUris: [{ uri: CALLBACK }],
    scopes: ['openid', 'profile', 'identity'],
  })
  config = await world.relyingParty(clientId, clientSecret)
})

afterAll(async () => {
  await world?.close()
})

async function authorization(acr_values: string) {
  const { params, checks } = await pkce()
  const url = client.buildAuthorizationUrl(config, {
    redirect_uri: CALLBACK,
    scope: 'openid profile identity',
    ...params,
    acr_values,
  })
  return { url, checks }
}

const eidLink = (page: Page) =>
  new URL((page.body.match(/href="([^"]*\/eid\?[^"]*)"/)?.[1] ?? '').replace(/&amp;/g, '&'), page.url).href

/** From the portal's login page through the e-ID's chooser, as `who`, back to the portal. */
async function throughEid(browser: FormBrowser, login: Page, who: { citizenId: string }): Promise<Page> {
  const chooser = await browser.visit(eidLink(login))
  expect(chooser.url.startsWith(world.eid.issuer)).toBe(true)
  expect(chooser.body).toContain('SYNTHETIC')
  return browser.submit(chooser, new URL(chooser.url).pathname, { citizenId: who.citizenId }, CALLBACK)
}

async function citizen(citizenId: string) {
  const found = await world.payload.find({ collection: 'citizens', where: { citizenId: { equals: citizenId } } })
  return found.docs
}

describe('national e-ID login', () => {
  it('offers it on the login page, in both languages', async () => {
    for (const [language, label] of [
      ['vi', 'Đăng nhập bằng tài khoản định danh điện tử'],
      ['en', 'Log in with the national electronic identity (VNeID)'],
    ]) {
      const page = await new FormBrowser(language).visit((await authorization('loa2')).url.href, {}, CALLBACK)
      expect(page.body).toContain(label)
    }
  })

  it('creates the account of a new citizen at loa4 from the e-ID`s highest level', async () => {
    const browser = new FormBrowser()
    const { url, checks } = await authorization('loa4')
    const back = await throughEid(browser, await browser.visit(url.href, {}, CALLBACK), fresh)
    const landed = back.url.startsWith(CALLBACK) ? back : await browser.submit(back, '/confirm', {}, CALLBACK)
    const tokens = await client.authorizationCodeGrant(config, new URL(landed.url), checks)
    expect(tokens.claims()).toMatchObject({ acr: 'loa4', amr: ['fed'] })
    const info = await client.fetchUserInfo(config, tokens.access_token, String(tokens.claims()?.sub))
    expect(info).toMatchObject({ name: fresh.fullName, citizen_id: fresh.citizenId, identity_verified: 'e-id' })
    const [account] = await citizen(fresh.citizenId)
    expect(account).toMatchObject({ assuranceLevel: 'loa4', identityVerified: 'e-id' })
    const { rows } = await world.pool.query('SELECT account_id, level FROM sso.eid_links')
    expect(rows).toEqual([{ account_id: String(account?.id), level: 'loa4' }])
  })

  it('links the password account registered with the same citizen ID and raises its level', async () => {
    const first = new FormBrowser()
    const login = await first.visit((await authorization('loa2')).url.href, {}, CALLBACK)
    const registration = await first.visit(`${login.url}/register`)
    await first.submit(
      registration,
      '/register',
      {
        citizenId: registered.citizenId,
        fullName: registered.fullName,
        birthDate: registered.birthDate,
        phone: registered.phone,
        email: registered.email,
        password: 'mật khẩu trước khi liên kết',
      },
      CALLBACK,
    )
    expect((await citizen(registered.citizenId))[0]).toMatchObject({ assuranceLevel: 'loa2' })

    const browser = new FormBrowser()
    const { url, checks } = await authorization('loa3')
    const back = await throughEid(browser, await browser.visit(url.href, {}, CALLBACK), registered)
    const landed = back.url.startsWith(CALLBACK) ? back : await browser.submit(back, '/confirm', {}, CALLBACK)
    const tokens = await client.authorizationCodeGrant(config, new URL(landed.url), checks)
    expect(tokens.claims()?.acr).toBe('loa4')
    const accounts = await citizen(registered.citizenId)
    expect(accounts).toHaveLength(1)
    expect(accounts[0]).toMatchObject({ assuranceLevel: 'loa4', identityVerified: 'e-id' })
  })

  it('a lower e-ID level gives loa3: refused where loa4 is asked, never a lower level', async () => {
    const browser = new FormBrowser('en')
    const { url } = await authorization('loa4')
    const back = await throughEid(browser, await browser.visit(url.href, {}, CALLBACK), levelOne)
    expect(back.url.startsWith(CALLBACK)).toBe(false)
    expect(back.status).toBe(403)
    expect(back.body).toContain('does not reach the assurance level loa4')

    const again = new FormBrowser()
    const loa3 = await authorization('loa3')
    const ok = await throughEid(again, await again.visit(loa3.url.href, {}, CALLBACK), levelOne)
    const landed = ok.url.startsWith(CALLBACK) ? ok : await again.submit(ok, '/confirm', {}, CALLBACK)
    const tokens = await client.authorizationCodeGrant(config, new URL(landed.url), loa3.checks)
    expect(tokens.claims()).toMatchObject({ acr: 'loa3', amr: ['fed'] })
  })

  it('refuses a callback whose state names no interaction', async () => {
    const response = await new FormBrowser().request(`${world.issuer}/eid/callback?code=x&state=nothing`)
    expect(response.status).toBe(400)
  })
})
