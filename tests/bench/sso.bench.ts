/**
 * Single sign-on figures (issue 13), for `npm run bench -- --only sso`: the token endpoint
 * (code exchange, refresh) and userinfo in requests per second against the portal server
 * as it runs in production (one process, 2 cores shared with this client), and the
 * password login: argon2id verification at the chosen cost, and whole logins per second
 * through the login page.
 */
import { createHash, randomBytes } from 'node:crypto'
import type { Payload } from 'payload'

import type { RelyingParty } from '../../cms/src/payload-types.ts'
import { createAccount, loginIdTaken } from '../../cms/src/sso/accounts/citizens.ts'
import { hashPassword, PASSWORD_COST, verifyPassword } from '../../cms/src/sso/accounts/password.ts'
import { SYNTHETIC_PEOPLE } from '../../cms/src/sso/accounts/synthetic-people.ts'
import { percentile, timeCalls } from '../../scripts/lib/stats.ts'
import { FormBrowser } from '../support/sso-browser.ts'

export const SSO_TARGETS = Object.freeze({ rps: 1000, loginMinMs: 50, loginMaxMs: 250 })

const CALLBACK = 'http://127.0.0.1:9/bench/callback'
const PARTY_NAME = 'Cổng đo hiệu năng (synthetic)'
const PASSWORD = 'mật khẩu đo hiệu năng'
/** Concurrent clients: enough to keep 2 cores busy without queueing the measure itself. */
const WORKERS = 16
const SECONDS = 5

export type SsoFixture = { clientId: string; clientSecret: string; citizenId: string }

export type SsoRow = { what: string; requests: number; seconds: number; p50: number; p95: number; target: string }

/** A relying party (a new secret each run: it is shown once) and a synthetic citizen in the bench database. */
export async function prepareSsoBench(payload: Payload): Promise<SsoFixture> {
  await payload.delete({ collection: 'relying-parties', where: { name: { equals: PARTY_NAME } } })
  const party = await payload.create({
    collection: 'relying-parties',
    data: {
      name: PARTY_NAME,
      redirectUris: [{ uri: CALLBACK }],
      scopes: ['openid', 'profile', 'offline_access'],
      publicSubject: true,
    } as RelyingParty,
    depth: 0,
  })
  const person = SYNTHETIC_PEOPLE[0] as (typeof SYNTHETIC_PEOPLE)[number]
  if (!(await loginIdTaken(payload, person.citizenId)))
    await createAccount(payload, { ...person, kind: 'citizen' }, PASSWORD, 'registry')
  return { clientId: party.clientId as string, clientSecret: party.clientSecret as string, citizenId: person.citizenId }
}

/** `workers` loops calling `call` for `seconds`; every call's time kept. */
async function sustained(call: (worker: number) => Promise<void>, workers = WORKERS, seconds = SECONDS) {
  const samples: number[] = []
  const until = performance.now() + seconds * 1000
  const started = performance.now()
  await Promise.all(
    Array.from({ length: workers }, async (_, worker) => {
      while (performance.now() < until) {
        const at = performance.now()
        await call(worker)
        samples.push(performance.now() - at)
      }
    }),
  )
  return row(samples, (performance.now() - started) / 1000)
}

function row(samples: number[], seconds: number) {
  const sorted = [...samples].sort((a, b) => a - b)
  return { requests: sorted.length, seconds, p50: percentile(sorted, 50), p95: percentile(sorted, 95) }
}

