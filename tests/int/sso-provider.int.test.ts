import * as client from 'openid-client'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { SYNTHETIC_PEOPLE } from '../../cms/src/sso/accounts/synthetic-people.ts'
import { rotateSigningKeys, ssoSecret } from '../../cms/src/sso/rotate.ts'
import { FormBrowser, type Page } from '../support/sso-browser.ts'
import { pkce } from '../support/sso-client.ts'
import { type SsoWorld, startSsoWorld } from '../support/sso-world.ts'

/**
 * The provider driven by openid-client as a real relying party, against PostgreSQL:
 * discovery, code + PKCE through the server-rendered registration, login and consent
 * pages, userinfo, refresh rotation, and the refusals the specifications name.
 */
let world: SsoWorld
const RP = { id: '', secret: '' }
const CALLBACK = 'http://127.0.0.1:9/callback'
const [person, other] = SYNTHETIC_PEOPLE as [(typeof SYNTHETIC_PEOPLE)[number], (typeof SYNTHETIC_PEOPLE)[number]]
const PASSWORD = 'mật khẩu thử nghiệm dài'

beforeAll(async () => {
  world = await startSsoWorld()
  const party = await world.addParty({
    name: 'Cổng dịch vụ công Bộ Thử nghiệm (synthetic)',
    redirectUris: [{ uri: CALLBACK }],
    scopes: ['openid', 'profile', 'identity', 'offline_access'],
    publicSubject: true,
  })
  RP.id = party.clientId
  RP.secret = party.clientSecret as string
})

afterAll(async () => {
  await world?.close()
})

type Started = { url: URL; verifier: string; state: string }

async function authorization(config: client.Configuration, extra: Record<string, string> = {}): Promise<Started> {
  const { verifier, state, params } = await pkce()
  const url = client.buildAuthorizationUrl(config, {
    redirect_uri: CALLBACK,
    scope: 'openid profile identity offline_access',
    ...params,
    ...extra,
  })
  return { url, verifier, state }
}

/** Through consent (when asked) to the relying party's callback. */
async function consentAndReturn(browser: FormBrowser, page: Page): Promise<URL> {
  const landed = page.url.startsWith(CALLBACK) ? page : await browser.submit(page, '/confirm', {}, CALLBACK)
  expect(landed.url.startsWith(CALLBACK), landed.body.slice(0, 300)).toBe(true)
  return new URL(landed.url)
}

async function registerAndAuthorize(browser: FormBrowser, config: client.Configuration, who = person) {
  const started = await authorization(config)
  const login = await browser.visit(started.url.href, {}, CALLBACK)
  expect(login.status).toBe(200)
  const registration = await browser.visit(
    new URL(login.body.match(/href="([^"]*\/register[^"]*)"/)?.[1]?.replace(/&amp;/g, '&') ?? '', login.url).href,
  )
  const consent = await browser.submit(
    registration,
    '/register',
    {
      citizenId: who.citizenId,
      fullName: who.fullName,
      birthDate: who.birthDate,
      phone: who.phone,
      email: who.email,
      password: PASSWORD,
    },
    CALLBACK,
  )
  return { started, callback: await consentAndReturn(browser, consent) }
}

describe('discovery', () => {
  it('publishes PKCE S256, the assurance levels, logout, pairwise subjects and a non-empty JWKS', async () => {
    const response = await fetch(`${world.issuer}/.well-known/openid-configuration`)
    expect(response.status).toBe(200)
    const metadata = await response.json()
    expect(metadata.issuer).toBe(world.issuer)
    expect(metadata.code_challenge_methods_supported).toContain('S256')
    expect(metadata.acr_values_supported).toEqual(['loa2', 'loa3', 'loa4'])
    expect(metadata.end_session_endpoint).toBe(`${world.issuer}/session/end`)
    expect(metadata.backchannel_logout_supported).toBe(true)
    expect(metadata.subject_types_supported).toEqual(expect.arrayContaining(['public', 'pairwise']))
    const jwks = await (await fetch(metadata.jwks_uri)).json()
    expect(jwks.keys.length).toBeGreaterThan(0)
    for (const key of jwks.keys) expect(key.d).toBeUndefined()
  })

  it('is read the same by openid-client, with the FAPI 2.0 parts and no plain PKCE', async () => {
    const metadata = (await world.relyingParty(RP.id, RP.secret)).serverMetadata()
    expect(metadata.code_challenge_methods_supported).toEqual(['S256'])
    expect(metadata.acr_values_supported).toEqual(['loa2', 'loa3', 'loa4'])
    expect(metadata.end_session_endpoint).toBe(`${world.issuer}/session/end`)
    expect(metadata).toMatchObject({ backchannel_logout_supported: true, backchannel_logout_session_supported: true })
    expect(metadata.subject_types_supported).toEqual(expect.arrayContaining(['public', 'pairwise']))
    expect(metadata.pushed_authorization_request_endpoint).toBe(`${world.issuer}/request`)
    // Required per client (high-assurance ones), not for every client.
    expect(metadata.require_pushed_authorization_requests).toBeFalsy()
    expect(metadata.dpop_signing_alg_values_supported).toEqual(expect.arrayContaining(['ES256']))
    expect(metadata.token_endpoint_auth_methods_supported).toEqual(
      expect.arrayContaining(['none', 'client_secret_basic', 'private_key_jwt']),
    )
    expect(metadata.authorization_response_iss_parameter_supported).toBe(true)
  })

  it('after a rotation, a restarted replica signs with the new keys and still publishes the old ones', async () => {
    const before = (await (await fetch(`${world.issuer}/jwks`)).json()).keys.map((key: { kid: string }) => key.kid)
    const { added, retired } = await rotateSigningKeys(
      world.pool,
      ssoSecret({ PAYLOAD_SECRET: world.payload.config.secret }),
    )
    expect(retired.sort()).toEqual([...before].sort())
    const replica = await world.replica()
    try {
      const after = (await (await fetch(`${replica.origin}/oidc/jwks`)).json()).keys.map(
        (key: { kid: string }) => key.kid,
      )
      // The signing keys come first (the library signs with the first key of an algorithm).
      expect(after.slice(0, added.length).sort()).toEqual([...added].sort())
      expect(after).toEqual(expect.arrayContaining(before))
    } finally {
      await replica.close()
    }
  })

  it('keeps its signing keys sealed in the database', async () => {
    const { rows } = await world.pool.query<{ sealed: string }>('SELECT sealed FROM sso.signing_keys')
    expect(rows.length).toBeGreaterThan(0)
    for (const row of rows) expect(row.sealed).not.toContain('"d"')
  })
})

