/**
 * Every page of the site, one definition per page type: which records it has, its props
 * and its URL in both languages (routes.ts). The one route file (pages/[...path].astro)
 * and the sitemap both read this table, so a page type is added here once, for vi and en.
 * Props carry ids and page numbers only; pages read records from the store.
 */
import type { Locale } from '../i18n/index.ts'
import { locales } from '../i18n/index.ts'
import type { Store } from './cms.ts'
import { ContentError } from './errors.ts'
import { PAGE_SIZE, slices } from './paginate.ts'
import { type Alternates, both, homePath, path, routes } from './routes.ts'
import {
  anyOf,
  anything,
  type ContentRef,
  faqOwnerIs,
  inSlice,
  lineage,
  type Shows,
  showsFaq,
  showsFaqList,
  showsProcedure,
} from './shows.ts'

type Page<P> = { props: P; alternates: Alternates; updatedAt?: string }

/**
 * A page type: its pages (one per record and list page), whether the sitemap lists them, and
 * which records a page shows (shows.ts): the publisher re-renders only those pages after a write.
 */
type PageType<P> = { pages(store: Store): Page<P>[]; sitemap: boolean; shows: Shows<P> }

/** A page type, its props type inferred from its pages (so `shows` is checked against them). */
const pageType = <P>(type: PageType<P>) => type

const one = <P>(props: P, build: (locale: Locale) => string): Page<P> => ({ props, alternates: both(build) })

const PAGE_TYPES = {
  home: pageType({ sitemap: true, pages: () => [one({}, homePath)], shows: anything }),
  'life-events': pageType({ sitemap: true, pages: () => [one({}, (l) => path(l, 'lifeEvent'))], shows: anything }),
  sectors: pageType({ sitemap: true, pages: () => [one({}, (l) => path(l, 'sector'))], shows: anything }),
  agencies: pageType({ sitemap: true, pages: () => [one({}, (l) => path(l, 'agency'))], shows: anything }),
  'faq-index': pageType({ sitemap: true, pages: () => [one({}, (l) => path(l, 'faq'))], shows: anything }),
  // The search page is an island over the index of the other pages, not content of its own.
  search: pageType({ sitemap: false, pages: () => [one({}, routes.search)], shows: anything }),
  // The dossier islands (issue 15): personal or per-citizen answers, none in the sitemap.
  track: pageType({ sitemap: false, pages: () => [one({}, routes.track)], shows: anything }),
  submit: pageType({ sitemap: false, pages: () => [one({}, (l) => routes.submit('', l))], shows: anything }),
  'my-dossiers': pageType({ sitemap: false, pages: () => [one({}, (l) => routes.myDossiers(l))], shows: anything }),
  verify: pageType({ sitemap: false, pages: () => [one({}, routes.verify)], shows: anything }),
  // The header's login comes back here to redeem the code (SITE_CLIENT's callback pages).
  login: pageType({ sitemap: false, pages: () => [one({}, routes.login)], shows: anything }),
  foreigners: pageType({ sitemap: true, pages: () => [one({}, routes.foreigners)], shows: anything }),
  offices: pageType({ sitemap: true, pages: () => [one({}, (l) => routes.offices(l))], shows: anyOf('agencies') }),
  'offices-province': pageType({
    sitemap: true,
    pages: (store) =>
      provinces(store).map((province) => one({ id: province.id }, (l) => routes.offices(l, province.slug))),
    shows: anyOf('agencies'),
  }),
  forms: pageType({
    sitemap: true,
    pages: (store) =>
      slices(formIds(store), PAGE_SIZE.forms).map((slice) => one({ slice }, (l) => routes.forms(l, slice.page))),
    // Each form lists the procedures using it.
    shows: (store, props, ref) =>
      inSlice(props, ref, 'forms') ||
      ref.collection === 'agencies' ||
      (ref.collection === 'procedures' &&
        props.slice.ids.some((id) => store.forms.get(id)?.procedures?.includes(ref.id))),
  }),
  procedure: pageType({
    sitemap: true,
    pages: (store) =>
      [...store.procedures.values()].map((procedure) => ({
        ...one({ id: procedure.id }, (l) => routes.procedure(procedure.code, l)),
        updatedAt: procedure.updatedAt,
      })),
    shows: showsProcedure,
  }),
  sector: pageType({
    sitemap: true,
    pages: (store) =>
      [...store.sectors.values()].flatMap((sector) =>
        slices(store.proceduresOfSector.get(sector.id) ?? [], PAGE_SIZE.procedures).map((slice) =>
          one({ id: sector.id, slice }, (l) => routes.sector(sector.slug, l, slice.page)),
        ),
      ),
    // Every page of a sector's list shows its count; names of sectors and agencies in lists.
    shows: (store, props, ref) =>
      inSlice(props, ref, 'procedures') ||
      (ref.collection === 'procedures' && store.procedures.get(ref.id)?.sector === props.id) ||
      (ref.collection === 'faqs' && store.faqs.get(ref.id)?.sector === props.id) ||
      ref.collection === 'sectors' ||
      ref.collection === 'agencies',
  }),
  agency: pageType({
    sitemap: true,
    pages: (store) =>
      [...store.agencies.values()].flatMap((agency) =>
        slices(agencyProcedureIds(store, agency.id), PAGE_SIZE.procedures).map((slice) =>
          one({ id: agency.id, slice }, (l) => routes.agency(agency.slug, l, slice.page)),
        ),
      ),
    shows: (store, props, ref) =>
      inSlice(props, ref, 'procedures') ||
      (ref.collection === 'procedures' && lineage(store, store.procedures.get(ref.id)?.agency).includes(props.id)) ||
      // A province's page counts the local procedures by sector (views/agency.ts, localProcedures).
      (ref.collection === 'procedures' &&
        store.agencies.get(props.id)?.kind === 'province' &&
        store.localProcedures.includes(ref.id)) ||
      (ref.collection === 'faqs' && faqOwnerIs(store, ref.id, props.id)) ||
      ref.collection === 'sectors' ||
      ref.collection === 'agencies',
  }),
  'life-event': pageType({
    sitemap: true,
    pages: (store) =>
      [...store.lifeEvents.values()].map((event) => ({
        ...one({ id: event.id }, (l) => routes.lifeEvent(event.slug, l)),
        updatedAt: event.updatedAt,
      })),
    shows: (store, props, ref) =>
      ref.collection === 'procedures'
        ? Boolean(store.lifeEvents.get(props.id)?.procedures?.includes(ref.id))
        : ref.collection !== 'faqs' && ref.collection !== 'videos',
  }),
  'faq-owner': pageType({
    sitemap: true,
    pages: (store) =>
      store.faqOwners.flatMap((owner) =>
        slices(owner.faqIds, PAGE_SIZE.faqs).map((slice) =>
          one({ owner: owner.slug, slice }, (l) => routes.faqOwner(owner.slug, l, slice.page)),
        ),
      ),
    shows: showsFaqList,
  }),
  'faq-sector': pageType({
    sitemap: true,
    pages: (store) =>
      store.faqOwners.flatMap((owner) =>
        owner.groups.flatMap((group) =>
          slices(group.faqIds, PAGE_SIZE.faqs).map((slice) =>
            one({ owner: owner.slug, group: group.slug, slice }, (l) =>
              routes.faqSector(owner.slug, group.slug, l, slice.page),
            ),
          ),
        ),
      ),
    shows: showsFaqList,
  }),
  // Last: a FAQ's URL has the shape of an owner's list (/hoi-dap/{slug}); the sitemap lists lists first.
  faq: pageType({
    sitemap: true,
    pages: (store) =>
      [...store.faqs.values()].map((faq) => ({
        ...one({ id: faq.id }, (l) => routes.faq(faq.slug, l)),
        updatedAt: faq.updatedAt,
      })),
    shows: showsFaq,
  }),
}

