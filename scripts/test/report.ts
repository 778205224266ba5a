/**
 * Runs a test tool and reads its JSON report into a tally. A report can understate
 * failures: when a file's `beforeAll` throws, Vitest marks its tests skipped, and a
 * failing global setup leaves Playwright with no test at all. Both count as failures here.
 */
import { spawn } from 'node:child_process'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { stripVTControlCharacters } from 'node:util'

export type Tally = { passed: number; failed: number; skipped: number }

/**
 * What failed, one line each, printed again after the sum: CI keeps only the tail of a long
 * log, and a count without names sends the next person through 30 minutes of output.
 */
export const failures: string[] = []

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
  if (empty) {
    process.stderr.write(`${name}: ran no test\n`)
    failures.push(`${name}: ran no test`)
  }
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

type VitestTest = { status: string; fullName?: string; failureMessages?: string[] }
type VitestFile = { name: string; status: string; message?: string; assertionResults: VitestTest[] }
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
    for (const test of file.assertionResults.filter((result) => result.status === 'failed')) {
      failures.push(`${relative(file.name)} › ${test.fullName ?? '?'}: ${firstLine(test.failureMessages?.[0])}`)
    }
    if (file.status === 'failed' && failed === 0) {
      // Its setup failed, so the tests it skipped are failures too (at least one: the file).
      tally.failed += Math.max(1, notRun)
      process.stderr.write(`${file.name}: failed outside its tests (${firstLine(file.message)})\n`)
      failures.push(`${relative(file.name)}: failed outside its tests (${firstLine(file.message)})`)
    } else {
      tally.skipped += notRun
    }
  }
  if (exitCode !== 0 && tally.failed === 0) {
    tally.failed += 1
    failures.push(`vitest exited with ${exitCode} and no failed test`)
  }
  return tally
}

export function tallyVitest(reportFile: string, exitCode: number): Tally {
  const report = readJson<VitestReport>(reportFile)
  if (report) return tallyVitestReport(report, exitCode)
  process.stderr.write(`vitest ended (exit ${exitCode}) without a report\n`)
  return { passed: 0, failed: 1, skipped: 0 }
}

type PlaywrightSpec = {
  title: string
  file: string
  line: number
  tests: { status: string; results?: { error?: { message?: string } }[] }[]
}
type PlaywrightSuite = { title: string; specs?: PlaywrightSpec[]; suites?: PlaywrightSuite[] }

export type PlaywrightReport = {
  stats: { expected: number; unexpected: number; flaky: number; skipped: number }
  errors?: { message?: string }[]
  suites?: PlaywrightSuite[]
}

function* playwrightSpecs(
  suites: PlaywrightSuite[] = [],
  titles: string[] = [],
): Generator<[string[], PlaywrightSpec]> {
  for (const suite of suites) {
    const path = suite.title && !suite.title.endsWith('.ts') ? [...titles, suite.title] : titles
    for (const spec of suite.specs ?? []) yield [path, spec]
    yield* playwrightSpecs(suite.suites, path)
  }
}

/** A test that passed only on retry is a failure: flaky tests get fixed, not retried. */
export function tallyPlaywrightReport(report: PlaywrightReport, exitCode: number): Tally {
  const { expected, unexpected, flaky, skipped } = report.stats
  const errors = report.errors ?? []
  for (const error of errors) {
    process.stderr.write(`playwright: ${firstLine(error.message)}\n`)
    failures.push(`playwright: ${firstLine(error.message)}`)
  }
  for (const [titles, spec] of playwrightSpecs(report.suites)) {
    for (const test of spec.tests) {
      if (test.status !== 'unexpected' && test.status !== 'flaky') continue
      const error = test.results?.find((result) => result.error)?.error?.message
      const how = test.status === 'flaky' ? 'passed only on retry' : firstLine(error)
      failures.push(`${spec.file}:${spec.line} › ${[...titles, spec.title].join(' › ')}: ${how}`)
    }
  }
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
  // Reports colour their messages; the summary is read as plain text.
  const plain = stripVTControlCharacters(text)
  return (plain.split('\n').find((line) => line.trim() !== '') ?? 'no message').trim().slice(0, 300)
}

function relative(file: string): string {
  return path.relative(process.cwd(), file)
}
