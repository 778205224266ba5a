import type { IncomingMessage, ServerResponse } from 'node:http'
import type { PostgresAdapter } from '@payloadcms/db-postgres'
import type Provider from 'oidc-provider'
import type { Payload } from 'payload'
import type { PortalEnv } from '../env.ts'
import { SharedTokenBucket } from '../portal/http/rate-limit.ts'
import { mountAccount } from './account/mount.ts'
import { type BusinessRegistry, httpBusinessRegistry, syntheticBusinessRegistry } from './accounts/business-registry.ts'
import { httpRegistry, type PopulationRegistry, syntheticRegistry } from './accounts/registry.ts'
import { NationalEid } from './eid/upstream.ts'
import { handleInteraction } from './interactions/router.ts'
import { SSO_POLICY } from './pages/policy.ts'
import { servePasskeyAsset } from './passkeys/assets.ts'
import { ensurePasskeyStore } from './passkeys/store.ts'
import { createProvider } from './provider.ts'
import { ssoSecret } from './secret.ts'
import { removeExpired } from './store/adapter.ts'
import { loadSigningKeys } from './store/keys.ts'
import type { Pool } from './store/pool.ts'
import { ensureSsoSchema } from './store/schema.ts'

export type Sso = {
  readonly provider: Provider
  readonly issuer: string
  /** Whether the request's path is the provider's (the issuer's path and below). */
  handles(url: string): boolean
  handle(req: IncomingMessage, res: ServerResponse): Promise<void>
  close(): void
}

type SsoEnv = Pick<
  PortalEnv,
  | 'NODE_ENV'
  | 'SERVER_URL'
  | 'SITE_URL'
  | 'PAYLOAD_SECRET'
  | 'TRUST_PROXY'
  | 'SSO_ISSUER'
  | 'SSO_KEY_SECRET'
  | 'SSO_REGISTRY_URL'
  | 'SSO_BUSINESS_REGISTRY_URL'
  | 'SSO_LOGIN_BURST'
  | 'SSO_LOGIN_PER_MINUTE'
  | 'SSO_SMS_URL'
  | 'EID_ISSUER'
  | 'EID_CLIENT_ID'
  | 'EID_CLIENT_SECRET'
  | 'EID_HIGHEST_ACR'
>

/** Expired sessions, codes and tokens go every this often (each replica; deleting twice is harmless). */
const CLEANUP_EVERY_MS = 10 * 60 * 1000

function registryFor(env: SsoEnv): PopulationRegistry | null {
  if (env.SSO_REGISTRY_URL) return httpRegistry(env.SSO_REGISTRY_URL)
  return env.NODE_ENV === 'production' ? null : syntheticRegistry()
}

function businessRegistryFor(env: SsoEnv): BusinessRegistry | null {
  if (env.SSO_BUSINESS_REGISTRY_URL) return httpBusinessRegistry(env.SSO_BUSINESS_REGISTRY_URL)
  return env.NODE_ENV === 'production' ? null : syntheticBusinessRegistry()
}

function eidFor(env: SsoEnv, issuer: string): NationalEid | null {
  if (!env.EID_ISSUER || !env.EID_CLIENT_ID || !env.EID_CLIENT_SECRET) return null
  return new NationalEid({
    issuer: env.EID_ISSUER,
    clientId: env.EID_CLIENT_ID,
    clientSecret: env.EID_CLIENT_SECRET,
    highestAcr: env.EID_HIGHEST_ACR,
    redirectUri: `${issuer}/eid/callback`,
  })
}

/** The OpenID Connect provider on Payload's database, ready to mount on the portal server. */
export async function startSso(payload: Payload, env: SsoEnv): Promise<Sso> {
  const pool: Pool = (payload.db as unknown as PostgresAdapter).pool
  await ensureSsoSchema(pool)
  await ensurePasskeyStore(pool)
  const secret = ssoSecret(env)
  const keys = await loadSigningKeys(pool, secret)
  const issuer = (env.SSO_ISSUER ?? new URL('/oidc', env.SERVER_URL).href).replace(/\/$/, '')
  const base = new URL(issuer).pathname
  const provider = createProvider({
    payload,
    pool,
    issuer,
    secret,
    keys,
    siteUrl: env.SITE_URL,
    proxy: env.TRUST_PROXY > 0,
    privateNetwork: env.NODE_ENV !== 'production',
  })
  const deps = {
    provider,
    payload,
    base,
    pool,
    secret,
    eid: eidFor(env, issuer),
    registry: registryFor(env),
    businessRegistry: businessRegistryFor(env),
    trustProxy: env.TRUST_PROXY,
    limiter: new SharedTokenBucket({ capacity: env.SSO_LOGIN_BURST, perSecond: env.SSO_LOGIN_PER_MINUTE / 60 }),
  }
  const account = await mountAccount({
    ...{ provider, payload, pool, issuer, base, secret, trustProxy: env.TRUST_PROXY },
    production: env.NODE_ENV === 'production',
    smsUrl: env.SSO_SMS_URL,
  })
  const callback = provider.callback()
  const cleanup = setInterval(function removeExpiredSsoState() {
    removeExpired(pool).catch((error) => payload.logger.warn({ err: error }, 'sso cleanup failed'))
  }, CLEANUP_EVERY_MS)
  cleanup.unref()
  return {
    provider,
    issuer,
    handles: (url) => url === base || url.startsWith(`${base}/`) || url.startsWith(`${base}?`),
    async handle(req, res) {
      if (req.method === 'GET' && servePasskeyAsset(base, (req.url ?? '').split('?')[0] ?? '', res)) return
      res.setHeader('content-security-policy', SSO_POLICY)
      if ((await account(req, res)) || (await handleInteraction(deps, req, res))) return
      // The library routes from the mount point (docs: "Mounting oidc-provider").
      const url = req.url ?? '/'
      Object.assign(req, { originalUrl: url })
      req.url = url.slice(base.length) || '/'
      callback(req, res)
    },
    close: () => clearInterval(cleanup),
  }
}
