/**
 * Runs a test tool and reads its JSON report into a tally. A report can understate
 * failures: when a file's `beforeAll` throws, Vitest marks its tests skipped, and a
 * failing global setup leaves Playwright with no test at all. Both count as failures here.
 */
import { spawn } from 'node:child_process'
import { readFileSync } from 'node:fs'

export type Tally = { passed: number; failed: number; skipped: number }

export function exec(
  cwd: string,
  command: string,
  args: string[],
  env: Record<string, string | undefined> = {},
): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd, stdio: 'inherit', env: { ...process.env, ...env } })
    child.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)))
    child.on('error', () => resolve(127))
  })
}

/** Adds a stage's tally to the total; a stage that ran nothing proves nothing, so it fails. */
export function addStage(total: Tally, name: string, tally: Tally): void {
  const empty = tally.passed + tally.failed === 0
  if (empty) process.stderr.write(`${name}: ran no test\n`)
  total.passed += tally.passed
  total.failed += tally.failed + (empty ? 1 : 0)
  total.skipped += tally.skipped
}

function readJson<T>(file: string): T | undefined {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as T
  } catch {
    return undefined
  }
}

type VitestFile = { name: string; status: string; message?: string; assertionResults: { status: string }[] }
export type VitestReport = { testResults: VitestFile[] }

/** Tally of a Vitest JSON report; the tests of a file whose setup failed count as failed. */
export function tallyVitestReport(report: VitestReport, exitCode: number): Tally {
  const tally: Tally = { passed: 0, failed: 0, skipped: 0 }
  for (const file of report.testResults) {
    const statuses = file.assertionResults.map((test) => test.status)
    const passed = statuses.filter((status) => status === 'passed').length
    const failed = statuses.filter((status) => status === 'failed').length
    const notRun = statuses.length - passed - failed
    tally.passed += passed
    tally.failed += failed
    if (file.status === 'failed' && failed === 0) {
      // Its setup failed, so the tests it skipped are failures too (at least one: the file).
      tally.failed += Math.max(1, notRun)
      process.stderr.write(`${file.name}: failed outside its tests (${firstLine(file.message)})\n`)
    } else {
      tally.skipped += notRun
    }
  }
  if (exitCode !== 0 && tally.failed === 0) tally.failed += 1
  return tally
}

export function tallyVitest(reportFile: string, exitCode: number): Tally {
  const report = readJson<VitestReport>(reportFile)
  if (report) return tallyVitestReport(report, exitCode)
  process.stderr.write(`vitest ended (exit ${exitCode}) without a report\n`)
  return { passed: 0, failed: 1, skipped: 0 }
}

export type PlaywrightReport = {
  stats: { expected: number; unexpected: number; flaky: number; skipped: number }
  errors?: { message?: string }[]
}

/** A test that passed only on retry is a failure: flaky tests get fixed, not retried. */
export function tallyPlaywrightReport(report: PlaywrightReport, exitCode: number): Tally {
  const { expected, unexpected, flaky, skipped } = report.stats
  const errors = report.errors ?? []
  for (const error of errors) process.stderr.write(`playwright: ${firstLine(error.message)}\n`)
  const failed = unexpected + flaky + errors.length
  return { passed: expected, failed: failed + (exitCode !== 0 && failed === 0 ? 1 : 0), skipped }
}

export function tallyPlaywright(reportFile: string, exitCode: number): Tally {
  const report = readJson<PlaywrightReport>(reportFile)
  if (report) return tallyPlaywrightReport(report, exitCode)
  process.stderr.write(`playwright ended (exit ${exitCode}) without a report\n`)
  return { passed: 0, failed: 1, skipped: 0 }
}

function firstLine(text = ''): string {
  return text.split('\n').find((line) => line.trim() !== '') ?? 'no message'
}
