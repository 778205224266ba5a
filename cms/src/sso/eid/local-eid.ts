import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { exportJWK, generateKeyPair } from 'jose'
import Provider, { type Configuration } from 'oidc-provider'

import { SYNTHETIC_PEOPLE, type SyntheticPerson } from '../accounts/synthetic-people.ts'
import { readForm } from '../interactions/body.ts'
import { html } from '../pages/html.ts'

/**
 * A stand-in for the national e-ID (VNeID) in development and tests: a second oidc-provider
 * whose "login" picks one of the labelled SYNTHETIC identities. Never used in production,
 * where EID_ISSUER names the real issuer. Its state lives in memory: it forgets everything
 * on restart, which a stand-in may.
 */
export const LOCAL_EID_LEVELS = ['vneid-level-1', 'vneid-level-2'] as const

export type SyntheticEidIdentity = SyntheticPerson & { level: (typeof LOCAL_EID_LEVELS)[number] }

/** Everyone at level 2 but the last, who has only a level-1 account (not verified in person). */
export const SYNTHETIC_EID_IDENTITIES: readonly SyntheticEidIdentity[] = SYNTHETIC_PEOPLE.map((person, i, all) => ({
  ...person,
  level: i === all.length - 1 ? 'vneid-level-1' : 'vneid-level-2',
}))

export type LocalEidOptions = {
  port?: number
  host?: string
  clientId: string
  clientSecret: string
  redirectUris: string[]
}

export type LocalEid = { issuer: string; close(): Promise<void> }

const byId = (id: string) => SYNTHETIC_EID_IDENTITIES.find((person) => person.citizenId === id)

function choosePage(uid: string): string {
  return `<!doctype html>${html`<html lang="vi"><head><meta charset="utf-8"><title>Định danh điện tử (mô phỏng)</title></head>
<body><main><h1>Định danh điện tử — bản mô phỏng</h1>
<p>Dữ liệu giả lập (SYNTHETIC), chỉ dùng cho phát triển và kiểm thử. Chọn một danh tính:</p>
${SYNTHETIC_EID_IDENTITIES.map(
  (person) =>
    html`<form method="post" action="/interaction/${uid}"><input type="hidden" name="citizenId" value="${person.citizenId}"><button type="submit">${person.fullName} (${person.citizenId}, ${person.level}, synthetic)</button></form>`,
)}</main></body></html>`}`
}

export async function startLocalEid(options: LocalEidOptions): Promise<LocalEid> {
  const server = http.createServer()
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, options.host ?? '127.0.0.1', resolve))
  const issuer = `http://${options.host ?? '127.0.0.1'}:${(server.address() as AddressInfo).port}`
  const { privateKey } = await generateKeyPair('RS256', { extractable: true, modulusLength: 2048 })
  const configuration: Configuration = {
    // A key of its own per start: the stand-in's tokens need outlive it no more than its sessions.
    jwks: { keys: [{ ...(await exportJWK(privateKey)), alg: 'RS256', use: 'sig' }] as never },
    clients: [
      {
        client_id: options.clientId,
        client_secret: options.clientSecret,
        redirect_uris: options.redirectUris,
        grant_types: ['authorization_code'],
        response_types: ['code'],
      },
    ],
    async findAccount(_ctx, id) {
      const person = byId(id)
      if (!person) return undefined
      return {
        accountId: id,
        claims: async () => ({
          sub: `vneid-synthetic-${person.citizenId}`,
          citizen_id: person.citizenId,
          name: person.fullName,
          birthdate: person.birthDate,
          gender: person.gender,
          email: person.email,
          phone_number: person.phone,
          synthetic: true,
        }),
      }
    },
    claims: {
      acr: null,
      openid: ['sub', 'acr'],
      profile: ['name', 'birthdate', 'gender'],
      email: ['email'],
      phone: ['phone_number'],
      identity: ['citizen_id', 'synthetic'],
    },
    scopes: ['openid', 'profile', 'email', 'phone', 'identity'],
    acrValues: [...LOCAL_EID_LEVELS],
    features: { devInteractions: { enabled: false } },
    pkce: { required: () => true },
    // The citizen's consent to share with the portal is the national e-ID's business, not this stand-in's.
    async loadExistingGrant(ctx) {
      const grant = new ctx.oidc.provider.Grant({
        clientId: ctx.oidc.client?.clientId as string,
        accountId: ctx.oidc.session?.accountId as string,
      })
      grant.addOIDCScope('openid profile email phone identity')
      await grant.save()
      return grant
    },
    interactions: { url: (_ctx, interaction) => `/interaction/${interaction.uid}` },
    // Browsers share cookies across ports of one host: names of its own keep the portal's
    // session apart from the stand-in's on localhost.
    cookies: { names: { session: '_eid_session', interaction: '_eid_interaction', resume: '_eid_resume' } },
  }
  const provider = new Provider(issuer, configuration)
  const callback = provider.callback()
  server.on('request', async function localEid(req, res) {
    const match = /^\/interaction\/([\w-]+)$/.exec(req.url ?? '')
    if (!match) return callback(req, res)
    try {
      if (req.method !== 'POST') {
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' })
        return res.end(choosePage(match[1] as string))
      }
      const person = byId((await readForm(req)).get('citizenId') ?? '')
      if (!person) {
        res.writeHead(400)
        return res.end()
      }
      await provider.interactionFinished(req, res, { login: { accountId: person.citizenId, acr: person.level } })
    } catch {
      res.writeHead(400)
      res.end()
    }
  })
  return {
    issuer,
    close: async () => {
      server.closeAllConnections()
      await new Promise((resolve) => server.close(resolve))
    },
  }
}
