/**
 * Run a command and watch its process tree: wall time, each process's peak resident memory
 * (VmHWM in /proc/<pid>/status, the kernel's own high-water mark, so a sample missed between
 * polls loses nothing but the last moments) and the tree's largest summed RSS at any poll.
 * Linux only, as the bench machine is; `/usr/bin/time -v` would give one number for the
 * whole tree, and the site build must tell Astro (node) from Pagefind (its Rust binary).
 */
import { spawn } from 'node:child_process'
import { readdirSync, readFileSync } from 'node:fs'
import { createInterface } from 'node:readline'

export type ProcessPeak = { pid: number; name: string; peakKb: number }
export type WatchedRun = { ms: number; lines: string[]; processes: ProcessPeak[]; treePeakKb: number }

const POLL_MS = 100

function parentsByPid(): Map<number, number> {
  const parents = new Map<number, number>()
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8')
      // Fields after the command name, which may itself hold spaces and ")".
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
      parents.set(Number(entry), Number(fields[1]))
    } catch {
      // Exited between the listing and the read.
    }
  }
  return parents
}

function memoryOf(pid: number): { name: string; hwmKb: number; rssKb: number } | undefined {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8')
    const field = (key: string) => Number(new RegExp(`^${key}:\\s+(\\d+)`, 'm').exec(status)?.[1] ?? 0)
    return { name: /^Name:\s+(.*)$/m.exec(status)?.[1] ?? '?', hwmKb: field('VmHWM'), rssKb: field('VmRSS') }
  } catch {
    return undefined
  }
}

/** Run to completion; rejects with the output's tail when the command fails. */
export function watchRun(
  command: string,
  args: string[],
  options: {
    cwd: string
    env: NodeJS.ProcessEnv
    signal?: AbortSignal
    /** Each line of output, with the tree's largest summed RSS so far (kB, polled every POLL_MS). */
    onLine?: (line: string, treePeakKb: number) => void
  },
): Promise<WatchedRun> {
  const started = performance.now()
  const child = spawn(command, args, { cwd: options.cwd, env: options.env, stdio: ['ignore', 'pipe', 'pipe'] })
  // A long-running process (the queue's worker) is watched until the caller ends it: then its
  // way of ending (a signal, a non-zero code) is no failure, and its figures still count.
  let ended = false
  options.signal?.addEventListener(
    'abort',
    () => {
      ended = true
      child.kill('SIGTERM')
    },
    { once: true },
  )
  const peaks = new Map<number, ProcessPeak>()
  let treePeakKb = 0
  const poll = () => {
    if (child.pid === undefined) return
    const parents = parentsByPid()
    const tree = new Set([child.pid])
    // Parents have lower pids except after wrap-around; a few passes settle either way.
    for (let grew = true; grew; ) {
      grew = false
      for (const [pid, parent] of parents) {
        if (!tree.has(pid) && tree.has(parent)) {
          tree.add(pid)
          grew = true
        }
      }
    }
    let sum = 0
    for (const pid of tree) {
      const memory = memoryOf(pid)
      if (!memory) continue
      sum += memory.rssKb
      const known = peaks.get(pid)
      if (!known || memory.hwmKb > known.peakKb) peaks.set(pid, { pid, name: memory.name, peakKb: memory.hwmKb })
    }
    treePeakKb = Math.max(treePeakKb, sum)
  }
  const lines: string[] = []
  for (const stream of [child.stdout, child.stderr]) {
    createInterface({ input: stream }).on('line', (line) => {
      lines.push(line)
      options.onLine?.(line, treePeakKb)
    })
  }
  const timer = setInterval(poll, POLL_MS)
  return new Promise((resolve, reject) => {
    child.on('error', reject)
    child.on('exit', (code, signal) => {
      clearInterval(timer)
      const ms = performance.now() - started
      if (code !== 0 && !ended) {
        reject(
          new Error(
            `\`${command} ${args.join(' ')}\` failed (${signal ?? `exit ${code}`})\n${lines.slice(-40).join('\n')}`,
          ),
        )
        return
      }
      resolve({ ms, lines, processes: [...peaks.values()], treePeakKb })
    })
  })
}
