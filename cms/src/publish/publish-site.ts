/**
 * A full publish: every file of the site rendered by the site's renderer (in this process and
 * rendering threads, render-pool.ts), put onto the target only where its bytes changed, then
 * the search fallback indexed from the pages as published. Used by `npm start` and
 * `npm run build:site`, and by the worker when the site's code changed or it has no content
 * yet; after writes, publish-pages.ts renders only the pages they touch, with the same
 * renderer, so the files a series of publishes leaves are the files one full build leaves.
 */
import { readFile, rm } from 'node:fs/promises'
import path from 'node:path'

import { type Applied, applyBuild, changesOnto, filesOf } from './apply-build.ts'
import { renderAll } from './render-pool.ts'
import { type Renderer, type SiteFile, siteRenderer } from './renderer.ts'
import { buildSearchFallback } from './search-fallback.ts'
import { FINGERPRINT, type PublishTarget } from './targets/target.ts'

export type PublishOptions = {
  target: PublishTarget
  cmsUrl: string
  /** The CDN's purge hook (PUBLISH_PURGE_URL): receives the changed pages' paths. */
  purgeUrl?: string
  signal?: AbortSignal
  /** More environment for the site's renderer (the site's own variables: SITE_URL, MEILI_URL...). */
  env?: Record<string, string>
  /** Render even when the target already holds this code's rendering of this content. */
  force?: boolean
  /** Keep the content in memory even when nothing needs rendering (the worker's warm-up). */
  keepLoaded?: boolean
  /** Told when a full publish's pages are live, before its search fallback is indexed. */
  onPagesLive?: (pages: Published) => void
  /**
   * Drop the content once the pages are live (npm start's process, which publishes nothing
   * after): the search fallback's indexer then has the memory.
   */
  unloadAfterPages?: boolean
  /**
   * Stop once the pages are live, the search fallback left to the caller (`indexFallback` over
   * the returned `fallback` files): `npm run build:site` renders in a process of its own, whose
   * memory goes back to the system before Pagefind takes its own.
   */
  skipFallback?: boolean
  /**
   * The CMS's content stamp when the caller has it already (`npm start` asks the database while
   * the portal server starts), and the portal server's start, awaited only if the site must be
   * rendered: an unchanged later start then needs neither.
   */
  contentStamp?: string
  cmsReady?: Promise<unknown>
}

export type Published = Applied & {
  ms: number
  skipped?: boolean
  /** With `skipFallback`: the pages the search fallback indexes. */
  fallback?: SiteFile[]
  /** Where the time went, for the log: milliseconds per phase (and what the phases handled). */
  phases?: Record<string, unknown>
}

/** The page a file is served as: `thu-tuc/1.001193/index.html` -> `/thu-tuc/1.001193/`. */
export const pathOf = (file: string) => `/${file.replace(/(^|\/)index\.html$/, '$1')}`

/** What a target's files were built from: the renderer's code and the content's stamp. */
export const fingerprintOf = (renderer: Renderer) => `${renderer.code} ${renderer.site.stamp()}`

const swept = new Set<string>()

/**
 * Temporary files a killed publisher left are swept by the next process to publish there, once
 * (a sweep reads every folder of the site: 105,000 entries and seconds at national size, far
 * too much for each publish).
 */
export async function sweepOnce(target: PublishTarget): Promise<void> {
  if (swept.has(target.name)) return
  await target.sweep?.()
  swept.add(target.name)
}

const skipped = (manifest: Record<string, string> | null, started: number): Published => ({
  written: [],
  removed: [],
  unchanged: Object.keys(manifest ?? {}).length - 1,
  ms: Date.now() - started,
  skipped: true,
})

