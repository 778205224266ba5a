/**
 * A full publish: every file of the site rendered aside by the site's renderer, the search
 * fallback indexed, and only what changed put onto the target. Used by `npm start` and
 * `npm run build:site`, and by the worker when the site's code changed or it has no content
 * yet; after writes, publish-pages.ts renders only the pages they touch, with the same
 * renderer, so the files a series of publishes leaves are the files one full build leaves.
 */
import { cp, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { type Applied, applyBuild } from './apply-build.ts'
import { type Renderer, siteRenderer } from './renderer.ts'
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
  /**
   * The CMS's content stamp when the caller has it already (`npm start` asks the database while
   * the portal server starts), and the portal server's start, awaited only if the site must be
   * rendered: an unchanged later start then needs neither.
   */
  contentStamp?: string
  cmsReady?: Promise<unknown>
}

export type Published = Applied & { ms: number; skipped?: boolean }

/** The page a file is served as: `thu-tuc/1.001193/index.html` -> `/thu-tuc/1.001193/`. */
export const pathOf = (file: string) => `/${file.replace(/(^|\/)index\.html$/, '$1')}`

/** What a target's files were built from: the renderer's code and the content's stamp. */
export const fingerprintOf = (renderer: Renderer) => `${renderer.code} ${renderer.site.stamp()}`

export async function publishSite(options: PublishOptions): Promise<Published> {
  const started = Date.now()
  await options.target.sweep?.()
  const renderer = await siteRenderer({ ...options.env, CMS_URL: options.cmsUrl })
  const manifest = await options.target.readManifest()
  // A later start with the site and content of the last publish asks the CMS one record per
  // collection instead of reading the whole catalogue (most of a later start's time).
  let stamp = options.contentStamp
  if (stamp === undefined) {
    await options.cmsReady
    stamp = await renderer.site.cmsStamp(options.cmsUrl)
  }
  if (!options.force && manifest?.[FINGERPRINT] === `${renderer.code} ${stamp}`) {
    return {
      written: [],
      removed: [],
      unchanged: Object.keys(manifest).length - 1,
      ms: Date.now() - started,
      skipped: true,
    }
  }
  await options.cmsReady
  await renderer.site.load(options.cmsUrl)
  const fingerprint = fingerprintOf(renderer)
  const staging = await mkdtemp(path.join(tmpdir(), 'dvc-publish-'))
  try {
    await cp(renderer.clientDir, staging, { recursive: true })
    for (const file of renderer.site.files()) {
      options.signal?.throwIfAborted()
      const body = await renderer.site.render(file)
      await mkdir(path.dirname(path.join(staging, file.file)), { recursive: true })
      await writeFile(path.join(staging, file.file), body)
    }
    const fallback = await buildSearchFallback(renderer, options.signal, staging)
    try {
      await cp(path.join(fallback, 'pagefind'), path.join(staging, 'pagefind'), { recursive: true })
    } finally {
      await rm(fallback, { recursive: true, force: true })
    }
    const applied = await applyBuild(staging, options.target, () => true, fingerprint)
    await purge(options.purgeUrl, [...applied.written, ...applied.removed])
    return { ...applied, ms: Date.now() - started }
  } finally {
    await rm(staging, { recursive: true, force: true })
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
