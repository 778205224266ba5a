import { spawnSync } from 'node:child_process'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { addStage, failures, tallyPlaywrightReport, tallyVitestReport } from '../../scripts/test/report.ts'

const root = path.resolve(import.meta.dirname, '..', '..')
const file = (status: string, tests: string[], message?: string) => ({
  name: 'tests/x.test.ts',
  status,
  ...(message ? { message } : {}),
  assertionResults: tests.map((test) => ({ status: test })),
})

describe('npm test: reading Vitest reports', () => {
  it.each([
    ['all passed', [file('passed', ['passed', 'passed'])], 0, { passed: 2, failed: 0, skipped: 0 }],
    ['one failed', [file('failed', ['passed', 'failed'])], 1, { passed: 1, failed: 1, skipped: 0 }],
    ['a skip in a passing file', [file('passed', ['passed', 'skipped'])], 0, { passed: 1, failed: 0, skipped: 1 }],
    [
      'beforeAll threw',
      [file('failed', ['skipped', 'skipped'], 'setup broke')],
      1,
      { passed: 0, failed: 2, skipped: 0 },
    ],
    ['a file that failed to import', [file('failed', [], 'SyntaxError')], 1, { passed: 0, failed: 1, skipped: 0 }],
    ['non-zero exit, nothing failed', [file('passed', ['passed'])], 1, { passed: 1, failed: 1, skipped: 0 }],
  ])('%s', (_, testResults, exitCode, tally) => {
    expect(tallyVitestReport({ testResults }, exitCode)).toEqual(tally)
  })
})

describe('npm test: reading Playwright reports', () => {
  const stats = { expected: 3, unexpected: 0, flaky: 0, skipped: 0 }
  it.each([
    ['all passed', { stats }, 0, { passed: 3, failed: 0, skipped: 0 }],
    ['flaky counts as failed', { stats: { ...stats, flaky: 1 } }, 0, { passed: 3, failed: 1, skipped: 0 }],
    [
      'global setup failed',
      { stats: { ...stats, expected: 0 }, errors: [{ message: 'boom' }] },
      1,
      { passed: 0, failed: 1, skipped: 0 },
    ],
    ['non-zero exit, nothing failed', { stats }, 1, { passed: 3, failed: 1, skipped: 0 }],
  ])('%s', (_, report, exitCode, tally) => {
    expect(tallyPlaywrightReport(report, exitCode)).toEqual(tally)
  })
})

describe('npm test: the list of what failed, printed after the sum', () => {
  it('names each failed test with the first line of its message, and flaky browser tests', () => {
    failures.length = 0
    tallyVitestReport(
      {
        testResults: [
          {
            name: path.join(process.cwd(), 'tests/int/a.int.test.ts'),
            status: 'failed',
            assertionResults: [
              { status: 'passed', fullName: 'ok' },
              {
                status: 'failed',
                fullName: 'login › is slow',
                failureMessages: ['\u001b[31mAssertionError: late\u001b[39m\n  at x'],
              },
            ],
          },
        ],
      },
      1,
    )
    const spec = (status: string) => ({
      title: `shows ${status}`,
      file: 'b.e2e.ts',
      line: 7,
      tests: [{ status, results: [{ error: { message: 'Timeout 5000ms\nmore' } }] }],
    })
    tallyPlaywrightReport(
      {
        stats: { expected: 1, unexpected: 1, flaky: 1, skipped: 0 },
        suites: [
          {
            title: 'b.e2e.ts',
            suites: [{ title: 'page', specs: [spec('expected'), spec('unexpected'), spec('flaky')] }],
          },
        ],
      },
      1,
    )
    expect(failures).toEqual([
      'tests/int/a.int.test.ts › login › is slow: AssertionError: late',
      'b.e2e.ts:7 › page › shows unexpected: Timeout 5000ms',
      'b.e2e.ts:7 › page › shows flaky: passed only on retry',
    ])
    failures.length = 0
  })
})

describe('npm test: stages', () => {
  it('fails a stage that ran no test, even when nothing failed', () => {
    const total = { passed: 5, failed: 0, skipped: 0 }
    addStage(total, 'unit tests', { passed: 0, failed: 0, skipped: 3 })
    expect(total).toEqual({ passed: 5, failed: 1, skipped: 3 })
  })

  it('refuses a stage name it does not know, naming the known ones', () => {
    const run = spawnSync('npx', ['tsx', 'scripts/test.ts', 'nosuchstage'], { cwd: root, encoding: 'utf8' })
    expect(run.status).toBe(2)
    expect(run.stderr).toContain(
      'no stage named nosuchstage: choose from lint, types, deps, site-types, unit, int, e2e, vitest',
    )
  })
})
