import http from 'node:http'
import type { AddressInfo } from 'node:net'
import type { PostgresAdapter } from '@payloadcms/db-postgres'
import * as client from 'openid-client'
import type { Pool } from 'pg'

import type { RelyingParty } from '../../cms/src/payload-types.ts'
import { type LocalEid, startLocalEid } from '../../cms/src/sso/eid/local-eid.ts'
import { type Sso, startSso } from '../../cms/src/sso/mount.ts'
import { startTestPayload, type TestPayload } from './payload.ts'

export type PartyData = Omit<
  RelyingParty,
  'id' | 'clientId' | 'clientSecret' | 'createdAt' | 'updatedAt' | 'kind' | 'scopes' | 'minimumAcr'
> &
  Partial<Pick<RelyingParty, 'kind' | 'scopes' | 'minimumAcr'>>

export type SsoWorld = TestPayload & {
  sso: Sso
  origin: string
  issuer: string
  pool: Pool
  /** The local stand-in for the national e-ID the provider signs citizens in with. */
  eid: LocalEid
  /** Another provider on the same database, as a second replica or a restart would be. */
  replica(): Promise<{ origin: string; close(): Promise<void> }>
  /** A relying party as an administrator creates it in the CMS; its secret as shown once. */
  addParty(data: PartyData): Promise<{ clientId: string; clientSecret?: string }>
  /** openid-client's view of a relying party of ours (http allowed: tests run without TLS). */
  relyingParty(clientId: string, secret?: string): Promise<client.Configuration>
}

async function listen(
  handler: { sso?: Sso },
  hostname = '127.0.0.1',
): Promise<{ server: http.Server; origin: string }> {
  const server = http.createServer((req, res) => {
    if (handler.sso?.handles(req.url ?? '/')) void handler.sso.handle(req, res)
    else {
      res.writeHead(404)
      res.end()
    }
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return { server, origin: `http://${hostname}:${(server.address() as AddressInfo).port}` }
}

const EID_CLIENT = { id: 'portal-test', secret: 'synthetic-e-id-client-secret' }

function ssoEnv(origin: string, payloadSecret: string, eidIssuer: string) {
  return {
    NODE_ENV: 'test' as const,
    SERVER_URL: origin,
    SITE_URL: 'http://127.0.0.1:4421',
    PAYLOAD_SECRET: payloadSecret,
    TRUST_PROXY: 0,
    SSO_ISSUER: undefined,
    SSO_KEY_SECRET: undefined,
    SSO_REGISTRY_URL: undefined,
    SSO_BUSINESS_REGISTRY_URL: undefined,
    SSO_SMS_URL: undefined,
    SSO_LOGIN_BURST: 5,
    SSO_LOGIN_PER_MINUTE: 5,
    EID_ISSUER: eidIssuer,
    EID_CLIENT_ID: EID_CLIENT.id,
    EID_CLIENT_SECRET: EID_CLIENT.secret,
    EID_HIGHEST_ACR: 'vneid-level-2',
  }
}

/**
 * Payload on a fresh database, the provider mounted on a plain HTTP server of its own.
 * `hostname` names it in its issuer (it listens on 127.0.0.1 either way): WebAuthn takes
 * its relying party from the issuer's host, and an IP address cannot be one.
 */
export async function startSsoWorld(options: { hostname?: 'localhost' } = {}): Promise<SsoWorld> {
  const test = await startTestPayload()
  const { payload } = test
  const secret = payload.config.secret
  const holder: { sso?: Sso } = {}
  const { server, origin } = await listen(holder, options.hostname)
  const eid = await startLocalEid({
    clientId: EID_CLIENT.id,
    clientSecret: EID_CLIENT.secret,
    redirectUris: [`${origin}/oidc/eid/callback`],
  })
  const sso = await startSso(payload, ssoEnv(origin, secret, eid.issuer))
  holder.sso = sso
  const pool = (payload.db as unknown as PostgresAdapter).pool as unknown as Pool
  return {
    ...test,
    sso,
    origin,
    issuer: sso.issuer,
    pool,
    eid,
    async replica() {
      const other: { sso?: Sso } = {}
      const listening = await listen(other)
      // Same issuer (as behind one load balancer), its own process state.
      other.sso = await startSso(payload, { ...ssoEnv(origin, secret, eid.issuer), SSO_ISSUER: sso.issuer })
      return {
        origin: listening.origin,
        async close() {
          other.sso?.close()
          listening.server.closeAllConnections()
          await new Promise((resolve) => listening.server.close(resolve))
        },
      }
    },
    async addParty(data) {
      const created = await payload.create({ collection: 'relying-parties', data: data as RelyingParty, depth: 0 })
      return { clientId: created.clientId as string, clientSecret: created.clientSecret ?? undefined }
    },
    async relyingParty(clientId, clientSecret) {
      const auth = clientSecret ? client.ClientSecretBasic(clientSecret) : client.None()
      return client.discovery(new URL(sso.issuer), clientId, undefined, auth, {
        execute: [client.allowInsecureRequests],
      })
    },
    async close() {
      sso.close()
      await eid.close()
      server.closeAllConnections()
      await new Promise((resolve) => server.close(resolve))
      await test.close()
    },
  }
}
