/**
 * A world for the dossier tests: the real SSO provider on a test database (sso-world.ts),
 * two ministries with officers, a published procedure with an online form, the holiday
 * calendar, and citizens who register and sign in through the provider's own pages to get
 * real access tokens (openid-client as the relying party). Requests go through Payload's
 * REST handler in this process, as the portal server's Next route does.
 */
import * as client from 'openid-client'
import { handleEndpoints } from 'payload'
import { migrateQueue } from '../../cms/src/jobs/worker.ts'
import type { SyntheticPerson } from '../../cms/src/sso/accounts/synthetic-people.ts'
import { buildWorld, STAFF_PASSWORD, type World } from '../int/helpers/fixtures.ts'
import { FormBrowser } from './sso-browser.ts'
import { pkce } from './sso-client.ts'
import { type SsoWorld, startSsoWorld } from './sso-world.ts'

export const CALLBACK = 'http://127.0.0.1:9/callback'
const PASSWORD = 'mật khẩu thử nghiệm dài'

export type Answer = { status: number; headers: Headers; body: any }

export type DossierWorld = SsoWorld & {
  world: World
  /** The procedure with the online form: publishedA, of department BTP-HT under ministry BTP. */
  procedureCode: string
  officerB: { email: string }
  /** A citizen's access token, registering them on first use. */
  token(person: SyntheticPerson): Promise<string>
  /** An API call as a citizen (bearer), as staff (`staff`: e-mail), or anonymous. */
  api(method: string, path: string, options?: CallOptions): Promise<Answer>
}

export type CallOptions = {
  token?: string
  staff?: string
  body?: unknown
  raw?: { bytes: Uint8Array; type: string }
  /** A multipart form, as the admin uploads files. */
  form?: FormData
  headers?: Record<string, string>
  language?: 'vi' | 'en'
}

