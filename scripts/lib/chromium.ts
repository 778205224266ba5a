/**
 * The browser for the Playwright tests. Playwright's own browser download
 * cannot work here, so the tests drive a system Chromium: CHROMIUM_PATH if
 * set, else Debian's `chromium`; as root with apt, `npm test` installs it
 * when missing (saying so in one line); otherwise one line says what to install.
 */
import { spawn } from 'node:child_process'
import { accessSync, constants, statSync } from 'node:fs'
import { delimiter, join } from 'node:path'

/** Debian's package puts its launcher here. */
export const DEBIAN_CHROMIUM = '/usr/bin/chromium'

export type ChromiumProbe = {
  env: Record<string, string | undefined>
  isExecutable(path: string): boolean
  isRoot: boolean
}

export type ChromiumPlan =
  | { action: 'use'; path: string }
  | { action: 'install'; path: string }
  | { action: 'fail'; problem: string }

/** The decision alone, from facts a caller gathers: no file system or process here. */
export function planChromium(probe: ChromiumProbe): ChromiumPlan {
  const chosen = probe.env.CHROMIUM_PATH
  if (chosen) {
    return probe.isExecutable(chosen)
      ? { action: 'use', path: chosen }
      : { action: 'fail', problem: `CHROMIUM_PATH (${chosen}) is not an executable file: fix it or unset it` }
  }
  const found = candidates(probe.env).find((path) => probe.isExecutable(path))
  if (found) return { action: 'use', path: found }
  const apt = probe.isExecutable('/usr/bin/apt-get')
  if (probe.isRoot && apt) return { action: 'install', path: DEBIAN_CHROMIUM }
  const install = apt ? "install Debian's chromium (sudo apt-get install chromium)" : 'install Chromium'
  return { action: 'fail', problem: `no Chromium for the browser tests: ${install} or set CHROMIUM_PATH to its binary` }
}

/** Debian's path first, then `chromium` anywhere on PATH. */
function candidates(env: Record<string, string | undefined>): string[] {
  const onPath = (env.PATH ?? '').split(delimiter).filter(Boolean)
  return [...new Set([DEBIAN_CHROMIUM, ...onPath.map((dir) => join(dir, 'chromium'))])]
}

export const systemProbe = (): ChromiumProbe => ({
  env: process.env,
  isExecutable,
  isRoot: process.getuid?.() === 0,
})

/** Without installing anything: for playwright.config.ts when Playwright is run directly. */
export function locateChromium(probe: ChromiumProbe = systemProbe()): string | undefined {
  const plan = planChromium(probe)
  return plan.action === 'use' ? plan.path : undefined
}

/**
 * For `npm test`: the Chromium to use, installed with apt first if need be; undefined after
 * one line saying why there is none.
 */
export async function findChromium(
  say: (line: string) => void,
  probe: ChromiumProbe = systemProbe(),
): Promise<string | undefined> {
  const plan = planChromium(probe)
  if (plan.action === 'use') return plan.path
  if (plan.action === 'fail') {
    say(plan.problem)
    return undefined
  }
  say(`no Chromium for the browser tests: installing Debian's chromium (apt-get install chromium, as root)`)
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' }
  const failed =
    (await run('apt-get', ['update', '-qq'], env)) ?? (await run('apt-get', ['install', '-y', '-qq', 'chromium'], env))
  if (failed || !probe.isExecutable(plan.path)) {
    say(
      `installing chromium with apt-get failed (${failed ?? `no ${plan.path} after it`}): install it or set CHROMIUM_PATH`,
    )
    return undefined
  }
  return plan.path
}

/** Runs a command quietly; undefined on success, else its last line of output. */
function run(command: string, args: string[], env: NodeJS.ProcessEnv): Promise<string | undefined> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { env, stdio: ['ignore', 'pipe', 'pipe'] })
    let tail = ''
    const keep = (chunk: Buffer): void => {
      tail = (tail + chunk.toString()).slice(-2000)
    }
    child.stdout.on('data', keep)
    child.stderr.on('data', keep)
    child.once('error', (err) => resolve(err.message))
    child.once('exit', (code) => {
      const last = tail.trim().split('\n').at(-1) || `exit ${code}`
      resolve(code === 0 ? undefined : `${command} ${args[0]}: ${last}`)
    })
  })
}

function isExecutable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK)
    return statSync(path).isFile()
  } catch {
    return false
  }
}