type Types = typeof PAGE_TYPES
export type PageKind = keyof Types
type PropsOf<K extends PageKind> = ReturnType<Types[K]['pages']>[number]['props']

/** One page in one language, as the route file receives it: `kind` says which component renders it. */
export type SitePage = { [K in PageKind]: { kind: K; locale: Locale; props: PropsOf<K> } }[PageKind]

export type PageEntry = { kind: PageKind; alternates: Alternates; updatedAt?: string }

const kinds = Object.keys(PAGE_TYPES) as PageKind[]

/** Every page of every type in both languages, as Astro's getStaticPaths wants them. */
export function staticPaths(store: Store) {
  assertFaqSlugsFree(store)
  return kinds.flatMap((kind) =>
    (PAGE_TYPES[kind].pages(store) as Page<object>[]).flatMap((page) =>
      locales.map((locale) => ({
        // `/en/thu-tuc/x` -> `en/thu-tuc/x`; the Vietnamese home page is the bare root.
        params: { path: page.alternates[locale].replace(/^\/+|\/+$/g, '') || undefined },
        props: { kind, locale, props: page.props } as SitePage,
      })),
    ),
  )
}

/** One page (both languages) with what it is made of: what the publisher compares between two stores. */
export type PagePlan = { kind: PageKind; props: object; alternates: Alternates }

