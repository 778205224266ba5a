import * as client from 'openid-client'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { SYNTHETIC_PEOPLE } from '../../cms/src/sso/accounts/synthetic-people.ts'
import { FormBrowser } from '../support/sso-browser.ts'
import { pkce } from '../support/sso-client.ts'
import { type PartyData, type SsoWorld, startSsoWorld } from '../support/sso-world.ts'

/**
 * A ministry portal marked high-assurance gets FAPI 2.0 (issue 13): pushed authorization
 * requests, private_key_jwt with keys from its JWKS in the CMS, DPoP-bound access and
 * refresh tokens, driven by openid-client (an OpenID-certified FAPI 2.0 relying party).
 * The refusals are the ones the specifications name.
 */
let world: SsoWorld
let config: client.Configuration
let clientId: string
const CALLBACK = 'http://127.0.0.1:9/fapi/callback'
const person = SYNTHETIC_PEOPLE[0] as (typeof SYNTHETIC_PEOPLE)[number]
const SCOPE = 'openid profile offline_access'
const browser = new FormBrowser()

async function clientKey(): Promise<{ pair: CryptoKeyPair; jwk: JsonWebKey & { kid: string } }> {
  const pair = (await crypto.subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-256' }, true, [
    'sign',
    'verify',
  ])) as CryptoKeyPair
  const jwk = {
    ...(await crypto.subtle.exportKey('jwk', pair.publicKey)),
    kid: crypto.randomUUID(),
    alg: 'ES256',
    use: 'sig',
  }
  return { pair, jwk }
}

const discover = (key: CryptoKey, kid: string) =>
  client.discovery(new URL(world.issuer), clientId, undefined, client.PrivateKeyJwt({ key, kid }), {
    execute: [client.allowInsecureRequests],
  })

let ownKid: string

beforeAll(async () => {
  world = await startSsoWorld()
  const { pair, jwk } = await clientKey()
  ownKid = jwk.kid
  ;({ clientId } = await world.addParty({
    name: 'Cổng Bộ Thử nghiệm mức cao (synthetic)',
    kind: 'confidential',
    authMethod: 'private_key_jwt',
    jwks: { keys: [jwk] },
    highAssurance: true,
    redirectUris: [{ uri: CALLBACK }],
    scopes: ['openid', 'profile', 'offline_access'],
  }))
  config = await discover(pair.privateKey, jwk.kid)
})

afterAll(async () => {
  await world?.close()
})

/** PAR (signed with the client's key, proof of the DPoP key), then login and consent, back to the callback. */
async function authorize(dpop: client.DPoPHandle | undefined, first = false) {
  const { params, checks } = await pkce()
  const url = await client.buildAuthorizationUrlWithPAR(
    config,
    {
      redirect_uri: CALLBACK,
      scope: SCOPE,
      ...params,
    },
    dpop ? { DPoP: dpop } : {},
  )
  let page = await browser.visit(url.href, {}, CALLBACK)
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
        password: 'mật khẩu cổng mức cao',
      },
      CALLBACK,
    )
  }
  if (!page.url.startsWith(CALLBACK)) page = await browser.submit(page, '/confirm', {}, CALLBACK)
  expect(page.url.startsWith(CALLBACK), page.body.slice(0, 400)).toBe(true)
  return { url, callback: new URL(page.url), checks }
}

/** Ages a stored token past its expiry, as time would. */
async function expire(model: string, id: string) {
  await world.pool.query(
    `UPDATE sso.oidc_models SET expires_at = clock_timestamp() - interval '1 second',
       payload = jsonb_set(payload, '{exp}', to_jsonb(extract(epoch from clock_timestamp())::int - 1))
     WHERE model = $1 AND id = $2`,
    [model, id],
  )
}