describe('code flow with PKCE', () => {
  const browser = new FormBrowser()
  let config: client.Configuration
  let tokens: Awaited<ReturnType<typeof client.authorizationCodeGrant>>
  let callback: URL
  let started: Started

  beforeAll(async () => {
    config = await world.relyingParty(RP.id, RP.secret)
    ;({ started, callback } = await registerAndAuthorize(browser, config))
    tokens = await client.authorizationCodeGrant(config, callback, {
      pkceCodeVerifier: started.verifier,
      expectedState: started.state,
    })
  })

  it('registers a citizen matched in the synthetic registry and signs them in at loa2', async () => {
    const claims = tokens.claims()
    expect(claims?.acr).toBe('loa2')
    expect(claims?.amr).toEqual(['pwd'])
    expect(tokens.refresh_token).toBeTruthy()
    const info = await client.fetchUserInfo(config, tokens.access_token, String(claims?.sub))
    expect(info).toMatchObject({ name: person.fullName, birthdate: person.birthDate, citizen_id: person.citizenId })
    const stored = await world.payload.find({
      collection: 'citizens',
      where: { citizenId: { equals: person.citizenId } },
    })
    expect(stored.docs[0]?.fullName).toBe(person.fullName)
    // Stored as argon2id with the chosen cost, never the password; nobody but an admin reads accounts.
    expect((stored.docs[0] as { passwordHash?: string }).passwordHash).toMatch(/^\$argon2id\$v=19\$m=65536,t=3,p=1\$/)
    expect(JSON.stringify(stored.docs[0])).not.toContain(PASSWORD)
    await expect(world.payload.find({ collection: 'citizens', overrideAccess: false })).rejects.toMatchObject({
      status: 403,
    })
  })

  it('rotates refresh tokens and refuses the old one', async () => {
    const first = tokens.refresh_token as string
    const rotated = await client.refreshTokenGrant(config, first)
    expect(rotated.refresh_token).toBeTruthy()
    expect(rotated.refresh_token).not.toBe(first)
    await expect(client.refreshTokenGrant(config, first)).rejects.toMatchObject({ error: 'invalid_grant' })
  })

  it('a second replica on the same database honours the first one`s tokens (state in PostgreSQL)', async () => {
    const { access_token: access } = await registerAgainForToken()
    const replica = await world.replica()
    try {
      const response = await fetch(`${replica.origin}/oidc/me`, { headers: { authorization: `Bearer ${access}` } })
      expect(response.status).toBe(200)
      expect((await response.json()).name).toBe(person.fullName)
    } finally {
      await replica.close()
    }
  })

  it('answers a revoked access token with invalid_token', async () => {
    const { access_token } = await registerAgainForToken()
    await client.tokenRevocation(config, access_token)
    const response = await fetch(`${world.issuer}/me`, { headers: { authorization: `Bearer ${access_token}` } })
    expect(response.status).toBe(401)
    expect(response.headers.get('www-authenticate')).toContain('invalid_token')
  })

  it('refuses a replayed code (and revokes what the code gave)', async () => {
    const again = await authorization(config)
    const landed = await consentAndReturn(browser, await browser.visit(again.url.href, {}, CALLBACK))
    const checks = { pkceCodeVerifier: again.verifier, expectedState: again.state }
    const first = await client.authorizationCodeGrant(config, landed, checks)
    const replay = client.authorizationCodeGrant(config, landed, checks)
    await expect(replay).rejects.toMatchObject({ error: 'invalid_grant' })
    // RFC 6749 4.1.2: tokens issued from a code used twice are revoked.
    await expect(client.refreshTokenGrant(config, first.refresh_token as string)).rejects.toMatchObject({
      error: 'invalid_grant',
    })
  })

  it('refuses a wrong PKCE verifier', async () => {
    const again = await authorization(config)
    const landed = await consentAndReturn(browser, await browser.visit(again.url.href, {}, CALLBACK))
    const wrong = client.authorizationCodeGrant(config, landed, {
      pkceCodeVerifier: client.randomPKCECodeVerifier(),
      expectedState: again.state,
    })
    await expect(wrong).rejects.toMatchObject({ error: 'invalid_grant' })
  })

  it('refuses a wrong client secret', async () => {
    const impostor = await world.relyingParty(RP.id, 'not-the-secret-of-this-client-at-all-0000')
    const again = await authorization(config)
    const landed = await consentAndReturn(browser, await browser.visit(again.url.href, {}, CALLBACK))
    const refused = client.authorizationCodeGrant(impostor, landed, {
      pkceCodeVerifier: again.verifier,
      expectedState: again.state,
    })
    // RFC 6749 5.2: 401 with a WWW-Authenticate challenge for HTTP Basic.
    await expect(refused).rejects.toMatchObject({ status: 401, cause: [{ parameters: { error: 'invalid_client' } }] })
  })

  async function registerAgainForToken() {
    const again = await authorization(config)
    const landed = await consentAndReturn(browser, await browser.visit(again.url.href, {}, CALLBACK))
    return client.authorizationCodeGrant(config, landed, {
      pkceCodeVerifier: again.verifier,
      expectedState: again.state,
    })
  }
})

