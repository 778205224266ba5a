import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { createRemoteJWKSet, jwtVerify } from 'jose'
import * as client from 'openid-client'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { SYNTHETIC_PEOPLE } from '../../cms/src/sso/accounts/synthetic-people.ts'
import { FormBrowser } from '../support/sso-browser.ts'
import { pkce } from '../support/sso-client.ts'
import { type SsoWorld, startSsoWorld } from '../support/sso-world.ts'

/**
 * Two relying parties created by an administrator in the CMS share one session (SSO);
 * each sees its own pairwise subject; logging out at one logs the citizen out of both
 * (RP-initiated logout, then back-channel logout tokens to both), and their grants go.
 */
type Party = { clientId: string; secret: string; callback: string; config: client.Configuration }

let world: SsoWorld
let receiver: http.Server
let receiverOrigin: string
const received = new Map<string, string[]>()
const parties: Party[] = []
const person = SYNTHETIC_PEOPLE[2] as (typeof SYNTHETIC_PEOPLE)[number]

beforeAll(async () => {
  world = await startSsoWorld()
  receiver = http.createServer((req, res) => {
    let body = ''
    req.on('data', (chunk) => {
      body += chunk
    })
    req.on('end', () => {
      const token = new URLSearchParams(body).get('logout_token')
      if (token) received.set(req.url ?? '', [...(received.get(req.url ?? '') ?? []), token])
      res.writeHead(200)
      res.end()
    })
  })
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve))
  receiverOrigin = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}`
  // Two hosts, so two sectors (OIDC Core 8.1): the pairwise subjects differ.
  for (const [name, host] of [
    ['one', '127.0.0.1'],
    ['two', 'localhost'],
  ]) {
    const callback = `${receiverOrigin.replace('127.0.0.1', host as string)}/${name}/callback`
    const { clientId, clientSecret } = await world.addParty({
      name: `Cổng thử nghiệm ${name} (synthetic)`,
      redirectUris: [{ uri: callback }],
      postLogoutRedirectUris: [{ uri: `${receiverOrigin}/${name}/logged-out` }],
      backchannelLogoutUri: `${receiverOrigin}/${name}/backchannel`,
      scopes: ['openid', 'profile', 'offline_access'],
    })
    const secret = clientSecret as string
    parties.push({ clientId, secret, callback, config: await world.relyingParty(clientId, secret) })
  }
})

afterAll(async () => {
  receiver?.closeAllConnections()
  await new Promise((resolve) => receiver?.close(resolve))
  await world?.close()
})

async function signIn(browser: FormBrowser, party: Party, first: boolean) {
  const { params, checks } = await pkce()
  const url = client.buildAuthorizationUrl(party.config, {
    redirect_uri: party.callback,
    scope: 'openid profile offline_access',
    ...params,
  })
  let page = await browser.visit(url.href, {}, party.callback)
  if (first) {
    const registration = await browser.visit(`${page.url}/register`)
    page = await browser.submit(
      registration,
      '/register',
      {
        citizenId: person.citizenId,
        fullName: person.fullName,
        birthDate: person.birthDate,
        phone: person.phone,
        email: person.email,
        password: 'một mật khẩu đủ dài',
      },
      party.callback,
    )
  }
  const consentShown = page.body.includes('/confirm')
  const loginShown = page.body.includes('/login')
  if (!page.url.startsWith(party.callback)) page = await browser.submit(page, '/confirm', {}, party.callback)
  const tokens = await client.authorizationCodeGrant(party.config, new URL(page.url), checks)
  return { tokens, consentShown, loginShown }
}

async function waitFor<T>(probe: () => T | undefined, ceilingMs = 30_000): Promise<T> {
  const until = Date.now() + ceilingMs
  for (;;) {
    const value = probe()
    if (value !== undefined) return value
    if (Date.now() > until) throw new Error('waited in vain')
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
}

describe('single sign-on and single logout across two relying parties', () => {
  const browser = new FormBrowser()
  let one: Awaited<ReturnType<typeof signIn>>
  let two: Awaited<ReturnType<typeof signIn>>

  beforeAll(async () => {
    one = await signIn(browser, parties[0] as Party, true)
    two = await signIn(browser, parties[1] as Party, false)
  })

  it('signs in at the second portal without asking for the password again', () => {
    expect(two.loginShown).toBe(false)
    expect(two.consentShown).toBe(true)
  })

  it('gives each portal its own pairwise subject', async () => {
    const [a, b] = [one.tokens.claims()?.sub, two.tokens.claims()?.sub]
    expect(a).toBeTruthy()
    expect(a).not.toBe(b)
    const citizen = await world.payload.find({
      collection: 'citizens',
      where: { citizenId: { equals: person.citizenId } },
    })
    expect(a).not.toBe(String(citizen.docs[0]?.id))
  })

  it('logs out of both portals when the citizen logs out at one', async () => {
    const [first, second] = parties as [Party, Party]
    const end = client.buildEndSessionUrl(first.config, {
      id_token_hint: one.tokens.id_token as string,
      post_logout_redirect_uri: `${receiverOrigin}/one/logged-out`,
      state: 'after-logout',
    })
    const question = await browser.visit(end.href)
    expect(question.status).toBe(200)
    expect(question.body).not.toContain('<script')
    const done = await browser.submit(question, '/session/end/confirm', { logout: 'yes' }, receiverOrigin)
    expect(done.url).toBe(`${receiverOrigin}/one/logged-out?state=after-logout`)

    const jwks = createRemoteJWKSet(new URL(`${world.issuer}/jwks`))
    for (const [name, party, tokens] of [
      ['one', first, one.tokens],
      ['two', second, two.tokens],
    ] as const) {
      const [logoutToken] = await waitFor(() => received.get(`/${name}/backchannel`))
      const { payload } = await jwtVerify(logoutToken as string, jwks, {
        issuer: world.issuer,
        audience: party.clientId,
        typ: 'logout+jwt',
      })
      expect(payload.events).toEqual({ 'http://schemas.openid.net/event/backchannel-logout': {} })
      expect(payload.sub).toBe(tokens.claims()?.sub)
      expect(payload.sid).toBe(tokens.claims()?.sid)
      // The portal's grant went with the session: its refresh token no longer works.
      await expect(client.refreshTokenGrant(party.config, tokens.refresh_token as string)).rejects.toMatchObject({
        error: 'invalid_grant',
      })
    }
  })

  it('asks for the password again afterwards', async () => {
    const again = await browser.visit(
      client.buildAuthorizationUrl((parties[1] as Party).config, {
        redirect_uri: (parties[1] as Party).callback,
        scope: 'openid',
        code_challenge: await client.calculatePKCECodeChallenge(client.randomPKCECodeVerifier()),
        code_challenge_method: 'S256',
      }).href,
    )
    expect(again.body).toContain('name="password"')
  })
})

describe('relying parties in the CMS', () => {
  it('shows the secret once: no later read returns it, and the database keeps no copy', async () => {
    const party = parties[0] as Party
    const read = await world.payload.find({
      collection: 'relying-parties',
      where: { clientId: { equals: party.clientId } },
    })
    expect(read.docs[0]?.clientSecret ?? undefined).toBeUndefined()
    const { rows } = await world.pool.query('SELECT * FROM relying_parties WHERE client_id = $1', [party.clientId])
    expect(JSON.stringify(rows)).not.toContain(party.secret)
  })

  it('a new secret replaces the old one at once', async () => {
    const party = parties[1] as Party
    const [doc] = (
      await world.payload.find({ collection: 'relying-parties', where: { clientId: { equals: party.clientId } } })
    ).docs
    const updated = await world.payload.update({
      collection: 'relying-parties',
      id: doc?.id as number,
      data: { newSecret: true },
    })
    expect(updated.clientSecret).toBeTruthy()
    expect(updated.clientSecret).not.toBe(party.secret)
    const stale = await client.discovery(
      new URL(world.issuer),
      party.clientId,
      undefined,
      client.ClientSecretBasic(party.secret),
      {
        execute: [client.allowInsecureRequests],
      },
    )
    await expect(client.refreshTokenGrant(stale, 'whatever')).rejects.toMatchObject({ status: 401 })
  })
})