describe('a FAPI 2.0 client end to end', () => {
  const dpop = { handle: undefined as unknown as client.DPoPHandle }
  let tokens: Awaited<ReturnType<typeof client.authorizationCodeGrant>>

  beforeAll(async () => {
    dpop.handle = client.getDPoPHandle(config, await client.randomDPoPKeyPair('ES256'))
    const { url, callback, checks } = await authorize(dpop.handle, true)
    // Nothing of the request travels in the browser but its reference (RFC 9126).
    expect([...url.searchParams.keys()].sort()).toEqual(['client_id', 'request_uri'])
    tokens = await client.authorizationCodeGrant(config, callback, checks, undefined, { DPoP: dpop.handle })
  })

  it('issues DPoP-bound tokens that work with a proof of the same key', async () => {
    expect(tokens.token_type).toBe('dpop')
    expect(tokens.claims()?.acr).toBe('loa2')
    const info = await client.fetchUserInfo(config, tokens.access_token, String(tokens.claims()?.sub), {
      DPoP: dpop.handle,
    })
    expect(info.name).toBe(person.fullName)
  })

  it('refuses the access token as a plain bearer token', async () => {
    const response = await fetch(`${world.issuer}/me`, { headers: { authorization: `Bearer ${tokens.access_token}` } })
    expect(response.status).toBe(401)
    expect(response.headers.get('www-authenticate')).toMatch(/invalid_token/)
  })

  it('refuses a DPoP proof of another key at userinfo and at the refresh grant', async () => {
    const other = client.getDPoPHandle(config, await client.randomDPoPKeyPair('ES256'))
    await expect(
      client.fetchUserInfo(config, tokens.access_token, String(tokens.claims()?.sub), { DPoP: other }),
    ).rejects.toMatchObject({ status: 401 })
    await expect(
      client.refreshTokenGrant(config, tokens.refresh_token as string, undefined, { DPoP: other }),
    ).rejects.toMatchObject({ error: 'invalid_grant' })
    await expect(client.refreshTokenGrant(config, tokens.refresh_token as string)).rejects.toMatchObject({
      error: 'invalid_grant',
    })
  })

  it('rotates the refresh token, still bound to the key', async () => {
    const rotated = await client.refreshTokenGrant(config, tokens.refresh_token as string, undefined, {
      DPoP: dpop.handle,
    })
    expect(rotated.token_type).toBe('dpop')
    expect(rotated.refresh_token).not.toBe(tokens.refresh_token)
    const { rows } = await world.pool.query<{ jkt: string | null }>(
      `SELECT payload->>'jkt' AS jkt FROM sso.oidc_models WHERE model = 'RefreshToken' AND id = $1`,
      [rotated.refresh_token],
    )
    expect(rows[0]?.jkt).toBeTruthy()
    tokens = rotated
  })

  it('refuses an expired access token and an expired refresh token', async () => {
    await expire('AccessToken', tokens.access_token)
    await expect(
      client.fetchUserInfo(config, tokens.access_token, String(tokens.claims()?.sub), { DPoP: dpop.handle }),
    ).rejects.toMatchObject({ status: 401 })
    await expire('RefreshToken', tokens.refresh_token as string)
    await expect(
      client.refreshTokenGrant(config, tokens.refresh_token as string, undefined, { DPoP: dpop.handle }),
    ).rejects.toMatchObject({ error: 'invalid_grant' })
  })
})

describe('refusals for a high-assurance client', () => {
  it('refuses an authorization request that was not pushed', async () => {
    const url = client.buildAuthorizationUrl(config, {
      redirect_uri: CALLBACK,
      scope: SCOPE,
      code_challenge: await client.calculatePKCECodeChallenge(client.randomPKCECodeVerifier()),
      code_challenge_method: 'S256',
    })
    const page = await new FormBrowser().visit(url.href, {}, CALLBACK)
    const error = page.url.startsWith(CALLBACK) ? new URL(page.url).searchParams.get('error') : undefined
    expect(
      error ?? (page.status === 400 && page.body.includes('invalid_request') ? 'invalid_request' : page.status),
    ).toBe('invalid_request')
  })

  it('refuses the code exchange without a DPoP proof', async () => {
    const { callback, checks } = await authorize(undefined)
    await expect(client.authorizationCodeGrant(config, callback, checks)).rejects.toMatchObject({
      error: 'invalid_grant',
    })
  })

  it('refuses the code exchange with a proof of a key other than the pushed request`s', async () => {
    const first = client.getDPoPHandle(config, await client.randomDPoPKeyPair('ES256'))
    const second = client.getDPoPHandle(config, await client.randomDPoPKeyPair('ES256'))
    const { callback, checks } = await authorize(first)
    await expect(
      client.authorizationCodeGrant(config, callback, checks, undefined, { DPoP: second }),
    ).rejects.toMatchObject({ error: 'invalid_grant' })
  })

  it('refuses a client assertion signed with a key not in the client`s JWKS', async () => {
    const { pair } = await clientKey()
    const impostor = await discover(pair.privateKey, ownKid)
    const pushed = client.buildAuthorizationUrlWithPAR(impostor, {
      redirect_uri: CALLBACK,
      scope: SCOPE,
      code_challenge: await client.calculatePKCECodeChallenge(client.randomPKCECodeVerifier()),
      code_challenge_method: 'S256',
    })
    await expect(pushed).rejects.toMatchObject({ status: 401, error: 'invalid_client' })
  })

  it('refuses an unknown redirect URI at the pushed authorization endpoint', async () => {
    const pushed = client.buildAuthorizationUrlWithPAR(config, {
      redirect_uri: 'http://127.0.0.1:9/elsewhere',
      scope: SCOPE,
      code_challenge: await client.calculatePKCECodeChallenge(client.randomPKCECodeVerifier()),
      code_challenge_method: 'S256',
    })
    // RFC 9126 2.3: the pushed request is refused outright (OAuth 2.1: never redirect to an unregistered URI).
    await expect(pushed).rejects.toMatchObject({
      status: 400,
      error: 'invalid_request',
      error_description: expect.stringContaining('redirect_uri'),
    })
  })
})

describe('relying parties in the CMS', () => {
  it.each([
    ['a public high-assurance client', { kind: 'public', highAssurance: true }, 'relying_party.high_assurance'],
    ['a high-assurance client using a secret', { highAssurance: true }, 'relying_party.high_assurance'],
    ['private_key_jwt without keys', { authMethod: 'private_key_jwt' }, 'relying_party.keys_required'],
  ] as const)('refuses %s', async (_name, fields, code) => {
    const created = world.addParty({
      name: 'Cổng sai cấu hình (synthetic)',
      redirectUris: [{ uri: CALLBACK }],
      ...(fields as Partial<PartyData>),
    })
    await expect(created).rejects.toMatchObject({ status: 400, code })
  })
})