export async function startDossierWorld(): Promise<DossierWorld> {
  const sso = await startSsoWorld()
  const { payload } = sso
  process.env.DATABASE_URL = (
    payload.db as unknown as { pool: { options: { connectionString: string } } }
  ).pool.options.connectionString
  await migrateQueue()
  const world = await buildWorld(payload)
  const officerB = await payload.create({
    collection: 'users',
    data: {
      email: 'officer.b@test.local',
      password: STAFF_PASSWORD,
      name: 'Cán bộ B',
      roles: ['officer'],
      agency: world.agencies.ministryB,
    },
  })
  await payload.create({
    collection: 'dossier-forms',
    data: {
      title: 'Tờ khai thử nghiệm (synthetic)',
      procedure: world.procedures.publishedA,
      agency: world.agencies.departmentA,
      minimumAcr: 'loa2',
      maxFileMb: 1,
      fields: [
        { key: 'childName', type: 'text', required: true, label: 'Họ và tên của trẻ', maxLength: 100 },
        { key: 'childBirthDate', type: 'date', required: true, label: 'Ngày sinh' },
        {
          key: 'relation',
          type: 'choice',
          required: true,
          label: 'Người đi đăng ký',
          choices: [
            { value: 'parent', label: 'Cha, mẹ' },
            { value: 'authorised', label: 'Người được ủy quyền' },
          ],
        },
        { key: 'parentId', type: 'citizenId', required: true, label: 'Số định danh của cha hoặc mẹ' },
        { key: 'birthPlace', type: 'address', required: true, label: 'Nơi sinh' },
      ],
      documents: [
        {
          key: 'birthNotification',
          label: 'Giấy chứng sinh',
          required: true,
          maxFiles: 1,
          reuseType: 'birth-notification',
        },
        {
          key: 'authorisation',
          label: 'Văn bản ủy quyền',
          required: true,
          maxFiles: 1,
          requiredWhen: { field: 'relation', equals: 'authorised' },
        },
        { key: 'other', label: 'Giấy tờ khác', required: false, maxFiles: 2 },
      ],
    },
  })
  await payload.update({
    collection: 'procedures',
    id: world.procedures.publishedA,
    data: { methods: [{ channel: 'online', timeAmount: 3, timeUnit: 'working-days' }] },
  })
  const party = await sso.addParty({
    name: 'Cổng thử nghiệm hồ sơ (synthetic)',
    redirectUris: [{ uri: CALLBACK }],
    scopes: ['openid', 'profile'],
    publicSubject: true,
  })
  const config = await sso.relyingParty(party.clientId, party.clientSecret)
  const tokens = new Map<string, string>()
  const staffTokens = new Map<string, string>()

  async function token(person: SyntheticPerson): Promise<string> {
    const known = tokens.get(person.citizenId)
    if (known) return known
    const browser = new FormBrowser()
    const { verifier, state, params } = await pkce()
    const url = client.buildAuthorizationUrl(config, { redirect_uri: CALLBACK, scope: 'openid profile', ...params })
    const login = await browser.visit(url.href, {}, CALLBACK)
    const register = new URL(
      login.body.match(/href="([^"]*\/register[^"]*)"/)?.[1]?.replace(/&amp;/g, '&') ?? '',
      login.url,
    ).href
    const registration = await browser.visit(register)
    let landed = await browser.submit(
      registration,
      '/register',
      {
        citizenId: person.citizenId,
        fullName: person.fullName,
        birthDate: person.birthDate,
        phone: person.phone,
        email: person.email,
        password: PASSWORD,
      },
      CALLBACK,
    )
    if (!landed.url.startsWith(CALLBACK)) landed = await browser.submit(landed, '/confirm', {}, CALLBACK)
    const grant = await client.authorizationCodeGrant(config, new URL(landed.url), {
      pkceCodeVerifier: verifier,
      expectedState: state,
    })
    tokens.set(person.citizenId, grant.access_token)
    return grant.access_token
  }

  async function staffToken(email: string): Promise<string> {
    const known = staffTokens.get(email)
    if (known) return known
    const { token: jwt } = await payload.login({ collection: 'users', data: { email, password: STAFF_PASSWORD } })
    staffTokens.set(email, jwt as string)
    return jwt as string
  }

  async function api(method: string, path: string, options: CallOptions = {}): Promise<Answer> {
    const headers: Record<string, string> = { 'accept-language': options.language ?? 'vi', ...options.headers }
    if (options.token) headers.authorization = `Bearer ${options.token}`
    if (options.staff) headers.authorization = `JWT ${await staffToken(options.staff)}`
    let body: BodyInit | undefined
    if (options.form) body = options.form
    else if (options.raw) {
      body = new Blob([options.raw.bytes as Uint8Array<ArrayBuffer>])
      headers['content-type'] = options.raw.type
    } else if (options.body !== undefined) {
      body = typeof options.body === 'string' ? options.body : JSON.stringify(options.body)
      headers['content-type'] = 'application/json'
    }
    const response = await handleEndpoints({
      config: payload.config,
      request: new Request(`http://127.0.0.1:3100${path}`, { method, headers, body }),
    })
    const type = response.headers.get('content-type') ?? ''
    const parsed = type.includes('json') ? await response.json().catch(() => undefined) : await response.arrayBuffer()
    return { status: response.status, headers: response.headers, body: parsed }
  }

  return {
    ...sso,
    world,
    procedureCode: '1.000001',
    officerB: { email: officerB.email },
    token,
    api,
  }
}

/** Small valid files (synthetic): a PDF with its cross-reference marker, a PNG made by sharp. */
export const PDF = (text = 'synthetic') =>
  new TextEncoder().encode(
    `%PDF-1.4\n1 0 obj<<>>endobj\n% ${text} (synthetic test file)\nxref\n0 1\ntrailer<<>>\nstartxref\n9\n%%EOF\n`,
  )

export async function PNG(): Promise<Uint8Array> {
  const { default: sharp } = await import('sharp')
  return sharp({ create: { width: 4, height: 4, channels: 3, background: '#ffffff' } })
    .png()
    .toBuffer()
}
