import { type ChildProcess, spawn } from 'node:child_process'
import { createInterface } from 'node:readline'

export type ChildOptions = {
  cwd: string
  env?: Record<string, string | undefined>
  /** Prefix for each output line; output is dropped when `quiet` and shown on failure. */
  label: string
  quiet?: boolean
  /**
   * A line that means the child waits for an answer it will never get (its stdin is closed):
   * the child is stopped and the run fails with `message`.
   */
  stuckWhen?: { line: RegExp; message: string }
  /** Each output line as it comes (a child saying it reached a stage others wait for). */
  onLine?: (line: string) => void
}

/** Long-running children (portal server, static site) that must die with us. */
const running = new Set<ChildProcess>()

function pipeLines(child: ChildProcess, label: string, sink: (line: string) => void) {
  for (const stream of [child.stdout, child.stderr]) {
    if (!stream) continue
    createInterface({ input: stream }).on('line', (line) => sink(`[${label}] ${line}`))
  }
}

/** Run a command to completion; rejects with its captured output when it fails. */
export function run(command: string, args: string[], options: ChildOptions): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd: options.cwd,
      env: { ...process.env, ...options.env },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    const captured: string[] = []
    let stuck = false
    pipeLines(child, options.label, (line) => {
      captured.push(line)
      options.onLine?.(line)
      if (!options.quiet) process.stderr.write(`${line}\n`)
      if (options.stuckWhen?.line.test(line) && !stuck) {
        stuck = true
        child.kill('SIGTERM')
      }
    })
    child.on('error', reject)
    child.on('exit', (code, signal) => {
      if (stuck && options.stuckWhen) return reject(new Error(options.stuckWhen.message))
      if (code === 0) return resolve()
      const tail = options.quiet ? `\n${captured.slice(-40).join('\n')}` : ''
      reject(
        new Error(`${options.label}: \`${command} ${args.join(' ')}\` failed (${signal ?? `exit ${code}`})${tail}`),
      )
    })
  })
}

/** Start a long-running child in its own process group so a stop takes its children too. */
export function spawnService(command: string, args: string[], options: ChildOptions): ChildProcess {
  const child = spawn(command, args, {
    cwd: options.cwd,
    env: { ...process.env, ...options.env },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  })
  running.add(child)
  child.on('exit', () => running.delete(child))
  pipeLines(child, options.label, (line) => process.stderr.write(`${line}\n`))
  return child
}

/** SIGTERM every child's process group, then SIGKILL what is left after `graceMs`. */
export async function stopChildren(graceMs = 5000): Promise<void> {
  const children = [...running]
  const exits = children.map(
    (child) =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve()
        child.once('exit', () => resolve())
      }),
  )
  for (const child of children) signalGroup(child, 'SIGTERM')
  const timer = setTimeout(() => {
    for (const child of children) signalGroup(child, 'SIGKILL')
  }, graceMs)
  await Promise.all(exits)
  clearTimeout(timer)
}

function signalGroup(child: ChildProcess, signal: NodeJS.Signals) {
  if (child.pid === undefined) return
  try {
    process.kill(-child.pid, signal)
  } catch {
    // Already gone.
  }
}
