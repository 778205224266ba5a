/**
 * Which files a publish renders: every file of the site for a full build, or, after a write,
 * the pages that show the written records (the page table's `shows`), the pages whose list
 * changed (a record added or removed shifts a list's pages), the sitemap and the captions.
 * What the site no longer has is found by the publisher against its manifest.
 */
import { locales } from '../i18n/index.ts'
import { captionFiles } from '../lib/captions.ts'
import type { Store } from '../lib/cms.ts'
import { type PagePlan, pagePlans, pageShows, recordPage } from '../lib/pages.ts'
import { routes, path as sectionPath } from '../lib/routes.ts'
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
  // The page of a removed record (410 Gone), served by scripts/static-server.ts with its own link.
  { file: '410.html', path: '/410' },
  { file: 'en/410.html', path: '/en/410' },
]

const pageFiles = (plan: PagePlan): SiteFile[] =>
  [plan.alternates.vi, plan.alternates.en].map((path) => ({ file: fileOf(path), path }))

const captions = (store: Store): SiteFile[] =>
  captionFiles(store.videos.values()).map(({ path }) => ({ file: path.slice(1), path }))

/** Every file of the site the renderer writes (Astro's client assets and the search fallback apart). */
export function allFiles(store: Store): SiteFile[] {
  return [...pagePlans(store).flatMap(pageFiles), ...captions(store), ...FIXED, SITEMAP]
}

/**
 * The files a write of `refs` may change: the written records' own pages first (what an editor
 * waits for; the lists showing them may be thousands of pages at national size), then the other
 * pages, the sitemap last.
 */
export function touchedFiles(before: Store, after: Store, refs: ContentRef[]): SiteFile[] {
  const previous = new Map(pagePlans(before).map((plan) => [plan.alternates.vi, plan]))
  const touched = pagePlans(after).filter((plan) => {
    const old = previous.get(plan.alternates.vi)
    if (!old || old.kind !== plan.kind || JSON.stringify(old.props) !== JSON.stringify(plan.props)) return true
    return refs.some((ref) => pageShows(before, old, ref) || pageShows(after, plan, ref))
  })
  const videos = refs.some((ref) => ref.collection === 'videos') ? captions(after) : []
  const own = new Set(refs.map((ref) => recordPage(after, ref)?.vi))
  const first = touched.filter((plan) => own.has(plan.alternates.vi))
  const rest = touched.filter((plan) => !own.has(plan.alternates.vi))
  return [...first.flatMap(pageFiles), ...rest.flatMap(pageFiles), ...videos, SITEMAP]
}

/** The pages the static search fallback (Pagefind) indexes: those marked data-pagefind-body. */
export function fallbackFiles(store: Store): SiteFile[] {
  return pagePlans(store)
    .filter((plan) => plan.kind === 'procedure' || plan.kind === 'faq-sector')
    .flatMap(pageFiles)
}

/** Pages of a record of their own: when one goes, its URL answers 410 Gone, not 404. */
const RECORD_KINDS: ReadonlySet<string> = new Set(['procedure', 'faq', 'life-event'])

/**
 * Record pages `before` had and `after` has not (unpublished or deleted), each with the page
 * to go to instead: the list of its sector, or the list of sectors when it had none (or that
 * list went too). Keys and links are site paths (`/thu-tuc/1.001193`, `/en/sectors/ho-tich`).
 */
export function gonePages(before: Store, after: Store): Record<string, string> {
  const plans = pagePlans(after)
  const live = new Set(plans.flatMap((plan) => [plan.alternates.vi, plan.alternates.en]))
  const gone: Record<string, string> = {}
  for (const plan of pagePlans(before)) {
    if (!RECORD_KINDS.has(plan.kind) || live.has(plan.alternates.vi)) continue
    const id = (plan.props as { id?: number }).id ?? 0
    const sectorId =
      plan.kind === 'procedure'
        ? before.procedures.get(id)?.sector
        : plan.kind === 'faq'
          ? before.faqs.get(id)?.sector
          : undefined
    const slug = sectorId ? after.sectors.get(sectorId)?.slug : undefined
    for (const locale of locales) {
      const up = slug ? routes.sector(slug, locale) : undefined
      gone[plan.alternates[locale]] = up && live.has(up) ? up : sectionPath(locale, 'sector')
    }
  }
  return gone
}
