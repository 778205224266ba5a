/**
 * The static paths of every page type, shared by the route files of both languages and by
 * the sitemap. Props carry ids and page numbers only; pages read records from the store.
 */
import type { Locale } from '../i18n/index.ts'
import { loadStore, type Store } from './cms.ts'
import { PAGE_SIZE, pageParam, slices } from './paginate.ts'
import { type Alternates, both, homePath, path, routes } from './routes.ts'

export type PageKind =
  | 'home'
  | 'procedure'
  | 'sectors'
  | 'sector'
  | 'agencies'
  | 'agency'
  | 'life-events'
  | 'life-event'
  | 'faq-index'
  | 'faq-owner'
  | 'faq-sector'
  | 'forms'

export type PageEntry = { kind: PageKind; alternates: Alternates; updatedAt?: string }

export async function procedurePaths() {
  const store = await loadStore()
  return [...store.procedures.values()].map((procedure) => ({
    params: { code: procedure.code },
    props: { id: procedure.id },
  }))
}

export async function sectorPaths() {
  const store = await loadStore()
  return [...store.sectors.values()].flatMap((sector) =>
    slices(store.proceduresOfSector.get(sector.id) ?? [], PAGE_SIZE.procedures).map((slice) => ({
      params: { slug: sector.slug, page: pageParam(slice.page) },
      props: { id: sector.id, slice },
    })),
  )
}

export async function agencyPaths() {
  const store = await loadStore()
  return [...store.agencies.values()].flatMap((agency) =>
    slices(store.proceduresOfAgency.get(agency.id) ?? [], PAGE_SIZE.procedures).map((slice) => ({
      params: { slug: agency.slug, page: pageParam(slice.page) },
      props: { id: agency.id, slice },
    })),
  )
}

export async function lifeEventPaths() {
  const store = await loadStore()
  return [...store.lifeEvents.values()].map((event) => ({ params: { slug: event.slug }, props: { id: event.id } }))
}

export async function faqOwnerPaths() {
  const store = await loadStore()
  return store.faqOwners.flatMap((owner) =>
    slices(owner.faqIds, PAGE_SIZE.faqs).map((slice) => ({
      params: { owner: owner.slug, page: pageParam(slice.page) },
      props: { owner: owner.slug, slice },
    })),
  )
}

export async function faqSectorPaths() {
  const store = await loadStore()
  return store.faqOwners.flatMap((owner) =>
    owner.groups.flatMap((group) =>
      slices(group.faqIds, PAGE_SIZE.faqs).map((slice) => ({
        params: { owner: owner.slug, sector: group.slug, page: pageParam(slice.page) },
        props: { owner: owner.slug, group: group.slug, slice },
      })),
    ),
  )
}

export async function formPaths() {
  const store = await loadStore()
  return slices(formIds(store), PAGE_SIZE.forms).map((slice) => ({
    params: { page: pageParam(slice.page) },
    props: { slice },
  }))
}

/** Forms in a stable order for both languages: by form code, then id. */
export function formIds(store: Store): number[] {
  return [...store.forms.values()]
    .sort((a, b) => (a.code ?? '').localeCompare(b.code ?? '', 'vi', { numeric: true }) || a.id - b.id)
    .map((form) => form.id)
}

const pages = (count: number, size: number) =>
  slices(
    Array.from({ length: count }, (_, i) => i),
    size,
  )

/** Every page of the site in both languages, for the sitemap (404 pages excluded). */
export function allPages(store: Store): PageEntry[] {
  const list = (kind: PageKind, build: (locale: Locale) => string, updatedAt?: string): PageEntry =>
    updatedAt ? { kind, alternates: both(build), updatedAt } : { kind, alternates: both(build) }
  const entries: PageEntry[] = [
    list('home', homePath),
    list('life-events', (l) => path(l, 'lifeEvent')),
    list('sectors', (l) => path(l, 'sector')),
    list('agencies', (l) => path(l, 'agency')),
    list('faq-index', (l) => path(l, 'faq')),
  ]
  for (const slice of pages(store.forms.size, PAGE_SIZE.forms))
    entries.push(list('forms', (l) => routes.forms(l, slice.page)))
  for (const procedure of store.procedures.values()) {
    entries.push(list('procedure', (l) => routes.procedure(procedure.code, l), procedure.updatedAt))
  }
  for (const sector of store.sectors.values()) {
    for (const slice of pages(store.proceduresOfSector.get(sector.id)?.length ?? 0, PAGE_SIZE.procedures)) {
      entries.push(list('sector', (l) => routes.sector(sector.slug, l, slice.page)))
    }
  }
  for (const agency of store.agencies.values()) {
    for (const slice of pages(store.proceduresOfAgency.get(agency.id)?.length ?? 0, PAGE_SIZE.procedures)) {
      entries.push(list('agency', (l) => routes.agency(agency.slug, l, slice.page)))
    }
  }
  for (const event of store.lifeEvents.values()) {
    entries.push(list('life-event', (l) => routes.lifeEvent(event.slug, l), event.updatedAt))
  }
  for (const owner of store.faqOwners) {
    for (const slice of pages(owner.faqIds.length, PAGE_SIZE.faqs)) {
      entries.push(list('faq-owner', (l) => routes.faqOwner(owner.slug, l, slice.page)))
    }
    for (const group of owner.groups) {
      for (const slice of pages(group.faqIds.length, PAGE_SIZE.faqs)) {
        entries.push(list('faq-sector', (l) => routes.faqSector(owner.slug, group.slug, l, slice.page)))
      }
    }
  }
  return entries
}