export async function publishSite(options: PublishOptions): Promise<Published> {
  const started = Date.now()
  await sweepOnce(options.target)
  const renderer = await siteRenderer({ ...options.env, CMS_URL: options.cmsUrl })
  const manifest = await options.target.readManifest()
  // A later start with the site and content of the last publish asks the CMS one record per
  // collection instead of reading the whole catalogue (most of a later start's time). The
  // worker reads it anyway (`keepLoaded`): its first publish after a write compares with it.
  let stamp = options.contentStamp
  if (stamp === undefined) {
    await options.cmsReady
    stamp = await renderer.site.cmsStamp(options.cmsUrl)
  }
  const current = `${renderer.code} ${stamp}`
  const upToDate = !options.force && manifest?.[FINGERPRINT] === current
  if (upToDate && !options.keepLoaded) return skipped(manifest, started)
  await options.cmsReady
  await renderer.site.load(options.cmsUrl)
  if (upToDate && fingerprintOf(renderer) === current) return skipped(manifest, started)
  // The pages first, then the search fallback from them (minutes at national size): the
  // fallback index of the last publish stays until its successor is put.
  const changes = changesOnto(options.target, manifest ?? {}, (file) => !isFallbackIndex(file))
  // Assets before pages, pages before the sitemap: a reader following a new link finds its target.
  for (const file of await filesOf(renderer.clientDir)) {
    await changes.put(file, await readFile(path.join(renderer.clientDir, file)))
  }
  const files = renderer.site.files()
  const last = (file: SiteFile) => file.file.startsWith('sitemap')
  await renderAll(
    renderer,
    files.filter((file) => !last(file)),
    changes.put,
    options.signal,
  )
  for (const file of files.filter(last)) await changes.put(file.file, await renderer.site.render(file))
  const pages = await changes.finish(fingerprintOf(renderer))
  await purge(options.purgeUrl, [...pages.written, ...pages.removed])
  options.onPagesLive?.({ ...pages, ms: Date.now() - started })
  const fallbackFiles = renderer.site.fallback()
  if (options.skipFallback) return { ...pages, ms: Date.now() - started, fallback: fallbackFiles }
  if (options.unloadAfterPages) renderer.site.unload()
  const fallback = await indexFallback(fallbackFiles, options)
  return {
    written: [...pages.written, ...fallback.written],
    removed: [...pages.removed, ...fallback.removed],
    unchanged: pages.unchanged + fallback.unchanged,
    ms: Date.now() - started,
  }
}

/** The search fallback's own files (Pagefind's index), put by its own step. */
export const isFallbackIndex = (file: string) => file.startsWith('pagefind/')

/**
 * Index the site's fallback pages (`files`: the renderer's `fallback()`) as they are on the
 * target and put the index's changed files there. `lock` guards only the putting (the index
 * takes minutes at national size).
 */
export async function indexFallback(
  files: SiteFile[],
  options: PublishOptions,
  lock: <T>(work: () => Promise<T>) => Promise<T> = (work) => work(),
): Promise<Applied & { phases: Record<string, number> }> {
  const { dir, ms } = await buildSearchFallback(files, options.target, options.signal)
  try {
    return await lock(async () => {
      const putting = Date.now()
      const applied = await applyBuild(dir, options.target, isFallbackIndex)
      await purge(options.purgeUrl, [...applied.written, ...applied.removed])
      // Where the fallback's time goes (logged by its callers): its pages gathered, Pagefind, putting.
      return { ...applied, phases: { ...ms, put: Date.now() - putting } }
    })
  } finally {
    await rm(dir, { recursive: true, force: true })
  }
}

/**
 * CDN cache purge, as a documented hook rather than one vendor's API: a POST of
 * `{ "paths": ["/thu-tuc/1.001193/", ...] }`; an adapter in front of the CDN translates it.
 * A failed purge fails the job (retried), since the CDN would keep serving the old page.
 */
export async function purge(url: string | undefined, files: string[]): Promise<void> {
  if (!url || files.length === 0) return
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ paths: files.map(pathOf) }),
  })
  if (!response.ok) throw new Error(`CDN purge at ${url} answered ${response.status}`)
}
