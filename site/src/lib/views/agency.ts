import type { Locale } from '../../i18n/index.ts'
import type { Filters } from '../../islands/search/state.ts'
import { noFilters, stateQuery } from '../../islands/search/state.ts'
import { LOCAL_LEVELS, must } from '../cms.ts'
import { levelsOf } from '../levels.ts'
import type { PageContext } from '../page.ts'
import { agencyProcedureIds } from '../pages.ts'
import { routes } from '../routes.ts'
import { type LocaleReader, plain, type Text } from '../text.ts'
import type { Agency } from '../types.ts'

export type ContactView = {
  id: number
  name: Text
  href: string
  address?: Text
  phone?: string
  email?: string
  website?: string
  hours?: Text
  mapUrl?: string
}

/** Where a citizen goes, calls or writes: shown on agency and procedure pages. */
export function agencyContact(agency: Agency, read: LocaleReader, locale: Locale): ContactView {
  const address = read.text(agency.address)
  const hours = read.text(agency.hours)
  return {
    id: agency.id,
    name: read.required(agency.name),
    href: routes.agency(agency.slug, locale),
    ...(address ? { address } : {}),
    ...(agency.phone ? { phone: agency.phone } : {}),
    ...(agency.email ? { email: agency.email } : {}),
    ...(agency.website ? { website: agency.website } : {}),
    ...(hours ? { hours } : {}),
    ...mapLink(agency.mapUrl, plain(agency.address, 'vi')),
  }
}

/**
 * The agency's own map link, else a search for its published address on OpenStreetMap: a
 * search, not a pin we would have to invent.
 */
function mapLink(mapUrl: string | null | undefined, address: string): { mapUrl?: string } {
  if (mapUrl) return { mapUrl }
  // "Bộ phận Một cửa …: số 10 Tôn Thất Thuyết, … (note)" -> the street address alone.
  const street = address
    .split(':')
    .at(-1)
    ?.replace(/\(.*?\)/g, '')
    .trim()
  if (!street) return {}
  return { mapUrl: `https://www.openstreetmap.org/search?query=${encodeURIComponent(street)}` }
}

export type ListLink = { name: Text; href: string; count: number }

/**
 * Agencies at the top of their tree, as the home and agencies pages list them: government
 * bodies in the order the seed and the law list them, provinces by their official code.
 */
export function topAgencies({ store, read, locale }: PageContext): { ministries: ListLink[]; provinces: ListLink[] } {
  const top = [...store.agencies.values()].filter((agency) => !agency.parent)
  const link = (agency: Agency): ListLink => ({
    name: read.required(agency.name),
    href: routes.agency(agency.slug, locale),
    count: store.proceduresOfAgency.get(agency.id)?.length ?? 0,
  })
  return {
    ministries: top
      .filter((agency) => agency.kind !== 'province')
      .sort((a, b) => a.id - b.id)
      .map(link),
    provinces: top
      .filter((agency) => agency.kind === 'province')
      .sort((a, b) => a.code.localeCompare(b.code, 'en', { numeric: true }))
      .map(link),
  }
}

/** The search page's URL for these filters (the search island's own format). */
const searchHref = (locale: Locale, filters: Partial<Filters>) =>
  `${routes.search(locale)}${stateQuery({ q: '', filters: { ...noFilters(), ...filters }, page: 1 })}`

/**
 * What a province's people do at its offices: the procedures implemented at province or commune
 * level (the same in every province), counted by sector, each count a search for them.
 */
function localProcedures({ store, read, locale }: PageContext) {
  const levels = new Set<string>()
  const bySector = new Map<number, number>()
  for (const id of store.localProcedures) {
    const procedure = store.procedures.get(id)
    if (!procedure) continue
    for (const level of levelsOf(procedure)) if (LOCAL_LEVELS.has(level)) levels.add(level)
    if (procedure.sector) bySector.set(procedure.sector, (bySector.get(procedure.sector) ?? 0) + 1)
  }
  const level = [...levels].sort()
  const sectors: ListLink[] = [...bySector]
    .flatMap(([id, count]) => {
      const sector = store.sectors.get(id)
      return sector
        ? [{ name: read.required(sector.name), href: searchHref(locale, { sector: [sector.slug], level }), count }]
        : []
    })
    .sort((a, b) => b.count - a.count || a.name.text.localeCompare(b.name.text, locale))
  return { total: store.localProcedures.length, href: searchHref(locale, { level }), sectors }
}

/** An agency's page: where to reach it, the body above it, the units below it, its FAQs. */
export function agencyPage(context: PageContext, id: number) {
  const { store, read, locale } = context
  const agency = must(store.agencies, id, 'agency')
  const parent = agency.parent ? store.agencies.get(agency.parent) : undefined
  return {
    agency,
    contact: agencyContact(agency, read, locale),
    parent: parent && { name: read.required(parent.name), href: routes.agency(parent.slug, locale) },
    children: (store.childrenOf.get(id) ?? []).map((child) => ({
      name: read.required(child.name),
      href: routes.agency(child.slug, locale),
    })),
    total: agencyProcedureIds(store, id).length,
    local: agency.kind === 'province' ? localProcedures(context) : undefined,
    faqOwner: store.faqOwners.find((owner) => owner.agency?.id === id),
  }
}
