/**
 * `npm run build [admin] [site]` (both by default), in production mode.
 * - admin: `next build` of the portal server's admin. No database is reached and no
 *   secret is needed or generated: the runtime checks them at `npm run serve`.
 * - site (`npm run build:site`): the static site, read from the running portal at CMS_URL
 *   (site/src/lib/env.ts), then its Pagefind index, published into SITE_OUT_DIR (default
 *   site/dist) as the worker publishes: only changed files are rewritten, each atomically.
 *   The pages are rendered by a child process of this script, the index built after it ended.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { indexFallback, localFolderTarget, publishSite, type SiteFile } from '@dvc/cms/publish'
import { run } from './lib/children.ts'
import { describeError, PortalScriptError } from './lib/errors.ts'
import { createLog } from './lib/log.ts'
import { waitForHttp } from './lib/ports.ts'

const TARGETS = ['admin', 'site'] as const
type Target = (typeof TARGETS)[number]

const root = path.resolve(import.meta.dirname, '..')
const log = createLog('build')
const asked = process.argv.slice(2)
const unknown = asked.filter((name) => !(TARGETS as readonly string[]).includes(name))
if (unknown.length > 0) {
  log.error(`unknown build target ${unknown.join(', ')}: use ${TARGETS.join(' and/or ')}`)
  process.exit(1)
}
const targets = (asked.length > 0 ? asked : TARGETS) as readonly Target[]
const env = { NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1' }

/**
 * Set for the child that renders the pages (the file it leaves the fallback's page list in):
 * the content and the renders' memory go back to the system with that process, before
 * Pagefind takes its own (together 2.9 GB at 10,000 procedures and 11,000 FAQs).
 */
const PAGES_ONLY = 'DVC_BUILD_PAGES_ONLY'

async function buildSite() {
  const { cmsUrl, siteEnv } = await import('../site/src/lib/env.ts')
  const cms = cmsUrl()
  const siteDir = path.join(root, 'site')
  const outDir = path.resolve(siteDir, siteEnv().SITE_OUT_DIR)
  const target = localFolderTarget(outDir)
  const pagesOnly = process.env[PAGES_ONLY]
  if (pagesOnly) {
    // The worker's publisher (cms/src/publish/): a full build and the sum of publishes agree.
    const published = await publishSite({
      target,
      cmsUrl: cms,
      env,
      skipFallback: true,
      onPagesLive: (pages) => log.info(`pages live in ${pages.ms} ms`),
    })
    await writeFile(pagesOnly, JSON.stringify(published.fallback ?? null))
    log.info(
      `${published.written.length} files written, ${published.removed.length} removed, ${published.unchanged} unchanged`,
    )
    return outDir
  }
  await waitForHttp(`${cms}/api/procedures?limit=1`, 10_000).catch((cause) => {
    throw new PortalScriptError(`CMS_URL ${cms} does not answer`, {
      hint: 'start the portal first (npm run serve)',
      cause,
    })
  })
  const scratch = await mkdtemp(path.join(tmpdir(), 'dvc-build-'))
  try {
    const list = path.join(scratch, 'fallback.json')
    await run(process.execPath, [...process.execArgv, fileURLToPath(import.meta.url), 'site'], {
      cwd: root,
      env: { [PAGES_ONLY]: list },
      label: 'pages',
    })
    const fallback = JSON.parse(await readFile(list, 'utf8')) as SiteFile[] | null
    // An unchanged site (its code and content those of the last build) keeps its fallback too.
    if (fallback) {
      const indexed = await indexFallback(fallback, { target, cmsUrl: cms })
      const phases = Object.entries(indexed.phases).map(([phase, ms]) => `${phase} ${ms} ms`)
      log.info(
        `search fallback: ${indexed.written.length} files written, ${indexed.removed.length} removed (${phases.join(', ')})`,
      )
    }
  } finally {
    await rm(scratch, { recursive: true, force: true })
  }
  return outDir
}

try {
  for (const target of targets) {
    const started = Date.now()
    log.step(`${target} build (production)`)
    if (target === 'admin') {
      await run('next', ['build'], { cwd: path.join(root, 'cms'), env, label: 'admin build', quiet: true })
      log.done('admin built into cms/.next', Date.now() - started)
    } else {
      log.done(`site built into ${await buildSite()}`, Date.now() - started)
    }
  }
} catch (error) {
  // The site's configuration errors are one line naming the variable, like ours.
  log.error(error instanceof Error && error.name === 'SiteConfigError' ? error.message : describeError(error))
  process.exit(1)
}
