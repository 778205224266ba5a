/**
 * Issue 9: a checkout in a folder only its owner may enter (root's 0700 home)
 * starts its services. As root, PostgreSQL runs as the `postgres` user, who
 * cannot enter it: the binaries and the cluster go to SYSTEM_DIR, linked from
 * `.data/pg`. The checkout is a real copy (node_modules hard-linked) and
 * `services up` runs as a user would run it.
 */
import { type ChildProcess, execFileSync, spawn } from 'node:child_process'
import { cpSync, lstatSync, mkdirSync, mkdtempSync, readFileSync, readlinkSync, rmSync, statSync } from 'node:fs'
import { dirname, join } from 'node:path'
import pg from 'pg'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { loadConfig } from '../../scripts/lib/config.ts'
import { getFreePort, waitForPidExit } from '../../scripts/lib/ports.ts'
import { SYSTEM_DIR } from '../../scripts/services/postgres-place.ts'

const REPO = join(import.meta.dirname, '..', '..')
const asRoot = process.getuid?.() === 0

describe.skipIf(!asRoot)('services from a checkout in a 0700 folder, as root', () => {
  let folder: string
  let checkout: string
  let env: NodeJS.ProcessEnv
  let running: ChildProcess | undefined

  beforeAll(async () => {
    // Inside the repository's own data folder: same file system, so node_modules can be hard-linked.
    mkdirSync(join(REPO, '.data', 'test'), { recursive: true })
    folder = mkdtempSync(join(REPO, '.data', 'test', 'private-'))
    expect(statSync(folder).mode & 0o777).toBe(0o700)
    checkout = join(folder, 'portal')
    mkdirSync(checkout)
    for (const part of ['package.json', 'tsconfig.json', 'scripts']) {
      cpSync(join(REPO, part), join(checkout, part), { recursive: true })
    }
    execFileSync('cp', ['-al', join(REPO, 'node_modules'), join(checkout, 'node_modules')])
    env = { ...process.env, PG_PORT: String(await getFreePort()), MEILI_PORT: String(await getFreePort()) }
    for (const name of ['DATABASE_URL', 'MEILI_URL', 'MEILI_MASTER_KEY', 'PAYLOAD_SECRET']) delete env[name]
  }, 120_000)

  afterAll(async () => {
    if (running) await stop(running)
    if (!folder) return
    // The cluster's folder outside the checkout; the binaries' copy is a cache shared by every checkout.
    const link = join(checkout, '.data', 'pg')
    if (lstatSync(link, { throwIfNoEntry: false })?.isSymbolicLink()) {
      const home = dirname(readlinkSync(link))
      if (home.startsWith(`${SYSTEM_DIR}/`)) rmSync(home, { recursive: true, force: true })
    }
    rmSync(folder, { recursive: true, force: true })
  }, 60_000)

  /** `services up` in the checkout; resolves with its output once it says the services are up. */
  function up(): Promise<string> {
    const child = spawn(
      process.execPath,
      [join(checkout, 'node_modules', 'tsx', 'dist', 'cli.mjs'), 'scripts/services.ts', 'up'],
      {
        cwd: checkout,
        env,
      },
    )
    running = child
    let output = ''
    return new Promise((resolve, reject) => {
      const read = (chunk: Buffer): void => {
        output += chunk.toString()
        if (output.includes('Press Ctrl-C to stop.')) resolve(output)
      }
      child.stdout.on('data', read)
      child.stderr.on('data', read)
      child.once('exit', (code) => reject(new Error(`services up exited (${code}) before it was up:\n${output}`)))
    })
  }

  async function stop(child: ChildProcess): Promise<number | null> {
    running = undefined
    if (child.exitCode !== null) return child.exitCode
    const exited = new Promise<number | null>((resolve) => child.once('exit', resolve))
    child.kill('SIGTERM')
    return exited
  }

  async function query(sql: string): Promise<unknown[]> {
    const { url } = loadConfig('dev', { rootDir: checkout, env }).postgres
    const client = new pg.Client({ connectionString: url })
    await client.connect()
    try {
      return (await client.query(sql)).rows
    } finally {
      await client.end()
    }
  }

  it('starts PostgreSQL with its cluster outside the checkout, named in the output and linked from .data/pg', async () => {
    const output = await up()
    const link = join(checkout, '.data', 'pg')
    expect(lstatSync(link).isSymbolicLink()).toBe(true)
    const cluster = readlinkSync(link)
    expect(cluster.startsWith(`${SYSTEM_DIR}/`)).toBe(true)
    expect(output).toContain(`PostgreSQL data in ${cluster}`)
    const home = statSync(dirname(cluster))
    expect(home.mode & 0o777).toBe(0o700)
    expect(home.uid).toBe(Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' })))

    expect(await query('select current_database() as db')).toEqual([{ db: 'dichvucong' }])
    await query(`create table kept (note text); insert into kept values ('across starts')`)
  }, 180_000)

  it('stops cleanly on SIGTERM, leaving no server behind', async () => {
    const pid = Number(readFileSync(join(checkout, '.data', 'pg', 'postmaster.pid'), 'utf8').split('\n')[0])
    expect(await stop(running as ChildProcess)).toBe(0)
    expect(await waitForPidExit(pid, 30_000)).toBe(true)
  }, 60_000)

  it('finds the same cluster on the next start', async () => {
    await up()
    expect(await query('select note from kept')).toEqual([{ note: 'across starts' }])
    expect(await stop(running as ChildProcess)).toBe(0)
  }, 180_000)
})
