import { startWorker, type Worker } from '@dvc/cms/jobs'
import { indexNames } from '@dvc/search'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startTestPayload, type TestPayload } from '../support/payload.ts'
import { eventually, testClient } from '../support/search.ts'
import { buildWorld, STAFF_PASSWORD, type World } from './helpers/fixtures.ts'
import { type Balancer, type Replica, startBalancer, startReplica } from './helpers/replicas.ts'

/**
 * Two portal replicas, each its own process with its own Payload, on one PostgreSQL and one
 * Meilisearch, behind a round-robin balancer: what one replica learns (a login, a save, a
 * rate-limit count) the other must know, because nothing of it lives in a process's memory.
 */
let t: TestPayload
let world: World
let replicas: Replica[] = []
let balancer: Balancer
// Side effects (the search index) run on the queue: production runs `npm run worker` beside the replicas.
let worker: Worker

beforeAll(async () => {
  t = await startTestPayload()
  world = await buildWorld(t.payload)
  // As production runs them: the schema is already there, the replicas never push it.
  // A bucket that does not refill during the test: the count is exact however slow the machine.
  const env = { PAYLOAD_DB_PUSH: '0', TRUST_PROXY: '1', SEARCH_RATE_BURST: '10', SEARCH_RATE_PER_SECOND: '0.001' }
  replicas = await Promise.all([startReplica('A', env), startReplica('B', env)])
  balancer = await startBalancer(replicas)
  worker = await startWorker(t.payload, { pollIntervalMs: 200 })
}, 300_000)

afterAll(async () => {
  await worker?.stop()
  await balancer?.close()
  await Promise.all(replicas.map((replica) => replica.stop()))
  await t?.close()
})

type Answer = { status: number; replica: string | null; body: Record<string, unknown>; cookies: string[] }

async function call(
  method: string,
  path: string,
  options: { cookie?: string; json?: unknown; headers?: Record<string, string> } = {},
): Promise<Answer> {
  const response = await fetch(`${balancer.url}${path}`, {
    method,
    headers: {
      ...(options.json === undefined ? {} : { 'content-type': 'application/json' }),
      // As the admin in a browser: Payload takes a cookie only from an origin it trusts (CSRF).
      ...(options.cookie ? { cookie: options.cookie, origin: process.env.SERVER_URL as string } : {}),
      ...options.headers,
    },
    body: options.json === undefined ? undefined : JSON.stringify(options.json),
  })
  return {
    status: response.status,
    replica: response.headers.get('x-replica'),
    body: (await response.json()) as Record<string, unknown>,
    cookies: response.headers.getSetCookie().map((cookie) => cookie.split(';')[0] as string),
  }
}

async function login(email: string): Promise<{ replica: string | null; cookie: string }> {
  const answer = await call('POST', '/api/users/login', { json: { email, password: STAFF_PASSWORD } })
  expect(answer.status, JSON.stringify(answer.body)).toBe(200)
  return { replica: answer.replica, cookie: answer.cookies.join('; ') }
}

describe('two portal replicas behind a load balancer', () => {
  it('an editor logs in on one replica, saves through the other, reads it back on the first', async () => {
    const id = world.procedures.draftA
    const editor = await login(world.users.editorA.email)
    expect(editor.replica).toBe('A')

    const save = await call('PATCH', `/api/procedures/${id}?draft=true&depth=0`, {
      cookie: editor.cookie,
      json: { name: 'Thủ tục sửa trên bản sao B' },
    })
    expect(save.replica).toBe('B')
    expect(save.status, JSON.stringify(save.body)).toBe(200)

    const read = await call('GET', `/api/procedures/${id}?draft=true&depth=0`, { cookie: editor.cookie })
    expect(read.replica).toBe('A')
    expect(read.status).toBe(200)
    expect(read.body).toMatchObject({ id, name: 'Thủ tục sửa trên bản sao B', _status: 'draft' })
  })

  it('a reviewer publishes through one replica: the other serves it, and the one search index has it', async () => {
    const id = world.procedures.draftA
    const reviewer = await login(world.users.reviewerA.email)
    expect(reviewer.replica).toBe('B')
    const publish = await call('PATCH', `/api/procedures/${id}?depth=0`, {
      cookie: reviewer.cookie,
      json: { _status: 'published' },
    })
    expect(publish.replica).toBe('A')
    expect(publish.status, JSON.stringify(publish.body)).toBe(200)

    const anonymous = await call('GET', `/api/procedures/${id}?depth=0`)
    expect(anonymous.replica).toBe('B')
    expect(anonymous.body).toMatchObject({ name: 'Thủ tục sửa trên bản sao B', _status: 'published' })

    const index = testClient().index(indexNames(process.env.SEARCH_INDEX_PREFIX).procedures)
    await eventually(
      'the published procedure in the shared Meilisearch',
      async () =>
        (await index.search('bản sao', { filter: 'locale = vi' })).hits.some((hit) => hit.code === '1.000003'),
      30_000,
    )
  })

  it('shares one search rate limit, and a forged X-Forwarded-For does not escape it', async () => {
    // Each request claims another address; only the balancer's entry is believed (TRUST_PROXY=1).
    // With a bucket per process, each replica would let 10 through: 20 in all.
    const answers = await Promise.all(
      Array.from({ length: 30 }, (_, i) =>
        call('GET', '/api/portal/search?page=0', { headers: { 'x-forwarded-for': `203.0.113.${i + 1}` } }),
      ),
    )
    const served = answers.filter((answer) => answer.status === 400)
    const limited = answers.filter((answer) => answer.status === 429)
    expect(served).toHaveLength(10)
    expect(limited).toHaveLength(20)
    expect(new Set(served.map((answer) => answer.replica))).toEqual(new Set(['A', 'B']))
    expect(new Set(limited.map((answer) => answer.replica))).toEqual(new Set(['A', 'B']))
    expect(limited[0]?.body).toMatchObject({ error: { code: 'search.rate_limited' } })
  })
})
