/**
 * A publish after writes: the renderer reads the written records again and renders only the
 * files they touch (the site's page table says which pages show a record); files whose bytes
 * changed are put (each atomically, pages before the sitemap), files the site no longer has
 * (an unpublished record's pages) are removed, and the manifest is written last. The first
 * publish of a process, or one after the site's code changed, is a full one (publish-site.ts).
 */
import { readdir } from 'node:fs/promises'
import path from 'node:path'

import { changesOnto } from './apply-build.ts'
import { recordGone } from './gone-pages.ts'
import {
  fingerprintOf,
  indexFallback,
  type Published,
  type PublishOptions,
  publishSite,
  purge,
  sweepOnce,
} from './publish-site.ts'
import { type ContentRef, type Renderer, type SiteFile, siteRenderer } from './renderer.ts'
import { FINGERPRINT, MANIFEST } from './targets/target.ts'

/** Files a full publish writes that are not rendered pages: Astro's client assets, the fallback. */
const isAsset = (file: string, assets: Set<string>) => assets.has(file) || file.startsWith('pagefind/')

export async function publishPages(
  options: PublishOptions & { refs: ContentRef[] },
): Promise<Published & { renderer: Renderer }> {
  const started = Date.now()
  const renderer = await siteRenderer({ ...options.env, CMS_URL: options.cmsUrl })
  const manifest = await options.target.readManifest()
  const code = manifest?.[FINGERPRINT]?.split(' ')[0]
  if (!renderer.site.isLoaded() || !manifest || code !== renderer.code) {
    return { ...(await publishSite({ ...options, force: true })), renderer }
  }
  await sweepOnce(options.target)
  const files = await renderer.site.update(options.cmsUrl, options.refs)
  const updated = Date.now()
  // Only the files named here change: the rest of the manifest stays as it is.
  const changes = changesOnto(options.target, manifest, () => false)
  const site = new Set(renderer.site.files().map((file) => file.file))
  const assets = await clientAssets(renderer, manifest)
  const removed = Object.keys(manifest).filter(
    (file) => file !== FINGERPRINT && file !== MANIFEST && !site.has(file) && !isAsset(file, assets),
  )
  // An unpublished record's pages go first: the lists that showed it follow, and at national
  // size they are thousands of pages (a removal moves every later entry of each list a place
  // up). Recorded before the files go, so a removed page never answers a plain 404 in between;
  // a list still linking to it meanwhile leads to its 410, which links its sector.
  await recordGone(options.target, renderer.site.gone(), [])
  for (const file of removed) await changes.remove(file)
  await purge(options.purgeUrl, removed)
  for (const file of files) {
    options.signal?.throwIfAborted()
    await changes.put(file.file, await renderer.site.render(file))
  }
  const rendered = Date.now()
  // A page published again leaves the record of removed pages.
  await recordGone(options.target, {}, changes.written)
  const { written, unchanged } = await changes.finish(fingerprintOf(renderer))
  await purge(options.purgeUrl, written)
  const ms = Date.now() - started
  // Where a publish's time goes (the worker logs it): reading and planning, removing and
  // rendering, the rest.
  const phases = {
    update: updated - started,
    render: rendered - updated,
    apply: Date.now() - rendered,
    files: files.length,
    // Which sections of the site they were (`thu-tuc`, `en/procedures`...): a publish that
    // rendered thousands says where they came from.
    sections: sectionsOf(files),
  }
  return { written, removed, unchanged, ms, renderer, phases }
}

/** Files per section of the site: the path's first segment (two for English pages), most first. */
function sectionsOf(files: SiteFile[]): Record<string, number> {
  const counts = new Map<string, number>()
  for (const { file } of files) {
    const parts = file.split('/')
    const section = parts.slice(0, parts[0] === 'en' ? 2 : 1).join('/')
    counts.set(section, (counts.get(section) ?? 0) + 1)
  }
  return Object.fromEntries([...counts].sort((a, b) => b[1] - a[1]).slice(0, 6))
}

/** The client assets of this renderer's build, as the manifest names them. */
async function clientAssets(renderer: Renderer, manifest: Record<string, string>): Promise<Set<string>> {
  const entries = await readdir(renderer.clientDir, { recursive: true, withFileTypes: true })
  const files = entries
    .filter((entry) => entry.isFile())
    .map((entry) =>
      path.relative(renderer.clientDir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'),
    )
  return new Set(files.filter((file) => file in manifest))
}

/**
 * Index the site's fallback pages again, as they are on the target, and put the index's
 * changed files there. The index is built outside `lock` (minutes at national size) and apart
 * from the publisher's content (which only publishes move on: see Content.update); only
 * putting it is inside.
 */
export async function publishSearchFallback(
  options: PublishOptions,
  lock: <T>(work: () => Promise<T>) => Promise<T> = (work) => work(),
): Promise<Published> {
  const started = Date.now()
  const renderer = await siteRenderer({ ...options.env, CMS_URL: options.cmsUrl })
  if (!renderer.site.isLoaded()) await renderer.site.load(options.cmsUrl)
  const manifest = await options.target.readManifest()
  if (manifest?.[FINGERPRINT]?.split(' ')[0] !== renderer.code) {
    // Pages of another code on the target: the full publish they need indexes the fallback too.
    return lock(() => publishSite({ ...options, force: true }))
  }
  const applied = await indexFallback(renderer.site.fallback(), options, lock)
  return { ...applied, ms: Date.now() - started }
}
