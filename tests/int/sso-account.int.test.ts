import http from 'node:http'
import type { AddressInfo } from 'node:net'
import * as client from 'openid-client'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { SITE_CLIENT } from '../../cms/src/sso/account/site-client.ts'
import { SYNTHETIC_PEOPLE } from '../../cms/src/sso/accounts/synthetic-people.ts'
import { FormBrowser, type Page } from '../support/sso-browser.ts'
import { pkce } from '../support/sso-client.ts'
import { type SsoWorld, startSsoWorld } from '../support/sso-world.ts'

/**
 * The citizen's account page on the provider (server-rendered, no script): profile,
 * assurance, sessions and portals, the append-only sign-in log, "log out everywhere"
 * reaching a relying party by back-channel; and the static site as a first-party public
 * client (no consent page, CORS for its origin on the token endpoint).
 */
let world: SsoWorld
let backchannel: { server: http.Server; url: string; tokens: string[] }
const RP = { id: '', secret: '' }
const CALLBACK = 'http://127.0.0.1:9/callback'
const RP_NAME = 'Cổng dịch vụ công Bộ Tài khoản (synthetic)'
const person = SYNTHETIC_PEOPLE[2] as (typeof SYNTHETIC_PEOPLE)[number]
const PASSWORD = 'mật khẩu tài khoản thử'

