import { handleEndpoints } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { startTestPayload, type TestPayload } from '../support/payload.ts'
import { allowed, as as asRole, type Role } from './helpers/access.ts'
import { buildWorld, type World } from './helpers/fixtures.ts'

/**
 * "Is this page useful?" (issue 14): POST /api/portal/feedback through Payload's REST handler
 * on a real PostgreSQL, as a JSON call and as the site's plain form post; the answers land in
 * the `feedback` collection, which only staff read and nobody writes through the REST API.
 */
let t: TestPayload
let world: World
/** Each test speaks from its own address: the endpoint's rate limit counts per client. */
let address = 0

beforeAll(async () => {
  t = await startTestPayload()
  world = await buildWorld(t.payload)
})
afterAll(async () => t?.close())

async function post(
  body: string,
  type: string,
  headers: Record<string, string> = {},
  from = `198.51.100.${++address}`,
) {
  const response = await handleEndpoints({
    config: t.payload.config,
    request: new Request('http://localhost:3000/api/portal/feedback', {
      method: 'POST',
      body,
      headers: { 'content-type': type, 'x-forwarded-for': from, ...headers },
    }),
  })
  const text = await response.text()
  return { status: response.status, headers: response.headers, body: text ? JSON.parse(text) : undefined }
}
const json = (value: unknown, headers?: Record<string, string>, from?: string) =>
  post(JSON.stringify(value), 'application/json', headers, from)

describe('POST /api/portal/feedback', () => {
  it('stores a JSON answer and says which record it made', async () => {
    const { status, body } = await json({
      path: '/thu-tuc/1.001193',
      useful: 'no',
      locale: 'vi',
      comment: ' Thiếu phí ',
    })
    expect(status).toBe(201)
    const saved = await t.payload.findByID({ collection: 'feedback', id: body.id, depth: 0 })
    expect(saved).toMatchObject({ path: '/thu-tuc/1.001193', useful: 'no', locale: 'vi', comment: 'Thiếu phí' })
  })

  it('takes the site’s form post (no JavaScript) and sends the browser back to the page’s thanks', async () => {
    const form = new URLSearchParams({ path: '/en/procedures/1.001193', locale: 'en', useful: 'yes', comment: '' })
    const { status, headers } = await post(form.toString(), 'application/x-www-form-urlencoded')
    expect(status).toBe(303)
    expect(new URL(headers.get('location') ?? '').pathname).toBe('/en/procedures/1.001193')
    expect(new URL(headers.get('location') ?? '').hash).toBe('#useful-thanks')
    const { docs } = await t.payload.find({
      collection: 'feedback',
      where: { path: { equals: '/en/procedures/1.001193' } },
    })
    expect(docs.map((doc) => [doc.useful, doc.comment ?? null])).toEqual([['yes', null]])
  })

  it.each([
    ['another site as the page', { path: 'https://evil.example/x', useful: 'yes', locale: 'vi' }, ['path']],
    ['a protocol-relative path', { path: '//evil.example/x', useful: 'yes', locale: 'vi' }, ['path']],
    ['an answer that is not yes or no', { path: '/', useful: 'maybe', locale: 'vi' }, ['useful']],
    [
      'an unknown language and a long comment',
      { path: '/', useful: 'no', locale: 'fr', comment: 'x'.repeat(1001) },
      ['locale', 'comment'],
    ],
    ['an unknown field', { path: '/', useful: 'no', locale: 'vi', email: 'a@b.c' }, ['body']],
    ['no body at all', undefined, ['body']],
  ])(
    'refuses %s with 400 feedback.invalid, naming the fields, in the request’s language',
    async (_, input, parameters) => {
      const { status, body } = await json(input, { 'accept-language': 'en' })
      expect(status).toBe(400)
      expect(body.error.code).toBe('feedback.invalid')
      expect(body.error.message).toMatch(/^The feedback is not valid/)
      expect(body.error.details.parameters).toEqual(parameters)
    },
  )

  it('answers 429 with Retry-After once a client has sent its burst', async () => {
    const from = '198.51.100.250'
    const answer = { path: '/', useful: 'yes', locale: 'vi' }
    const statuses: number[] = []
    for (let i = 0; i < 6; i++) statuses.push((await json(answer, {}, from)).status)
    expect(statuses).toEqual([201, 201, 201, 201, 201, 429])
    const refused = await json(answer, {}, from)
    expect(refused.body.error.code).toBe('feedback.rate_limited')
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0)
  })
})

describe.each<[Role, { read: boolean; write: boolean; remove: boolean }]>([
  ['admin', { read: true, write: false, remove: true }],
  ['editorA', { read: true, write: false, remove: false }],
  ['reviewerA', { read: true, write: false, remove: false }],
  ['officerA', { read: true, write: false, remove: false }],
  ['public', { read: false, write: false, remove: false }],
])('feedback records as %s', (role, may) => {
  const as = () => asRole(world, role)
  const seed = async () =>
    (await t.payload.create({ collection: 'feedback', data: { path: '/', useful: 'yes', locale: 'vi' } })).id

  it(`${may.read ? 'reads' : 'does not read'} them`, async () => {
    await seed()
    expect(await allowed(() => t.payload.find({ collection: 'feedback', depth: 0, ...as() }))).toBe(may.read)
  })

  it(`${may.write ? 'may' : 'may not'} create or change one through the API; ${may.remove ? 'may' : 'may not'} delete one`, async () => {
    const data = { path: '/', useful: 'no' as const, locale: 'en' as const }
    expect(await allowed(() => t.payload.create({ collection: 'feedback', data, ...as() }))).toBe(may.write)
    const id = await seed()
    expect(await allowed(() => t.payload.update({ collection: 'feedback', id, data: { useful: 'no' }, ...as() }))).toBe(
      may.write,
    )
    expect(await allowed(() => t.payload.delete({ collection: 'feedback', id, ...as() }))).toBe(may.remove)
  })
})
