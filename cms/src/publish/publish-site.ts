/**
 * One publish: render the site aside, put what changed onto the target, tell the CDN.
 * Used by the queue's `publish` task after writes and by `npm start` / `npm run build:site`,
 * so the files a series of publishes leaves are the files one full build leaves.
 */
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { type Applied, applyBuild } from './apply-build.ts'
import { renderSite } from './render-site.ts'
import type { PublishTarget } from './targets/target.ts'

export type PublishOptions = {
  target: PublishTarget
  cmsUrl: string
  /** The CDN's purge hook (PUBLISH_PURGE_URL): receives the changed pages' paths. */
  purgeUrl?: string
  signal?: AbortSignal
  /** More environment for the site build (the site's own variables: SITE_URL, MEILI_URL...). */
  env?: Record<string, string>
}

export type Published = Applied & { ms: number }

/** The page a file is served as: `thu-tuc/1.001193/index.html` -> `/thu-tuc/1.001193/`. */
export const pathOf = (file: string) => `/${file.replace(/(^|\/)index\.html$/, '$1')}`

export async function publishSite(options: PublishOptions): Promise<Published> {
  const started = Date.now()
  const staging = await mkdtemp(path.join(tmpdir(), 'dvc-publish-'))
  try {
    await options.target.sweep?.()
    await renderSite(staging, options.cmsUrl, {
      ...(options.signal ? { signal: options.signal } : {}),
      ...(options.env ? { env: options.env } : {}),
    })
    const applied = await applyBuild(staging, options.target)
    if (options.purgeUrl) await purge(options.purgeUrl, [...applied.written, ...applied.removed].map(pathOf))
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
async function purge(url: string, paths: string[]): Promise<void> {
  if (paths.length === 0) return
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ paths }),
  })
  if (!response.ok) throw new Error(`CDN purge at ${url} answered ${response.status}`)
}
