import { spawn } from 'node:child_process'
import { EventEmitter } from 'node:events'
import net from 'node:net'
import path from 'node:path'

import { reapDeadWorkers, startWorker, type Worker, type WorkerEvents } from '@dvc/cms/jobs'
import { indexEverything } from '@dvc/cms/search'
import { commitTransaction, createLocalReq, initTransaction, killTransaction } from 'payload'
import pg from 'pg'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { startTestPayload, type TestPayload } from '../support/payload.ts'
import { queueDrained, queueRows } from '../support/queue.ts'
import { dropIndexes, eventually, settled, testClient, uniquePrefix, useIndexPrefix } from '../support/search.ts'
import { buildWorld, type World } from './helpers/fixtures.ts'

const prefix = uniquePrefix()
let t: TestPayload
let world: World
const client = testClient()

beforeAll(async () => {
  useIndexPrefix(prefix)
  t = await startTestPayload()
  await indexEverything(t.payload)
  world = await buildWorld(t.payload)
})
afterAll(async () => {
  await dropIndexes(client, prefix)
  await t?.close()
})

const procedure = (code: string) => ({
  code,
  name: `Thủ tục hàng đợi ${code}`,
  levels: ['central' as const],
  serviceLevel: 'full' as const,
  sector: world.sector,
  agency: world.agencies.departmentA,
  steps: [{ text: 'Nộp hồ sơ' }],
  result: 'Kết quả',
  _status: 'published' as const,
})

async function indexed(code: string): Promise<number> {
  const { hits } = await client.index(`${prefix}procedures`).search('', { filter: `code = "${code}"` })
  return hits.length
}

describe('the durable queue', () => {
  it('queues nothing for a write whose transaction rolls back, and the index never sees it', async () => {
    const req = await createLocalReq({}, t.payload)
    await initTransaction(req)
    const doc = await t.payload.create({ collection: 'procedures', data: procedure('1.200001'), req })
    // Inside the transaction the job is there (same connection)...
    expect(doc.id).toBeTypeOf('number')
    await killTransaction(req)
    // ...and after the rollback, neither the job nor the record is.
    expect(await queueRows('j.key = $1', [`search:procedures:${doc.id}`])).toEqual([])
    const worker = await startWorker(t.payload, { pollIntervalMs: 200 })
    try {
      await queueDrained(180_000)
      await settled(client, [`${prefix}procedures`])
      expect(await indexed('1.200001')).toBe(0)
    } finally {
      await worker.stop()
    }
  })

  it('queues the job with the committed write, and a worker indexes it', async () => {
    const req = await createLocalReq({}, t.payload)
    await initTransaction(req)
    const doc = await t.payload.create({ collection: 'procedures', data: procedure('1.200002'), req })
    await commitTransaction(req)
    expect(await queueRows('j.key = $1', [`search:procedures:${doc.id}`])).toHaveLength(1)
    const worker = await startWorker(t.payload, { pollIntervalMs: 200 })
    try {
      await eventually('indexed', async () => (await indexed('1.200002')) === 2)
    } finally {
      await worker.stop()
    }
  })

  it('never runs one job twice with two workers taking from the queue', async () => {
    const workers: Worker[] = []
    const runs: string[] = []
    const codes = Array.from({ length: 12 }, (_, i) => `1.3${String(i).padStart(5, '0')}`)
    for (const code of codes) await t.payload.create({ collection: 'procedures', data: procedure(code) })
    const events: WorkerEvents = new EventEmitter()
    events.on('job:start', ({ job }) => runs.push(job.id))
    for (let i = 0; i < 2; i++)
      workers.push(await startWorker(t.payload, { concurrency: 3, pollIntervalMs: 100, events }))
    try {
      await queueDrained(240_000)
      expect(runs.length).toBeGreaterThanOrEqual(codes.length)
      expect(new Set(runs).size).toBe(runs.length)
      await eventually('all indexed', async () => (await indexed(codes[11] as string)) === 2)
    } finally {
      for (const worker of workers) await worker.stop()
    }
  }, 300_000)

  it('returns the job of a worker killed mid-job to the queue, and another worker finishes it', async () => {
    // The child worker's Meilisearch accepts connections and never answers: its job is
    // certainly running when the child is killed (SIGKILL: no clean-up of any kind).
    const silent = net.createServer(() => {})
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve))
    const { port } = silent.address() as net.AddressInfo
    const root = path.resolve(import.meta.dirname, '../..')
    const child = spawn('npx', ['tsx', 'scripts/worker.ts', '--concurrency', '1'], {
      cwd: root,
      env: { ...process.env, MEILI_URL: `http://127.0.0.1:${port}` },
      stdio: 'ignore',
      detached: true,
    })
    const key = `search:sectors:${world.sector}`
    try {
      await t.payload.update({
        collection: 'sectors',
        id: world.sector,
        locale: 'vi',
        data: { name: 'Hộ tịch (đổi tên)' },
      })
      await eventually(
        'the child worker runs the job',
        async () => Boolean((await queueRows('j.key = $1', [key]))[0]?.locked_by),
        90_000,
      )
    } finally {
      if (child.pid) process.kill(-child.pid, 'SIGKILL')
      silent.close()
    }
    const [orphan] = await queueRows('j.key = $1', [key])
    expect(orphan?.locked_by).toMatch(/^(pool|worker)-/)
    const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL })
    try {
      await eventually(
        'the dead worker is found',
        async () => (await reapDeadWorkers(pool)).includes(orphan?.locked_by as string),
        60_000,
      )
    } finally {
      await pool.end()
    }
    expect((await queueRows('j.key = $1', [key]))[0]?.locked_by).toBeNull()
    const worker = await startWorker(t.payload, { pollIntervalMs: 200 })
    try {
      await eventually(
        'the returned job done by the live worker',
        async () => {
          const { hits } = await client
            .index(`${prefix}procedures`)
            .search('', { filter: `code = "1.200002" AND locale = "vi"` })
          return hits[0]?.sectorName === 'Hộ tịch (đổi tên)'
        },
        120_000,
      )
      // The index shows the change before the job has marked itself done.
      await eventually('the job done and gone', async () => (await queueRows('j.key = $1', [key])).length === 0, 60_000)
    } finally {
      await worker.stop()
    }
  }, 300_000)
})