/** Every page of every type, in the table's order. */
export function pagePlans(store: Store): PagePlan[] {
  let plans = plansOf.get(store)
  if (!plans) {
    plans = kinds.flatMap((kind) => pagesOf(store, kind).map(({ props, alternates }) => ({ kind, props, alternates })))
    plansOf.set(store, plans)
  }
  return plans
}

/** A store never changes (a publish builds a new one): its plans are made once (52,000 at national size). */
const plansOf = new WeakMap<Store, PagePlan[]>()

/** Does this page, rendered from `store`, show the record? (the page type's `shows`) */
export function pageShows(store: Store, plan: PagePlan, ref: ContentRef): boolean {
  return (PAGE_TYPES[plan.kind].shows as Shows<object>)(store, plan.props, ref)
}

/** The page type that is a record's own page (forms: the page of the forms list that holds it). */
const OWN_PAGE: Partial<Record<ContentRef['collection'], PageKind>> = {
  procedures: 'procedure',
  faqs: 'faq',
  'life-events': 'life-event',
  sectors: 'sector',
  agencies: 'agency',
  forms: 'forms',
}

/** A record's public page in both languages (the admin links it), if it has one and is public. */
export function recordPage(store: Store, ref: ContentRef): Alternates | undefined {
  const kind = OWN_PAGE[ref.collection]
  if (!kind) return undefined
  const holds = (props: { id?: number; slice?: { ids: number[] } }) =>
    props.slice && kind !== 'sector' && kind !== 'agency' ? props.slice.ids.includes(ref.id) : props.id === ref.id
  return (pagesOf(store, kind) as Page<{ id?: number; slice?: { ids: number[] } }>[]).find((page) => holds(page.props))
    ?.alternates
}

/** A store's pages of one kind, made once: a publish asks recordPage for each record it writes. */
function pagesOf(store: Store, kind: PageKind): Page<object>[] {
  let byKind = pagesByKind.get(store)
  if (!byKind) {
    byKind = new Map()
    pagesByKind.set(store, byKind)
  }
  let pages = byKind.get(kind)
  if (!pages) {
    pages = PAGE_TYPES[kind].pages(store) as Page<object>[]
    byKind.set(kind, pages)
  }
  return pages
}

const pagesByKind = new WeakMap<Store, Map<PageKind, Page<object>[]>>()

/** The page at a path (`en/thu-tuc/x`, '' for the root) as getStaticPaths would give it, for on-demand renders. */
export function pageAt(store: Store, at: string | undefined): SitePage | undefined {
  let index = indexes.get(store)
  if (!index) {
    index = new Map(staticPaths(store).map((entry) => [entry.params.path ?? '', entry.props]))
    indexes.set(store, index)
  }
  return index.get((at ?? '').replace(/^\/+|\/+$/g, ''))
}

const indexes = new WeakMap<Store, Map<string, SitePage>>()

/** Every page of the site in both languages, for the sitemap (the search and 404 pages excluded). */
export function allPages(store: Store): PageEntry[] {
  return kinds
    .filter((kind) => PAGE_TYPES[kind].sitemap)
    .flatMap((kind) =>
      (PAGE_TYPES[kind].pages(store) as Page<object>[]).map(({ alternates, updatedAt }) =>
        updatedAt ? { kind, alternates, updatedAt } : { kind, alternates },
      ),
    )
}

/**
 * The procedures an agency page lists: its own and its units'. What a province's people do at
 * its offices (procedures implemented at province or commune level, the same in every province)
 * is counted by sector and searched, not listed again on each province's pages
 * (views/agency.ts, localProcedures): one such procedure published rewrote thousands of pages.
 */
export function agencyProcedureIds(store: Store, id: number): number[] {
  return store.proceduresOfAgency.get(id) ?? []
}

/** The provinces, by official code. */
export function provinces(store: Store) {
  return [...store.agencies.values()]
    .filter((agency) => agency.kind === 'province' && !agency.parent)
    .sort((a, b) => a.code.localeCompare(b.code, 'en', { numeric: true }))
}

/** Forms in a stable order for both languages: by form code, then id. */
export function formIds(store: Store): number[] {
  return [...store.forms.values()]
    .sort((a, b) => (a.code ?? '').localeCompare(b.code ?? '', 'vi', { numeric: true }) || a.id - b.id)
    .map((form) => form.id)
}

/**
 * A FAQ's page (/hoi-dap/{slug}) and an owner's list (/hoi-dap/{owner}) share one URL shape:
 * a slug that is both would make one page overwrite the other, so the build refuses it.
 */
function assertFaqSlugsFree(store: Store) {
  const owners = new Set(store.faqOwners.map((owner) => owner.slug))
  for (const faq of store.faqs.values()) {
    if (owners.has(faq.slug)) throw new ContentError(`faqs ${faq.slug}`, 'its slug is also the slug of an FAQ owner')
  }
}
