/**
 * The site as an on-demand renderer for the publisher (cms/src/publish/renderer.ts): built
 * once per change of the site's code (astro.renderer.config.mjs), imported by the worker,
 * asked for the files a write touches. The same components, page table and route files as
 * the static build; pages are rendered to strings, never served.
 */
import { createApp } from 'astro/app/entrypoint'

import { recordPage } from '../lib/pages.ts'
import type { ContentRef } from '../lib/shows.ts'
import { Content } from './content.ts'
import { allFiles, fallbackFiles, type SiteFile, touchedFiles } from './plan.ts'

const app = createApp({ streaming: false })
// On-demand pages get their Content-Security-Policy as a header; a file on a CDN needs it in
// a <meta>, where the static build puts it.
if (app.manifest.csp) app.manifest.csp.cspDestination = 'meta'

let content: Content | undefined

const loaded = (): Content => {
  if (!content) throw new Error('the renderer has no content yet: call load() first')
  return content
}

/** Read the whole content from the CMS (REST at `cmsUrl`). */
export async function load(cmsUrl: string): Promise<void> {
  content = await Content.read(cmsUrl)
}

export const isLoaded = () => content !== undefined

/** The loaded content's fingerprint (count and latest update per collection). */
export const stamp = () => loaded().stamp()

export const files = (): SiteFile[] => allFiles(loaded().store)

export const fallback = (): SiteFile[] => fallbackFiles(loaded().store)

/** Read the written records again; the files they may change. */
export async function update(cmsUrl: string, refs: ContentRef[]): Promise<SiteFile[]> {
  const { before, after } = await loaded().update(cmsUrl, refs)
  return touchedFiles(before, after, refs)
}

/** One file's bytes; a page that does not exist (anymore) is an error, the 404 pages excepted. */
export async function render(file: SiteFile): Promise<Uint8Array> {
  const response = await app.render(new Request(new URL(file.path, 'http://renderer.invalid')))
  const expected = file.file.endsWith('404.html') ? 404 : 200
  if (response.status !== expected) throw new Error(`${file.path} rendered with status ${response.status}`)
  return new Uint8Array(await response.arrayBuffer())
}

/** The Vietnamese public page of a record, or null when it has none or is not public: the admin links it. */
export const publicPath = (ref: ContentRef): string | null => recordPage(loaded().store, ref)?.vi ?? null
