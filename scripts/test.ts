/**
 * `npm test`: lint and format, type-check, unit tests, integration tests (real PostgreSQL
 * and Meilisearch), then browser tests (Playwright + Chromium). Every stage runs even
 * when an earlier one failed; the last line sums them up as `N passed, N failed`.
 *
 * `npm test -- unit int` picks stages. A name that is not a stage is an error, and so is
 * a stage that ran no test: a glob that stops matching must not pass in silence.
 */
import { mkdirSync, rmSync } from 'node:fs'
import path from 'node:path'
import { findChromium } from './lib/chromium.ts'
import { addStage, exec, failures, type Tally, tallyPlaywright, tallyVitest } from './test/report.ts'

const root = path.resolve(import.meta.dirname, '..')
const reports = path.join(root, '.data', 'test', 'reports')

/** Every folder with code: .dependency-cruiser.cjs says what may import what. */
const BOUNDARIES = ['--config', '.dependency-cruiser.cjs', 'cms', 'site/src', 'search', 'scripts', 'tests', 'content']

const total: Tally = { passed: 0, failed: 0, skipped: 0 }

const add = (name: string, tally: Tally): void => addStage(total, name, tally)

/** A check with no test count of its own (lint, type-check) counts as one test. */
async function check(name: string, command: string, args: string[]): Promise<void> {
  process.stderr.write(`\n── ${name} ──\n`)
  const ok = (await exec(root, command, args)) === 0
  process.stderr.write(`${name}: ${ok ? 'passed' : 'FAILED'}\n`)
  if (!ok) failures.push(`${name}: failed (its output is above)`)
  add(name, { passed: ok ? 1 : 0, failed: ok ? 0 : 1, skipped: 0 })
}

async function vitest(project: 'unit' | 'int', title: string): Promise<void> {
  process.stderr.write(`\n── ${title} (vitest) ──\n`)
  const out = path.join(reports, `vitest-${project}.json`)
  const code = await exec(root, 'vitest', [
    'run',
    '--project',
    project,
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${out}`,
  ])
  add(title, tallyVitest(out, code))
}

async function playwright(): Promise<void> {
  process.stderr.write('\n── browser tests (playwright) ──\n')
  const out = path.join(reports, 'playwright.json')
  const chromium = await findChromium((line) => process.stderr.write(`${line}\n`))
  if (!chromium) {
    add('browser tests', { passed: 0, failed: 1, skipped: 0 })
    return
  }
  const code = await exec(root, 'playwright', ['test'], { PLAYWRIGHT_JSON_OUTPUT_NAME: out, CHROMIUM_PATH: chromium })
  add('browser tests', tallyPlaywright(out, code))
}

const stages: Record<string, () => Promise<void>> = {
  lint: () => check('lint and format (biome)', 'biome', ['check', '.']),
  types: () => check('type-check (tsc)', 'tsc', ['--noEmit', '-p', 'tsconfig.json']),
  deps: () => check('package boundaries and cycles (dependency-cruiser)', 'depcruise', BOUNDARIES),
  'site-types': () => check('type-check site (astro check)', 'astro', ['check', '--root', 'site']),
  unit: () => vitest('unit', 'unit tests'),
  int: () => vitest('int', 'integration tests'),
  e2e: playwright,
}
/** Older names that still work: `vitest` is both of its projects. */
const aliases: Record<string, string[]> = { vitest: ['unit', 'int'] }

const asked = process.argv.slice(2).flatMap((name) => aliases[name] ?? [name])
const unknown = asked.filter((name) => !(name in stages))
if (unknown.length > 0) {
  const known = [...Object.keys(stages), ...Object.keys(aliases)].join(', ')
  process.stderr.write(`npm test: no stage named ${unknown.join(', ')}: choose from ${known}\n`)
  process.exit(2)
}

rmSync(reports, { recursive: true, force: true })
mkdirSync(reports, { recursive: true })
for (const [name, stage] of Object.entries(stages)) {
  if (asked.length > 0 && !asked.includes(name)) continue
  await stage()
}

if (failures.length > 0) process.stdout.write(`\nWhat failed:\n${failures.map((line) => `  - ${line}`).join('\n')}\n`)
const skipped = total.skipped > 0 ? `, ${total.skipped} skipped` : ''
process.stdout.write(`\n${total.passed} passed, ${total.failed} failed${skipped}\n`)
process.exit(total.failed > 0 ? 1 : 0)