async function startBackchannelReceiver() {
  const tokens: string[] = []
  const server = http.createServer(async (req, res) => {
    let body = ''
    for await (const chunk of req) body += chunk
    tokens.push(new URLSearchParams(body).get('logout_token') ?? '')
    res.writeHead(200)
    res.end()
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/logout`, tokens }
}

beforeAll(async () => {
  world = await startSsoWorld()
  backchannel = await startBackchannelReceiver()
  const party = await world.addParty({
    name: RP_NAME,
    redirectUris: [{ uri: CALLBACK }],
    scopes: ['openid', 'profile', 'offline_access'],
    backchannelLogoutUri: backchannel.url,
  })
  RP.id = party.clientId
  RP.secret = party.clientSecret as string
})

afterAll(async () => {
  backchannel?.server.close()
  await world?.close()
})

const accountUrl = (lang = 'vi') => `${world.issuer}/account?lang=${lang}`

/** Registers the person through the relying party's login and redeems the code: its tokens. */
async function registerThroughParty(browser: FormBrowser) {
  const config = await world.relyingParty(RP.id, RP.secret)
  const { params, checks } = await pkce()
  const url = client.buildAuthorizationUrl(config, {
    redirect_uri: CALLBACK,
    scope: 'openid profile offline_access',
    prompt: 'consent',
    ...params,
  })
  const login = await browser.visit(url.href, {}, CALLBACK)
  const registerHref = login.body.match(/href="([^"]*\/register[^"]*)"/)?.[1]?.replace(/&amp;/g, '&') ?? ''
  const registration = await browser.visit(new URL(registerHref, login.url).href)
  const { citizenId, fullName, birthDate, phone, email } = person
  const fields = { citizenId, fullName, birthDate, phone, email, password: PASSWORD }
  const consent = await browser.submit(registration, '/register', fields, CALLBACK)
  const landed = consent.url.startsWith(CALLBACK) ? consent : await browser.submit(consent, '/confirm', {}, CALLBACK)
  const tokens = await client.authorizationCodeGrant(config, new URL(landed.url), checks)
  return { config, tokens }
}

function text(page: Page): string {
  return page.body.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ')
}

describe('account page', () => {
  const browser = new FormBrowser('vi')
  let rp: Awaited<ReturnType<typeof registerThroughParty>>

  beforeAll(async () => {
    rp = await registerThroughParty(browser)
  })

  it('shows the profile, assurance level, this session, the connected portal and the sign-in', async () => {
    const page = await browser.visit(accountUrl())
    expect(page.status).toBe(200)
    expect(page.body).toMatch(/^<!doctype html><html lang="vi">/)
    expect(page.body).not.toMatch(/<script/i)
    const shown = text(page)
    expect(shown).toContain(person.fullName)
    expect(shown).toContain(person.citizenId)
    expect(shown).toContain('Mức 2 (mật khẩu)')
    expect(shown).toContain('(trình duyệt này)')
    expect(shown).toContain(RP_NAME)
    expect(shown).toMatch(/127\.0\.0\.1/)
    expect(shown).toContain('Đăng nhập (Mức 2 (mật khẩu))')
  })

  it('speaks English with ?lang=en', async () => {
    const page = await browser.visit(accountUrl('en'))
    expect(page.body).toMatch(/<html lang="en">/)
    expect(text(page)).toContain('Sign-in history')
    expect(text(page)).toContain('Log out everywhere')
  })

  it('records every sign-in once, append-only', async () => {
    const { rows } = await world.pool.query<{ client_id: string; fresh: boolean; acr: string }>(
      `SELECT s.client_id, s.fresh, s.acr FROM sso.sign_ins s JOIN citizens c ON c.id::text = s.account_id
       WHERE c.citizen_id = $1 ORDER BY s.id`,
      [person.citizenId],
    )
    expect(rows).toEqual([{ client_id: RP.id, fresh: true, acr: 'loa2' }])
    await expect(world.pool.query('UPDATE sso.sign_ins SET ip = $1', ['203.0.113.1'])).rejects.toThrow(/append-only/)
    await expect(world.pool.query('DELETE FROM sso.sign_ins')).rejects.toThrow(/append-only/)
    await expect(world.pool.query('TRUNCATE sso.sign_ins')).rejects.toThrow(/append-only/)
  })

  it('refuses a form without its token', async () => {
    const response = await browser.request(`${world.issuer}/account/logout-everywhere?lang=vi`, {
      form: { csrf: 'forged' },
    })
    expect(response.status).toBe(403)
  })

  it('logs out everywhere: sessions and grants end, tokens die, the portal hears it by back-channel', async () => {
    const page = await browser.visit(accountUrl())
    const done = await browser.submit(page, '/logout-everywhere')
    expect(done.status).toBe(200)
    expect(text(done)).toMatch(/Bạn đã đăng xuất khỏi mọi nơi \(1 phiên, 1 cổng\)/)
    expect(backchannel.tokens).toHaveLength(1)
    const claims = JSON.parse(Buffer.from(backchannel.tokens[0]?.split('.')[1] ?? '', 'base64url').toString())
    expect(claims.aud).toBe(RP.id)
    expect(claims.events).toHaveProperty(['http://schemas.openid.net/event/backchannel-logout'])
    await expect(client.refreshTokenGrant(rp.config, rp.tokens.refresh_token as string)).rejects.toMatchObject({
      error: 'invalid_grant',
    })
    // The session is gone: the account page asks to sign in again.
    const again = await browser.request(accountUrl())
    expect(again.status).toBe(303)
    expect(again.headers.get('location')).toContain('client_id=portal-account')
  })
})

describe('account page without a session', () => {
  it('signs in first (no code, no consent page), then shows the account and logs that sign-in', async () => {
    const browser = new FormBrowser('en')
    const login = await browser.visit(accountUrl('en'))
    expect(login.url, text(login).slice(-400)).toMatch(/\/oidc\/interaction\//)
    const page = await browser.submit(login, '/login', { citizenId: person.citizenId, password: PASSWORD })
    expect(page.url.startsWith(accountUrl('en')), page.url).toBe(true)
    expect(new URL(page.url).searchParams.has('code')).toBe(false)
    expect(page.status).toBe(200)
    expect(text(page)).toContain(person.fullName)
    expect(text(page)).toContain('Tài khoản Cổng Dịch vụ công quốc gia')
  })
})

describe('the static site as a first-party public client', () => {
  it('redeems its code cross-origin with PKCE, no consent page, CORS for its own origin only', async () => {
    const browser = new FormBrowser('vi')
    const siteOrigin = 'http://127.0.0.1:4421'
    const redirectUri = `${siteOrigin}${SITE_CLIENT.callbackPaths.vi}`
    const config = await world.relyingParty(SITE_CLIENT.id)
    const verifier = client.randomPKCECodeVerifier()
    const url = client.buildAuthorizationUrl(config, {
      redirect_uri: redirectUri,
      scope: SITE_CLIENT.scope,
      code_challenge: await client.calculatePKCECodeChallenge(verifier),
      code_challenge_method: 'S256',
      state: 'synthetic-state',
    })
    const login = await browser.visit(url.href, {}, redirectUri)
    const back = await browser.submit(login, '/login', { citizenId: person.citizenId, password: PASSWORD }, redirectUri)
    const code = new URL(back.url).searchParams.get('code')
    expect(code, back.body.slice(0, 200)).toBeTruthy()
    const token = (origin: string) =>
      fetch(`${world.issuer}/token`, {
        method: 'POST',
        headers: { origin, 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({
          grant_type: 'authorization_code',
          code: code as string,
          redirect_uri: redirectUri,
          client_id: SITE_CLIENT.id,
          code_verifier: verifier,
        }),
      })
    const foreign = await token('http://evil.invalid')
    expect(foreign.headers.get('access-control-allow-origin')).toBeNull()
    const answer = await token(siteOrigin)
    expect(answer.status).toBe(200)
    expect(answer.headers.get('access-control-allow-origin')).toBe(siteOrigin)
    const body = await answer.json()
    const me = await fetch(`${world.issuer}/me`, {
      headers: { authorization: `Bearer ${body.access_token}`, origin: siteOrigin },
    })
    expect(me.headers.get('access-control-allow-origin')).toBe(siteOrigin)
    expect((await me.json()).name).toBe(person.fullName)
  })
})
