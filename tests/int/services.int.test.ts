import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { createServer, type Server } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import pg from 'pg'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type Config, loadConfig } from '../../scripts/lib/config.ts'
import { ServiceError } from '../../scripts/lib/errors.ts'
import { silentLog } from '../../scripts/lib/log.ts'
import { getFreePort, isPidAlive, waitForPidExit } from '../../scripts/lib/ports.ts'
import { type Services, startServices } from '../../scripts/services/index.ts'
import { startMeilisearch } from '../../scripts/services/meilisearch.ts'
import { startPostgres } from '../../scripts/services/postgres.ts'

const dirs: string[] = []

/** The test profile on a private data folder and free ports: never the shared test services. */
async function isolatedConfig(ports: { postgres?: number; meili?: number } = {}): Promise<Config> {
  const dataDir = mkdtempSync(join(tmpdir(), 'dvc-services-'))
  dirs.push(dataDir)
  return loadConfig('test', {
    // Not the developer's shell: DATABASE_URL_TEST would skip the embedded server.
    env: { MEILI_BIN: process.env.MEILI_BIN },
    dataDir,
    ports: { postgres: ports.postgres ?? (await getFreePort()), meili: ports.meili ?? (await getFreePort()) },
  })
}

const postgresPid = (config: Config) =>
  Number(readFileSync(join(config.dataDir, 'pg', 'postmaster.pid'), 'utf8').split('\n')[0])
const meiliPid = (config: Config) =>
  Number(readFileSync(join(config.dataDir, 'meili', 'meili.pid'), 'utf8').split('\n')[0])

afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true })
})

describe('embedded services', () => {
  let config: Config
  let services: Services

  beforeAll(async () => {
    config = await isolatedConfig()
    services = await startServices(config, silentLog)
  }, 120_000)

  afterAll(async () => {
    await services?.stop()
  })

  it('start both, ready to use', async () => {
    expect(services.postgres.reused).toBe(false)
    expect(services.meili.reused).toBe(false)

    const client = new pg.Client({ connectionString: services.postgres.url })
    await client.connect()
    const { rows } = await client.query('select 1 as one, current_database() as db')
    await client.end()
    expect(rows).toEqual([{ one: 1, db: 'dichvucong' }])

    const health = await fetch(`${services.meili.url}/health`)
    expect(health.status).toBe(200)
    expect(await health.json()).toEqual({ status: 'available' })
    const keys = await fetch(`${services.meili.url}/keys`)
    expect(keys.status).toBe(401)
  })

  it('reuse what is already running, and leave it running on stop', async () => {
    const again = await startServices(config, silentLog)
    expect(again.postgres).toMatchObject({ reused: true, url: services.postgres.url })
    expect(again.meili).toMatchObject({ reused: true, url: services.meili.url })
    await again.stop()
    expect(isPidAlive(postgresPid(config))).toBe(true)
    expect(isPidAlive(meiliPid(config))).toBe(true)
  })

  it('stop cleanly, leaving no process behind', async () => {
    const pids = [postgresPid(config), meiliPid(config)]
    await services.stop()
    for (const pid of pids) expect(await waitForPidExit(pid, 1000)).toBe(true)
  })
})

describe('a port taken by another program', () => {
  let taken: Server
  let port: number

  beforeAll(async () => {
    port = await getFreePort()
    // Accepts and hangs up: like a program that speaks neither PostgreSQL nor HTTP.
    taken = createServer((socket) => socket.destroy())
    await new Promise<void>((resolve) => taken.listen(port, '127.0.0.1', resolve))
  })

  afterAll(async () => {
    await new Promise((resolve) => taken.close(resolve))
  })

  it.each([
    ['PostgreSQL', async () => startPostgres(await isolatedConfig({ postgres: port }), silentLog)],
    ['Meilisearch', async () => startMeilisearch(await isolatedConfig({ meili: port }), silentLog)],
  ])('%s says so in one line, with a fix', async (_name, start) => {
    const error = await start().then(
      () => undefined,
      (err: unknown) => err,
    )
    expect(error).toBeInstanceOf(ServiceError)
    const { message, hint } = error as ServiceError
    expect(message).toMatch(new RegExp(`^Port ${port} is in use by another program: stop it`))
    expect(message).not.toContain('\n')
    expect(hint).toMatch(/^stop it/)
  })
})
