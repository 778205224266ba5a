/**
 * Who is listening where: ports, HTTP readiness and the processes behind our
 * pid files. Used to start local services idempotently (reuse what is already
 * ours, refuse clearly what is not).
 */
import { readFileSync } from 'node:fs'
import { createConnection, createServer } from 'node:net'
import { setTimeout as sleep } from 'node:timers/promises'
import { PortalScriptError } from './errors.ts'

/** True when nothing listens on `host:port` (we could bind it ourselves). */
export function isPortFree(port: number, host = '127.0.0.1'): Promise<boolean> {
  return new Promise((resolve, reject) => {
    const server = createServer()
    server.once('error', (err: NodeJS.ErrnoException) => {
      if (err.code === 'EADDRINUSE' || err.code === 'EACCES') resolve(false)
      else reject(err)
    })
    server.listen({ port, host, exclusive: true }, () => server.close(() => resolve(true)))
  })
}

/** True when something accepts a TCP connection on `host:port`. */
export function isPortAnswering(port: number, host = '127.0.0.1', timeoutMs = 1000): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = createConnection({ port, host, timeout: timeoutMs })
    const finish = (answered: boolean): void => {
      socket.destroy()
      resolve(answered)
    }
    socket.once('connect', () => finish(true))
    socket.once('timeout', () => finish(false))
    socket.once('error', () => finish(false))
  })
}

/** A port the OS just handed out as free; for tests that must not collide. */
export function getFreePort(host = '127.0.0.1'): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer()
    server.once('error', reject)
    server.listen({ port: 0, host }, () => {
      const address = server.address()
      const port = typeof address === 'object' && address ? address.port : 0
      server.close(() => resolve(port))
    })
  })
}

export type WaitForHttpOptions = {
  headers?: Record<string, string>
  /** Give up early, e.g. when the process we wait for has exited. */
  signal?: AbortSignal
  /** The fix shown when it never answers, e.g. "see .data/meili/meili.log". */
  hint?: string
}

/** Polls `url` until it answers 2xx; throws a one-line error on timeout or abort. */
export async function waitForHttp(url: string, timeoutMs: number, options: WaitForHttpOptions = {}): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline && !options.signal?.aborted) {
    if (await httpOk(url, options.headers)) return
    await sleep(100)
  }
  const problem = options.signal?.aborted
    ? `${url} stopped before it answered`
    : `${url} did not answer within ${Math.round(timeoutMs / 1000)} s`
  throw new PortalScriptError(problem, { hint: options.hint ?? 'check that the server started' })
}

/** One GET; true on 2xx, false on any other status or a network error. */
export async function httpOk(url: string, headers: Record<string, string> = {}, timeoutMs = 2000): Promise<boolean> {
  return (await httpStatus(url, headers, timeoutMs)) === 'ok'
}

/** One GET: 'ok' (2xx), 'refused' (401/403), 'other' status, or 'down' on a network error. */
export async function httpStatus(
  url: string,
  headers: Record<string, string> = {},
  timeoutMs = 2000,
): Promise<'ok' | 'refused' | 'other' | 'down'> {
  try {
    const res = await fetch(url, { headers, signal: AbortSignal.timeout(timeoutMs) })
    await res.body?.cancel()
    if (res.ok) return 'ok'
    return res.status === 401 || res.status === 403 ? 'refused' : 'other'
  } catch {
    return 'down'
  }
}

/** True when `pid` names a running (not zombie) process. */
export function isPidAlive(pid: number): boolean {
  try {
    process.kill(pid, 0)
  } catch (err) {
    // EPERM: it exists but belongs to someone else.
    if ((err as NodeJS.ErrnoException).code !== 'EPERM') return false
  }
  return readProc(pid, 'stat')?.split(') ')[1]?.startsWith('Z') !== true
}

/**
 * True when `pid` is alive and its command line mentions `name`. A pid file
 * can outlive its process and the pid be reused by another program; on
 * systems without /proc we can only trust that the pid is alive.
 */
export function isPidRunning(pid: number, name: string): boolean {
  if (!isPidAlive(pid)) return false
  const cmdline = readProc(pid, 'cmdline')
  return cmdline === undefined || cmdline.includes(name)
}

/** Waits until `pid` is gone; true if it went within `timeoutMs`. */
export async function waitForPidExit(pid: number, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs
  while (isPidAlive(pid)) {
    if (Date.now() >= deadline) return false
    await sleep(50)
  }
  return true
}

function readProc(pid: number, file: 'cmdline' | 'stat'): string | undefined {
  if (process.platform !== 'linux') return undefined
  try {
    return readFileSync(`/proc/${pid}/${file}`, 'utf8')
  } catch {
    return undefined
  }
}