describe('authorization refusals', () => {
  it('shows an error page, and does not redirect, for an unknown redirect URI', async () => {
    const config = await world.relyingParty(RP.id, RP.secret)
    const started = await authorization(config, { redirect_uri: 'http://127.0.0.1:9/elsewhere' })
    const response = await new FormBrowser().request(started.url.href)
    expect(response.status).toBe(400)
    expect(response.headers.get('location')).toBeNull()
    expect(await response.text()).toContain('redirect_uri')
  })

  it('requires PKCE', async () => {
    const config = await world.relyingParty(RP.id, RP.secret)
    const url = client.buildAuthorizationUrl(config, { redirect_uri: CALLBACK, scope: 'openid', state: 'x' })
    const page = await new FormBrowser().visit(url.href, {}, CALLBACK)
    const answer = new URL(page.url)
    expect(answer.searchParams.get('error')).toBe('invalid_request')
    expect(answer.searchParams.get('error_description')).toContain('PKCE')
  })
})

describe('login and registration pages', () => {
  it('logs in with the citizen ID and password, and refuses a wrong password in the page`s language', async () => {
    const config = await world.relyingParty(RP.id, RP.secret)
    const browser = new FormBrowser('en')
    const started = await authorization(config)
    const login = await browser.visit(started.url.href, {}, CALLBACK)
    expect(login.body).toContain('<html lang="en">')
    expect(login.body).not.toContain('<script')
    const refused = await browser.submit(login, '/login', { citizenId: person.citizenId, password: 'wrong password!' })
    expect(refused.status).toBe(401)
    expect(refused.body).toContain('The personal identification number or the password is wrong.')
    const next = await browser.submit(refused, '/login', { citizenId: person.citizenId, password: PASSWORD }, CALLBACK)
    const landed = await consentAndReturn(browser, next)
    const tokens = await client.authorizationCodeGrant(config, landed, {
      pkceCodeVerifier: started.verifier,
      expectedState: started.state,
    })
    expect(tokens.claims()?.acr).toBe('loa2')
  })

  it('refuses a citizen ID whose century digit contradicts the birth date, naming the field', async () => {
    const config = await world.relyingParty(RP.id, RP.secret)
    const browser = new FormBrowser()
    const login = await browser.visit((await authorization(config)).url.href, {}, CALLBACK)
    const registration = await browser.visit(`${login.url}/register`)
    const refused = await browser.submit(registration, '/register', {
      citizenId: `${other.citizenId.slice(0, 3)}2${other.citizenId.slice(4)}`,
      fullName: other.fullName,
      birthDate: other.birthDate,
      phone: other.phone,
      email: other.email,
      password: PASSWORD,
    })
    expect(refused.status).toBe(400)
    expect(refused.body).toContain('Chữ số thứ tư (thế kỷ và giới tính) không khớp với năm sinh.')
    expect(refused.body).toContain('aria-invalid="true"')
  })

  it('refuses a person the registry does not know as given', async () => {
    const config = await world.relyingParty(RP.id, RP.secret)
    const browser = new FormBrowser()
    const login = await browser.visit((await authorization(config)).url.href, {}, CALLBACK)
    const registration = await browser.visit(`${login.url}/register`)
    const refused = await browser.submit(registration, '/register', {
      citizenId: other.citizenId,
      fullName: 'Tên Khác Hẳn',
      birthDate: other.birthDate,
      phone: other.phone,
      email: other.email,
      password: PASSWORD,
    })
    expect(refused.status).toBe(400)
    expect(refused.body).toContain('không khớp với Cơ sở dữ liệu quốc gia về dân cư')
  })
})
