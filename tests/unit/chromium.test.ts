import { describe, expect, it } from 'vitest'
import { type ChromiumPlan, type ChromiumProbe, planChromium } from '../../scripts/lib/chromium.ts'

/** A machine where exactly `files` are executable. */
function machine(files: string[], options: { root?: boolean; env?: Record<string, string> } = {}): ChromiumProbe {
  return {
    env: { PATH: '/work/node_modules/.bin:/usr/local/bin:/usr/bin', ...options.env },
    isExecutable: (path) => files.includes(path),
    isRoot: options.root ?? false,
  }
}

describe('planChromium', () => {
  it.each<[string, ChromiumProbe, ChromiumPlan]>([
    [
      'CHROMIUM_PATH wins over Debian',
      machine(['/opt/chrome/chrome', '/usr/bin/chromium'], { env: { CHROMIUM_PATH: '/opt/chrome/chrome' } }),
      { action: 'use', path: '/opt/chrome/chrome' },
    ],
    ["Debian's chromium", machine(['/usr/bin/chromium']), { action: 'use', path: '/usr/bin/chromium' }],
    [
      'chromium elsewhere on PATH',
      machine(['/usr/local/bin/chromium']),
      { action: 'use', path: '/usr/local/bin/chromium' },
    ],
    [
      'root with apt installs it',
      machine(['/usr/bin/apt-get'], { root: true }),
      { action: 'install', path: '/usr/bin/chromium' },
    ],
    [
      'root finds it before installing',
      machine(['/usr/bin/apt-get', '/usr/bin/chromium'], { root: true }),
      { action: 'use', path: '/usr/bin/chromium' },
    ],
  ])('%s', (_name, probe, expected) => {
    expect(planChromium(probe)).toEqual(expected)
  })

  it.each<[string, ChromiumProbe, RegExp]>([
    [
      'not root: says what to install',
      machine(['/usr/bin/apt-get']),
      /^no Chromium for the browser tests: install Debian's chromium \(sudo apt-get install chromium\) or set CHROMIUM_PATH/,
    ],
    [
      'root without apt: says to install Chromium',
      machine([], { root: true }),
      /: install Chromium or set CHROMIUM_PATH/,
    ],
    [
      'a CHROMIUM_PATH that is not there is an error, not a fallback',
      machine(['/usr/bin/chromium'], { env: { CHROMIUM_PATH: '/nowhere/chrome' } }),
      /^CHROMIUM_PATH \(\/nowhere\/chrome\) is not an executable file/,
    ],
  ])('%s', (_name, probe, problem) => {
    const plan = planChromium(probe)
    expect(plan.action).toBe('fail')
    expect(plan.action === 'fail' && plan.problem).toMatch(problem)
    expect(plan.action === 'fail' && plan.problem).not.toContain('\n')
  })
})
