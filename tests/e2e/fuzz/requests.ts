/**
 * Malformed requests for the fuzz test: valid paths of every public endpoint with
 * query strings, bodies, headers and methods drawn from values that broke Payload
 * before (NUL, huge numbers, broken JSON) and other classics (invalid UTF-8 escapes,
 * huge strings, traversal, wrong types). Values marked raw go into the URL as they are.
 */
import type { Random } from './random.ts'

export type FuzzRequest = {
  method: string
  url: string
  headers: Record<string, string>
  body?: string | Buffer
  /** The API promises its error shape on every 4xx; the static site only "no 5xx". */
  api: boolean
}

const COLLECTIONS = [
  'procedures',
  'faqs',
  'life-events',
  'forms',
  'videos',
  'media',
  'agencies',
  'sectors',
  'users',
  'dossiers',
  'dossier-files',
  'dossier-forms',
  'holidays',
]
/** The portal API's own paths (search, feedback, dossiers: issue 15), valid and nearly valid. */
const PORTAL_PATHS = [
  '/api/portal/search',
  '/api/portal/feedback',
  '/api/portal/dossiers',
  '/api/portal/dossiers/BTP-261201-0001',
  '/api/portal/dossiers/%E0%A4%A',
  '/api/portal/dossiers/mine',
  '/api/portal/dossiers/mine/BTP-261201-0001',
  '/api/portal/dossiers/mine/BTP-261201-0001/supplement',
  '/api/portal/dossiers/mine/BTP-261201-0001/withdraw',
  '/api/portal/dossiers/mine/BTP-261201-0001/files/1',
  '/api/portal/dossier-forms/1.001193',
  '/api/portal/dossier-forms/..%2F..',
  '/api/portal/places',
  '/api/portal/places/01',
  '/api/portal/uploads',
  '/api/portal/uploads/1',
  '/api/portal/documents/reusable',
  '/api/portal/drafts/1.001193',
  '/api/portal/receipts/verify',
  '/api/dossiers/1/transition',
]
const SUB_PATHS = ['', '/1', '/count', '/versions', '/versions/1', '/access/1', '/me', '/login', '/file/x.webp']
const SITE_PATHS = ['/', '/en/', '/thu-tuc/1.001193', '/en/procedures/1.001193', '/tim-kiem', '/hoi-dap', '/x']

const PARAMS = [
  'depth',
  'limit',
  'page',
  'locale',
  'fallback-locale',
  'sort',
  'draft',
  'trash',
  'pagination',
  'where[code][equals]',
  'where[agency][equals]',
  'where[id][in]',
  'where[or][0][name][like]',
  'where[createdAt][greater_than]',
  'where[code][near]',
  'where',
  'data',
  'select[code]',
  'populate',
  'joins',
  'q',
  'sector',
  'agency',
  'level',
  'serviceLevel',
  'lifeEvent',
]

/** Encoded as a URL component unless `raw`: then it is an escape sequence on purpose. */
const VALUES: { value: string; raw?: true }[] = [
  { value: '' },
  { value: ' ' },
  { value: '0' },
  { value: '1' },
  { value: '-5' },
  { value: '1.5' },
  { value: '1e21' },
  { value: '99999999999999999999' },
  { value: '1000000' },
  { value: 'NaN' },
  { value: 'abc' },
  { value: 'true' },
  { value: 'vi' },
  { value: 'en' },
  { value: 'xx' },
  { value: 'a\u0000b' },
  { value: '\u0000' },
  { value: '{bad' },
  { value: '{"code":{"equals":"x"}}' },
  { value: '[]' },
  { value: 'null' },
  { value: '../../etc/passwd' },
  { value: 'đăng ký khai sinh' },
  { value: '-code,name' },
  { value: '%' },
  { value: 'x'.repeat(5000) },
  { value: '<script>alert(1)</script>' },
  { value: "' OR 1=1 --" },
  { value: '%C3%28', raw: true },
  { value: '%FF%FE', raw: true },
  { value: '%E0%A4%A', raw: true },
  { value: '%', raw: true },
  { value: '%00', raw: true },
  { value: '%ED%A0%80', raw: true },
]

