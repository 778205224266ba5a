/**
 * The site as an on-demand renderer for the publisher (cms/src/publish/renderer.ts): built
 * once per change of the site's code (astro.renderer.config.mjs), imported by the worker,
 * asked for the files a write touches. The same components, page table and route files as
 * the static build; pages are rendered to strings, never served.
 */
import { createApp } from 'astro/app/entrypoint'

import { type Collections, dropStore, setStore, withStore } from '../lib/cms.ts'
import { recordPage } from '../lib/pages.ts'
import type { ContentRef } from '../lib/shows.ts'
import { Content } from './content.ts'
import { allFiles, fallbackFiles, gonePages, type SiteFile, touchedFiles } from './plan.ts'

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
  setStore(content.store)
}

/** The loaded content as plain data, for a rendering thread's `loadCollections`. */
export const collections = (): Collections => loaded().collections

/** Content read by another renderer (handed over by the publisher's rendering threads). */
export function loadCollections(read: Collections): void {
  content = Content.of(read)
  setStore(content.store)
}

export const isLoaded = () => content !== undefined

/** Drop the content: a full build's process once its pages are live, before the search fallback is indexed. */
export function unload(): void {
  content = undefined
  lastGone = {}
  dropStore()
}

/** The loaded content's fingerprint (count and latest update per collection). */
export const stamp = () => loaded().stamp()

/** The same fingerprint asked of the CMS, before (or without) loading anything. */
export const cmsStamp = (cmsUrl: string): Promise<string> => Content.cmsStamp(cmsUrl)

export const files = (): SiteFile[] => allFiles(loaded().store)

export const fallback = (): SiteFile[] => fallbackFiles(loaded().store)

/** The record pages the last update took away, with the page each now points to. */
let lastGone: Record<string, string> = {}

/** Read the written records again (and any other the CMS changed meanwhile); the files they may change. */
export async function update(cmsUrl: string, refs: ContentRef[]): Promise<SiteFile[]> {
  const { before, after, refs: changed } = await loaded().update(cmsUrl, refs)
  setStore(after)
  lastGone = gonePages(before, after)
  return touchedFiles(before, after, changed)
}

/** Pages of records the last update unpublished or deleted: path -> the page to go to instead. */
export const gone = (): Record<string, string> => lastGone

/** One file's bytes; a page that does not exist (anymore) is an error, the 404 pages excepted. */
export async function render(file: SiteFile): Promise<Uint8Array> {
  const response = await renderPath(file.path)
  const expected = Number(/(?:^|\/)(404|410)\.html$/.exec(file.file)?.[1] ?? 200)
  if (response.status !== expected) throw new Error(`${file.path} rendered with status ${response.status}`)
  return new Uint8Array(await response.arrayBuffer())
}

const renderPath = (path: string) => app.render(new Request(new URL(path, 'http://renderer.invalid')))

/** The content previews read: apart from the publisher's, so a preview never moves what it compares. */
let previewContent: Promise<Content> | undefined

/**
 * The portal server holds the preview content only while staff preview (at national size it is
 * hundreds of megabytes): dropped after this long without a preview, read again on the next.
 */
const PREVIEW_KEPT_MS = 10 * 60_000
let previewTimer: ReturnType<typeof setTimeout> | undefined

/**
 * A record as staff read it (a draft: every locale, relationships as ids, as the CMS's REST
 * answers) rendered as its own public page in `locale`, with everything else as the CMS
 * publishes it now; null when the record has no page of its own (e.g. no sector yet).
 */
export async function preview(
  cmsUrl: string,
  ref: ContentRef,
  record: { id: number; updatedAt: string },
  locale: 'vi' | 'en',
): Promise<{ path: string; html: string } | null> {
  const previous = previewContent
  // Kept content catches up with the CMS by the records changed since (Content.update).
  const catchUp = async (kept: Content) => {
    await kept.update(cmsUrl, [])
    return kept
  }
  previewContent = (previous ? previous.then(catchUp) : Content.read(cmsUrl)).catch((error: unknown) => {
    previewContent = undefined
    throw error
  })
  clearTimeout(previewTimer)
  previewTimer = setTimeout(() => {
    previewContent = undefined
  }, PREVIEW_KEPT_MS)
  previewTimer.unref?.()
  const store = (await previewContent).storeWith(ref.collection, record)
  const path = recordPage(store, ref)?.[locale]
  if (!path) return null
  const response = await withStore(store, () => renderPath(path))
  if (response.status !== 200) throw new Error(`the preview of ${path} rendered with status ${response.status}`)
  return { path, html: await response.text() }
}

/** The Vietnamese public page of a record, or null when it has none or is not public: the admin links it. */
export const publicPath = (ref: ContentRef): string | null => recordPage(loaded().store, ref)?.vi ?? null