export async function benchSso(cmsUrl: string, fixture: SsoFixture, log: (message: string) => void): Promise<SsoRow[]> {
  const issuer = `${cmsUrl}/oidc`
  const basic = `Basic ${Buffer.from(`${encodeURIComponent(fixture.clientId)}:${encodeURIComponent(fixture.clientSecret)}`).toString('base64')}`
  const verifier = randomBytes(32).toString('base64url')
  const authUrl = `${issuer}/auth?${new URLSearchParams({
    client_id: fixture.clientId,
    redirect_uri: CALLBACK,
    response_type: 'code',
    scope: 'openid profile offline_access',
    code_challenge: createHash('sha256').update(verifier).digest('base64url'),
    code_challenge_method: 'S256',
  })}`
  const token = async (form: Record<string, string>) => {
    const response = await fetch(`${issuer}/token`, {
      method: 'POST',
      headers: { authorization: basic, 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams(form),
    })
    if (response.status !== 200) throw new Error(`token endpoint answered ${response.status}: ${await response.text()}`)
    return (await response.json()) as { access_token: string; refresh_token: string }
  }
  const login = async (browser: FormBrowser) => {
    const page = await browser.visit(authUrl, {}, CALLBACK)
    const next = await browser.submit(page, '/login', { citizenId: fixture.citizenId, password: PASSWORD }, CALLBACK)
    return next.url.startsWith(CALLBACK) ? next : browser.submit(next, '/confirm', {}, CALLBACK)
  }
  const code = (url: string) => new URL(url).searchParams.get('code') as string

  log('SSO: one login and consent, then authorization codes from that session')
  const session = new FormBrowser()
  await login(session)
  const codes: string[] = []
  // Codes live 60 s: as many as the exchange below spends in well under that.
  for (let i = 0; i < 600; i++) codes.push(code((await session.visit(authUrl, {}, CALLBACK)).url))

  const rows: SsoRow[] = []
  const exchanged: { access_token: string; refresh_token: string }[] = []
  const started = performance.now()
  const exchangeSamples: number[] = []
  await Promise.all(
    Array.from({ length: WORKERS }, async () => {
      for (let next = codes.pop(); next; next = codes.pop()) {
        const at = performance.now()
        exchanged.push(
          await token({
            grant_type: 'authorization_code',
            code: next,
            redirect_uri: CALLBACK,
            code_verifier: verifier,
          }),
        )
        exchangeSamples.push(performance.now() - at)
      }
    }),
  )
  const target = (rps: number) => `>= ${SSO_TARGETS.rps}/s: ${rps >= SSO_TARGETS.rps ? 'met' : 'MISSED'}`
  const exchange = row(exchangeSamples, (performance.now() - started) / 1000)
  rows.push({ what: 'token: code exchange', ...exchange, target: '' })

  log(`SSO: refresh (rotating) and userinfo, ${WORKERS} clients for ${SECONDS} s each`)
  const chains = exchanged.slice(0, WORKERS).map((t) => t.refresh_token)
  const refresh = await sustained(async (worker) => {
    chains[worker] = (
      await token({ grant_type: 'refresh_token', refresh_token: chains[worker] as string })
    ).refresh_token
  })
  rows.push({ what: 'token: refresh (rotation)', ...refresh, target: target(refresh.requests / refresh.seconds) })
  const access = exchanged.slice(WORKERS, 2 * WORKERS).map((t) => t.access_token)
  const userinfo = await sustained(async (worker) => {
    const response = await fetch(`${issuer}/me`, { headers: { authorization: `Bearer ${access[worker]}` } })
    if (response.status !== 200) throw new Error(`userinfo answered ${response.status}`)
    await response.arrayBuffer()
  })
  rows.push({ what: 'userinfo', ...userinfo, target: target(userinfo.requests / userinfo.seconds) })

  log('SSO: password logins (argon2id at the chosen cost)')
  const stored = await hashPassword(PASSWORD)
  const verify = await timeCalls(() => verifyPassword(stored, PASSWORD), 30)
  const inRange = verify.p50 >= SSO_TARGETS.loginMinMs && verify.p50 <= SSO_TARGETS.loginMaxMs
  rows.push({
    what: `argon2id verify (m=${PASSWORD_COST.memoryCost} KiB, t=${PASSWORD_COST.timeCost}, p=${PASSWORD_COST.parallelism}), in process`,
    requests: verify.n,
    seconds: 0,
    p50: verify.p50,
    p95: verify.p95,
    target: `${SSO_TARGETS.loginMinMs}-${SSO_TARGETS.loginMaxMs} ms: ${inRange ? 'met' : 'MISSED'}`,
  })
  // Whole logins through the page (authorize, login form, consent, code): 2 at a time for 2 cores.
  const logins = await sustained(async () => {
    await login(new FormBrowser())
  }, 2)
  rows.push({ what: 'whole password login through the pages', ...logins, target: '' })
  return rows
}