const BODIES: (() => { type: string; body: string | Buffer })[] = [
  () => ({ type: 'application/json', body: '{bad' }),
  () => ({ type: 'application/json', body: '{"email":"a\\u0000b","password":"x"}' }),
  () => ({ type: 'application/json', body: '{"email":1,"password":[]}' }),
  () => ({ type: 'application/json', body: '[]' }),
  () => ({ type: 'application/json', body: '{"query":"{ Procedures(limit: -5, page: -5) { docs { id } } }"}' }),
  () => ({ type: 'application/json', body: '{"query":"{ Procedure(id: 99999999999) { id } }"}' }),
  () => ({
    type: 'application/json',
    body: '{"query":"{ Procedures(where: { code: { equals: \\"\\u0000\\" } }) { docs { id } } }"}',
  }),
  () => ({ type: 'application/json', body: '{"query":1}' }),
  () => ({ type: 'application/json', body: Buffer.from([0x7b, 0x22, 0xff, 0xfe, 0x22, 0x3a, 0x31, 0x7d]) }),
  () => ({ type: 'multipart/form-data; boundary=x', body: 'garbage' }),
  () => ({ type: 'multipart/form-data', body: '--x\r\n' }),
  () => ({ type: 'application/x-www-form-urlencoded', body: 'a=%ZZ&b' }),
  () => ({ type: 'text/plain', body: '\u0000' }),
  () => ({ type: 'application/json', body: '' }),
]

const HEADERS: Record<string, string>[] = [
  {},
  { 'accept-language': 'en' },
  { 'accept-language': 'vi;q=abc,,;' },
  { 'accept-language': 'x'.repeat(2000) },
  { authorization: 'JWT garbage' },
  { authorization: 'Bearer garbage' },
  { authorization: `Bearer ${'A'.repeat(43)}` },
  { cookie: 'payload-token=garbage' },
  { cookie: 'payload-lng=xx' },
  { 'idempotency-key': '\u00ff' },
  { 'x-forwarded-for': 'not-an-ip' },
]

const METHODS = ['GET', 'GET', 'GET', 'POST', 'PATCH', 'PUT', 'DELETE']

function query(random: Random): string {
  const count = 1 + random.int(3)
  const parts: string[] = []
  for (let index = 0; index < count; index++) {
    const name = random.pick(PARAMS)
    const { value, raw } = random.pick(VALUES)
    parts.push(
      `${encodeURIComponent(name).replace(/%5B/g, '[').replace(/%5D/g, ']')}=${raw ? value : encodeURIComponent(value)}`,
    )
  }
  return parts.join('&')
}

function apiPath(random: Random): string {
  const roll = random.int(10)
  if (roll === 0) return random.pick(PORTAL_PATHS)
  if (roll === 1) return '/api/graphql'
  if (roll === 2) return '/api/users/login'
  if (roll === 3)
    return `/api/${random.pick(COLLECTIONS)}/${random.pick(VALUES).value ? encodeURIComponent(random.pick(VALUES).value) : 'x'}`
  return `/api/${random.pick(COLLECTIONS)}${random.pick(SUB_PATHS)}`
}

/** One request: mostly API calls, some pages of the static site. */
export function fuzzRequest(random: Random, cmsUrl: string, siteUrl: string): FuzzRequest {
  const api = !random.chance(0.15)
  const path = api ? apiPath(random) : random.pick(SITE_PATHS)
  const method = path === '/api/graphql' || path === '/api/users/login' ? 'POST' : random.pick(METHODS)
  const headers = { ...random.pick(HEADERS) }
  let body: string | Buffer | undefined
  if (method !== 'GET' && method !== 'DELETE') {
    const drawn = random.pick(BODIES)()
    headers['content-type'] = drawn.type
    body = drawn.body
  }
  const search = random.chance(0.8) ? `?${query(random)}` : ''
  return { method, url: `${api ? cmsUrl : siteUrl}${path}${search}`, headers, body, api }
}
