/**
 * Which files a publish renders: every file of the site for a full build, or, after a write,
 * the pages that show the written records (the page table's `shows`), the pages whose list
 * changed (a record added or removed shifts a list's pages), the sitemap and the captions.
 * What the site no longer has is found by the publisher against its manifest.
 */
import { captionFiles } from '../lib/captions.ts'
import type { Store } from '../lib/cms.ts'
import { type PagePlan, pagePlans, pageShows } from '../lib/pages.ts'
import type { ContentRef } from '../lib/shows.ts'

/** A file of the built site and the path that renders it. */
export type SiteFile = { file: string; path: string }

/** `/thu-tuc/1.001193` -> `thu-tuc/1.001193/index.html`; `/` -> `index.html` (Astro's directory format). */
export const fileOf = (path: string) => `${path.replace(/^\/+|\/+$/g, '')}/index.html`.replace(/^\//, '')

/** Files that are not pages of the table: rendered by their own route files. */
const SITEMAP: SiteFile = { file: 'sitemap.xml', path: '/sitemap.xml' }
const FIXED: SiteFile[] = [
  { file: 'robots.txt', path: '/robots.txt' },
  { file: '404.html', path: '/404' },
  { file: 'en/404.html', path: '/en/404' },
]

const pageFiles = (plan: PagePlan): SiteFile[] =>
  [plan.alternates.vi, plan.alternates.en].map((path) => ({ file: fileOf(path), path }))

const captions = (store: Store): SiteFile[] =>
  captionFiles(store.videos.values()).map(({ path }) => ({ file: path.slice(1), path }))

/** Every file of the site the renderer writes (Astro's client assets and the search fallback apart). */
export function allFiles(store: Store): SiteFile[] {
  return [...pagePlans(store).flatMap(pageFiles), ...captions(store), ...FIXED, SITEMAP]
}

/** The files a write of `refs` may change, pages first and the sitemap last. */
export function touchedFiles(before: Store, after: Store, refs: ContentRef[]): SiteFile[] {
  const previous = new Map(pagePlans(before).map((plan) => [plan.alternates.vi, plan]))
  const touched = pagePlans(after).filter((plan) => {
    const old = previous.get(plan.alternates.vi)
    if (!old || old.kind !== plan.kind || JSON.stringify(old.props) !== JSON.stringify(plan.props)) return true
    return refs.some((ref) => pageShows(before, old, ref) || pageShows(after, plan, ref))
  })
  const videos = refs.some((ref) => ref.collection === 'videos') ? captions(after) : []
  return [...touched.flatMap(pageFiles), ...videos, SITEMAP]
}

/** The pages the static search fallback (Pagefind) indexes: those marked data-pagefind-body. */
export function fallbackFiles(store: Store): SiteFile[] {
  return pagePlans(store)
    .filter((plan) => plan.kind === 'procedure' || plan.kind === 'faq-sector')
    .flatMap(pageFiles)
}
