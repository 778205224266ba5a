import { createHmac } from 'node:crypto'
import type { JWK } from 'jose'
import Provider, { type Configuration, errors, type KoaContextWithOIDC } from 'oidc-provider'
import type { Payload } from 'payload'
import { accountClientMetadata, loadExistingGrant } from './account/first-party.ts'
import { SITE_CLIENT } from './account/site-client.ts'
import { findCitizen } from './accounts/citizens.ts'
import { ASSURANCE_LEVELS, isAssuranceLevel } from './assurance.ts'
import { accountClaims } from './claims.ts'
import { clientFinder, HIGH_ASSURANCE } from './clients/metadata.ts'
import { bindRefreshTokensToDpop } from './dpop-refresh.ts'
import { contextLanguage } from './language.ts'
import { errorPage } from './pages/consent.ts'
import { loggedOutPage, logoutPage } from './pages/logout.ts'
import { interactionsPolicy, MINIMUM_ACR } from './policy.ts'
import { SCOPES } from './scopes.ts'
import { adapterFor } from './store/adapter.ts'
import { deriveKey } from './store/keys.ts'
import type { Pool } from './store/pool.ts'

export type ProviderOptions = {
  payload: Payload
  pool: Pool
  issuer: string
  /** SSO_KEY_SECRET (or the key derived from PAYLOAD_SECRET). */
  secret: string
  keys: JWK[]
  siteUrl: string
  /** TRUST_PROXY > 0: believe X-Forwarded-Proto and -For from the load balancer. */
  proxy: boolean
  /**
   * Let the provider call relying parties on loopback and private addresses (back-channel
   * logout, client JWKS): development and tests run them on 127.0.0.1. Production keeps
   * the library's SSRF guard, which refuses special-use addresses.
   */
  privateNetwork: boolean
}

/** The static site: a public client (PKCE, no secret) whose pages return to /dang-nhap/. */
export const SITE_CLIENT_ID = SITE_CLIENT.id

/** Lifetimes in seconds. Access tokens are short: a stolen one is worth little. */
export const TTL = Object.freeze({
  AccessToken: 10 * 60,
  AuthorizationCode: 60,
  IdToken: 60 * 60,
  Interaction: 60 * 60,
  Grant: 14 * 24 * 3600,
  Session: 14 * 24 * 3600,
  RefreshToken: 14 * 24 * 3600,
})

