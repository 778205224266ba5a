/**
 * The static site at national size (public-site issue): the content read, the Astro build
 * and the Pagefind index, each with pages, seconds, pages per second and peak memory. Run
 * through `npm run bench -- --only site`.
 *
 * `astro build`, then Pagefind as a step of its own (site/scripts/pagefind-index.ts), as
 * `npm start` runs them; the whole build's peak is the larger of the two. The content read
 * happens inside the Astro build and logs nothing, so it is timed again alone with the
 * same module (tests/bench/read-store.ts); the Astro row includes its own read.
 */
import { mkdtemp, readdir, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { watchRun } from './process-peak.ts'

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
    const node = path.join(options.root, 'node_modules', '.bin', 'node')
    const index = await watchRun(node, ['scripts/pagefind-index.ts', outDir], {
      cwd: path.join(options.root, 'site'),
      env,
    })
    const indexed = index.lines.map((line) => /indexed (\d+) pages in (\d+) ms/.exec(line)).find(Boolean)
    const html = await countHtml(outDir)
    const seconds = (build.ms + index.ms) / 1000
    const peakMb = Math.max(mb(build.treePeakKb), mb(index.treePeakKb))
    return [
      {
        what: 'content read (records; REST, both locales)',
        pages: readResult.records,
        seconds: readResult.ms / 1000,
        peakMb: mb(read.treePeakKb),
      },
      {
        what: 'Astro build (with its own read)',
        pages: html,
        seconds: build.ms / 1000,
        peakMb: mb(build.treePeakKb),
      },
      {
        what: 'Pagefind index',
        pages: Number(indexed?.[1] ?? 0),
        seconds: index.ms / 1000,
        peakMb: mb(index.treePeakKb),
      },
      {
        what: 'whole build (astro build, then Pagefind)',
        pages: html,
        seconds,
        peakMb,
        target: `< ${SITE_TARGETS.seconds} s, < ${SITE_TARGETS.peakMb / 1024} GB: ${seconds < SITE_TARGETS.seconds && peakMb < SITE_TARGETS.peakMb ? 'met' : 'MISSED'}`,
      },
    ]
  } finally {
    await rm(outDir, { recursive: true, force: true })
  }
}
