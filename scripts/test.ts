/**
 * `npm test`: lint and format, type-check, unit and integration tests (real PostgreSQL
 * and Meilisearch), then browser tests (Playwright + Chromium). Every stage runs even
 * when an earlier one failed; the last line sums them up as `N passed, N failed`.
 */
import { spawn } from 'node:child_process'
import { mkdirSync, readFileSync, rmSync } from 'node:fs'
import path from 'node:path'

const root = path.resolve(import.meta.dirname, '..')
const reports = path.join(root, '.data', 'test', 'reports')
rmSync(reports, { recursive: true, force: true })
mkdirSync(reports, { recursive: true })

type Tally = { passed: number; failed: number; skipped: number }
const total: Tally = { passed: 0, failed: 0, skipped: 0 }
const only = process.argv.slice(2)

function exec(command: string, args: string[], env: Record<string, string | undefined> = {}): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } })
    child.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)))
    child.on('error', () => resolve(127))
  })
}

function readJson<T>(file: string): T | undefined {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as T
  } catch {
    return undefined
  }
}

/** A check with no test count of its own (lint, type-check) counts as one test. */
async function check(name: string, command: string, args: string[]) {
  process.stderr.write(`\n── ${name} ──\n`)
  const ok = (await exec(command, args)) === 0
  if (ok) total.passed += 1
  else total.failed += 1
  process.stderr.write(`${name}: ${ok ? 'passed' : 'FAILED'}\n`)
}

async function vitest() {
  process.stderr.write('\n── unit and integration tests (vitest) ──\n')
  const out = path.join(reports, 'vitest.json')
  const code = await exec('vitest', ['run', '--reporter=default', '--reporter=json', `--outputFile.json=${out}`])
  const report = readJson<{
    numPassedTests: number
    numFailedTests: number
    numPendingTests: number
    numTodoTests: number
  }>(out)
  if (!report) {
    total.failed += 1
    process.stderr.write(`vitest ended (exit ${code}) without a report\n`)
    return
  }
  total.passed += report.numPassedTests
  total.failed += report.numFailedTests + (code !== 0 && report.numFailedTests === 0 ? 1 : 0)
  total.skipped += report.numPendingTests + report.numTodoTests
}

async function playwright() {
  process.stderr.write('\n── browser tests (playwright) ──\n')
  const out = path.join(reports, 'playwright.json')
  const code = await exec('playwright', ['test'], { PLAYWRIGHT_JSON_OUTPUT_NAME: out })
  const report = readJson<{ stats: { expected: number; unexpected: number; flaky: number; skipped: number } }>(out)
  if (!report) {
    total.failed += 1
    process.stderr.write(`playwright ended (exit ${code}) without a report\n`)
    return
  }
  total.passed += report.stats.expected
  // A test that passed only on retry is a failure here: flaky tests get fixed, not retried.
  total.failed += report.stats.unexpected + report.stats.flaky + (code !== 0 && report.stats.unexpected === 0 ? 1 : 0)
  total.skipped += report.stats.skipped
}

const stages: Record<string, () => Promise<void>> = {
  lint: () => check('lint and format (biome)', 'biome', ['check', '.']),
  types: () => check('type-check (tsc)', 'tsc', ['--noEmit', '-p', 'tsconfig.json']),
  'site-types': () => check('type-check site (astro check)', 'astro', ['check', '--root', 'site']),
  vitest,
  e2e: playwright,
}

for (const [name, stage] of Object.entries(stages)) {
  if (only.length > 0 && !only.includes(name)) continue
  await stage()
}

const skipped = total.skipped > 0 ? `, ${total.skipped} skipped` : ''
process.stdout.write(`\n${total.passed} passed, ${total.failed} failed${skipped}\n`)
process.exit(total.failed > 0 ? 1 : 0)