export function createProvider(options: ProviderOptions): Provider {
  const { payload, pool, issuer, secret, keys, siteUrl } = options
  const base = new URL(issuer).pathname.replace(/\/$/, '')
  const pairwiseKey = deriveKey(secret, 'pairwise-subjects')
  const configuration: Configuration = {
    adapter: adapterFor(pool, clientFinder(payload, secret)),
    clients: [
      {
        client_id: SITE_CLIENT_ID,
        client_name: 'Cổng Dịch vụ công quốc gia',
        token_endpoint_auth_method: 'none',
        grant_types: ['authorization_code', 'refresh_token'],
        response_types: ['code'],
        redirect_uris: Object.values(SITE_CLIENT.callbackPaths).map((path) => new URL(path, siteUrl).href),
        post_logout_redirect_uris: Object.values(SITE_CLIENT.homePaths).map((path) => new URL(path, siteUrl).href),
      },
      accountClientMetadata(issuer),
    ],
    // First-party clients (the site, the account page) skip the consent page (account/first-party.ts).
    loadExistingGrant,
    async findAccount(_ctx, id) {
      const citizen = await findCitizen(payload, id)
      if (!citizen) return undefined
      return { accountId: id, claims: async (_use, scope) => accountClaims(citizen, scope) }
    },
    claims: {
      // The library puts acr and amr in the ID token only when asked; the issue wants them
      // always (how the citizen logged in), so they ride with the openid scope.
      acr: null,
      amr: null,
      auth_time: null,
      sid: null,
      iss: null,
      openid: ['sub', 'acr', 'amr', 'auth_time', 'account_kind'],
      profile: ['name', 'birthdate', 'gender', 'updated_at', 'business_name'],
      email: ['email', 'email_verified'],
      phone: ['phone_number', 'phone_number_verified'],
      identity: ['citizen_id', 'passport_number', 'nationality', 'enterprise_code', 'identity_verified'],
    },
    scopes: [...SCOPES],
    acrValues: [...ASSURANCE_LEVELS],
    // The minimum level an administrator set on the relying party (policy.ts enforces it).
    extraClientMetadata: {
      properties: [MINIMUM_ACR, HIGH_ASSURANCE],
      validator(_ctx, key, value) {
        if (key === MINIMUM_ACR && value !== undefined && !isAssuranceLevel(value)) {
          throw new errors.InvalidClientMetadata(`${MINIMUM_ACR} must be one of ${ASSURANCE_LEVELS.join(', ')}`)
        }
      },
    },
    subjectTypes: ['public', 'pairwise'],
    clientAuthMethods: ['none', 'client_secret_basic', 'private_key_jwt'],
    // FAPI 2.0 5.4: PS256, ES256 or EdDSA for client assertions; RS256 stays for the others.
    enabledJWA: {
      clientAuthSigningAlgValues: ['ES256', 'PS256', 'EdDSA', 'RS256'],
      dPoPSigningAlgValues: ['ES256', 'PS256', 'EdDSA'],
    },
    // OIDC Core 8.1: the same citizen gets a different, stable `sub` at each sector.
    async pairwiseIdentifier(_ctx, accountId, client) {
      return createHmac('sha256', pairwiseKey).update(`${client.sectorIdentifier}\n${accountId}`).digest('base64url')
    },
    features: {
      devInteractions: { enabled: false },
      revocation: { enabled: true },
      introspection: { enabled: true },
      backchannelLogout: { enabled: true },
      // FAPI 2.0 Security Profile for the clients an administrator marks high-assurance
      // (clients/metadata.ts makes PAR and DPoP required for them); others may opt in to each.
      fapi: {
        enabled: true,
        profile: (_ctx, client) =>
          (client as unknown as Record<string, unknown>)?.[HIGH_ASSURANCE] ? '2.0' : undefined,
      },
      pushedAuthorizationRequests: { enabled: true, requirePushedAuthorizationRequests: false },
      dPoP: { enabled: true },
      rpInitiatedLogout: {
        enabled: true,
        async logoutSource(ctx, form) {
          ctx.body = logoutPage(contextLanguage(ctx), form)
        },
        async postLogoutSuccessSource(ctx) {
          ctx.body = loggedOutPage(contextLanguage(ctx))
        },
      },
    },
    // Every client proves possession of its code (RFC 7636), confidential ones too (RFC 9700 2.1.1).
    pkce: { required: () => true },
    // The rotated refresh token replaces the old one; reuse of the old one revokes the grant.
    rotateRefreshToken: () => true,
    async issueRefreshToken(_ctx, client) {
      return client.grantTypeAllowed('refresh_token')
    },
    ttl: {
      AccessToken: TTL.AccessToken,
      AuthorizationCode: TTL.AuthorizationCode,
      IdToken: TTL.IdToken,
      Interaction: TTL.Interaction,
      Grant: TTL.Grant,
      Session: TTL.Session,
      RefreshToken: TTL.RefreshToken,
    },
    cookies: {
      keys: [deriveKey(secret, 'cookies').toString('base64url')],
      long: { signed: true, sameSite: 'lax' },
      short: { signed: true, sameSite: 'lax' },
    },
    jwks: { keys: keys as Configuration['jwks'] extends { keys: infer K } | undefined ? K : never },
    interactions: {
      policy: interactionsPolicy(),
      url: (_ctx, interaction) => `${base}/interaction/${interaction.uid}`,
    },
    ...(options.privateNetwork
      ? {
          fetch: (url: URL | string | Request, init?: RequestInit) =>
            globalThis.fetch(url, { ...init, dispatcher: undefined } as RequestInit),
        }
      : {}),
    async renderError(ctx: KoaContextWithOIDC, out) {
      ctx.type = 'html'
      const code = String(out.error ?? 'server_error')
      // The specification's description is English and names the parameter at fault.
      ctx.body = errorPage({ language: contextLanguage(ctx), code, description: out.error_description })
    },
  }
  const provider = new Provider(issuer, configuration)
  provider.proxy = options.proxy
  bindRefreshTokensToDpop(provider)
  provider.on('server_error', (_ctx, error) => payload.logger.error({ err: error }, 'sso provider error'))
  provider.on('backchannel.error', (_ctx, error, client) =>
    payload.logger.warn({ err: error, clientId: client.clientId }, 'sso back-channel logout not delivered'),
  )
  return provider
}
