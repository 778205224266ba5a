/**
 * The static site at national size (public-site issue): the content read, the Astro build
 * and the Pagefind index, each with pages, seconds, pages per second and peak memory. Run
 * through `npm run bench -- --only site`.
 *
 * Pagefind runs inside `astro build` (site/integrations/pagefind.ts), so the build is one
 * child: Astro's share is its node process, Pagefind's its Rust binary, and Pagefind's time
 * is the one its integration logs ("indexed N pages in X ms"). The content read happens
 * inside the build too and logs nothing, so it is timed again alone with the same module
 * (tests/bench/read-store.ts); the Astro row includes its own read.
 */
import { mkdtemp, readdir, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { type WatchedRun, watchRun } from './process-peak.ts'

export type SiteBuildOptions = {
  root: string
  cmsUrl: string
  siteUrl: string
  env: Record<string, string | undefined>
}

export type SitePhase = { what: string; pages: number; seconds: number; peakMb: number; target?: string }

/** Whole-build targets (public-site issue). */
export const SITE_TARGETS = Object.freeze({ seconds: 90, peakMb: 2048 })

const mb = (kb: number) => kb / 1024
const peakOf = (run: WatchedRun, match: (name: string) => boolean) =>
  mb(Math.max(0, ...run.processes.filter((p) => match(p.name)).map((p) => p.peakKb)))
const isPagefind = (name: string) => name.startsWith('pagefind')

async function countHtml(dir: string): Promise<number> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true })
  return entries.filter((entry) => entry.isFile() && entry.name.endsWith('.html')).length
}

export async function benchSiteBuild(options: SiteBuildOptions): Promise<SitePhase[]> {
  const env = { ...process.env, ...options.env, CMS_URL: options.cmsUrl, SITE_URL: options.siteUrl }
  const tsx = path.join(options.root, 'node_modules', '.bin', 'tsx')
  const read = await watchRun(tsx, ['tests/bench/read-store.ts'], { cwd: options.root, env })
  const readResult = JSON.parse(read.lines.find((line) => line.startsWith('{')) ?? '{}') as {
    ms: number
    records: number
  }

  const outDir = await mkdtemp(path.join(tmpdir(), 'dvc-bench-site-'))
  try {
    const astro = path.join(options.root, 'node_modules', '.bin', 'astro')
    const build = await watchRun(astro, ['build'], {
      cwd: path.join(options.root, 'site'),
      env: { ...env, SITE_OUT_DIR: outDir },
    })
    const indexed = build.lines.map((line) => /indexed (\d+) pages in (\d+) ms/.exec(line)).find(Boolean)
    const pagefindMs = Number(indexed?.[2] ?? Number.NaN)
    const html = await countHtml(outDir)
    const seconds = build.ms / 1000
    return [
      {
        what: 'content read (records; REST, both locales)',
        pages: readResult.records,
        seconds: readResult.ms / 1000,
        peakMb: peakOf(read, () => true),
      },
      {
        what: 'Astro build (with its own read)',
        pages: html,
        seconds: (build.ms - pagefindMs) / 1000,
        peakMb: peakOf(build, (n) => !isPagefind(n)),
      },
      {
        what: 'Pagefind index',
        pages: Number(indexed?.[1] ?? 0),
        seconds: pagefindMs / 1000,
        peakMb: peakOf(build, isPagefind),
      },
      {
        what: 'whole build (astro build)',
        pages: html,
        seconds,
        peakMb: mb(build.treePeakKb),
        target: `< ${SITE_TARGETS.seconds} s, < ${SITE_TARGETS.peakMb / 1024} GB: ${seconds < SITE_TARGETS.seconds && mb(build.treePeakKb) < SITE_TARGETS.peakMb ? 'met' : 'MISSED'}`,
      },
    ]
  } finally {
    await rm(outDir, { recursive: true, force: true })
  }
}
