import type { PostgresAdapter } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'
import pg from 'pg'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import { SharedTokenBucket } from '../../cms/src/portal/http/rate-limit.ts'
import { startTestPayload, type TestPayload } from '../support/payload.ts'
import { unusedPort } from '../support/search.ts'

let t: TestPayload
beforeAll(async () => {
  t = await startTestPayload()
})
afterAll(async () => t?.close())

const pool = () => (t.payload.db as unknown as PostgresAdapter).pool

describe('SharedTokenBucket (PostgreSQL)', () => {
  it('lets a burst through, refuses with the wait until the next token, refills with time', async () => {
    let now = 1_000
    const limiter = new SharedTokenBucket({ capacity: 3, perSecond: 0.5, now: () => now })
    const burst = []
    for (let i = 0; i < 3; i++) burst.push(await limiter.take('burst-a', t.payload))
    expect(burst.map((decision) => decision.allowed)).toEqual([true, true, true])
    expect(await limiter.take('burst-a', t.payload)).toEqual({ allowed: false, retryAfterSeconds: 2 })
    expect((await limiter.take('burst-b', t.payload)).allowed).toBe(true)
    now += 2
    expect((await limiter.take('burst-a', t.payload)).allowed).toBe(true)
    expect(await limiter.take('burst-a', t.payload)).toEqual({ allowed: false, retryAfterSeconds: 2 })
  })

  it('is one bucket for every replica: two limiters on one database share it', async () => {
    const replicaA = new SharedTokenBucket({ capacity: 3, perSecond: 0.001 })
    const replicaB = new SharedTokenBucket({ capacity: 3, perSecond: 0.001 })
    expect((await replicaA.take('shared', t.payload)).allowed).toBe(true)
    expect((await replicaB.take('shared', t.payload)).allowed).toBe(true)
    expect((await replicaA.take('shared', t.payload)).allowed).toBe(true)
    expect((await replicaB.take('shared', t.payload)).allowed).toBe(false)
  })

  it('counts concurrent requests exactly: 20 of 30 at once get through', async () => {
    const limiter = new SharedTokenBucket({ capacity: 20, perSecond: 0.001 })
    const decisions = await Promise.all(Array.from({ length: 30 }, () => limiter.take('crowd', t.payload)))
    expect(decisions.filter((decision) => decision.allowed)).toHaveLength(20)
  })

  it('forgets buckets that have refilled', async () => {
    let now = 5_000
    const limiter = new SharedTokenBucket({ capacity: 2, perSecond: 1, now: () => now, pruneEvery: 2 })
    await limiter.take('idle', t.payload)
    now += 10
    await limiter.take('busy', t.payload)
    const { rows } = await pool().query(`SELECT client FROM portal.rate_buckets WHERE client IN ('idle', 'busy')`)
    expect(rows.map((row) => row.client)).toEqual(['busy'])
  })

  it('lets requests through and logs when the database cannot answer', async () => {
    const deadPool = new pg.Pool({ connectionString: `postgres://nobody@127.0.0.1:${await unusedPort()}/none` })
    const unreachable = Object.create(t.payload, { db: { value: { pool: deadPool } } }) as Payload
    const warn = vi.spyOn(t.payload.logger, 'warn')
    try {
      const limiter = new SharedTokenBucket({ capacity: 1, perSecond: 0.001 })
      expect(await limiter.take('anyone', unreachable)).toEqual({ allowed: true })
      expect(await limiter.take('anyone', unreachable)).toEqual({ allowed: true })
      expect(warn).toHaveBeenCalledWith(expect.objectContaining({ client: 'anyone' }), expect.stringContaining('rate'))
    } finally {
      warn.mockRestore()
      await deadPool.end()
    }
  })
})
