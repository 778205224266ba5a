import { must } from '../cms.ts'
import type { PageContext } from '../page.ts'
import { routes } from '../routes.ts'
import { byName, plain } from '../text.ts'
import type { Sector } from '../types.ts'
import type { ListLink } from './agency.ts'

/** Sectors by name in the page's language (Vietnamese collation: "Đ" after "D"). */
function sortedSectors({ store, locale }: PageContext, filter: (sector: Sector) => boolean = () => true): Sector[] {
  const compare = byName(locale)
  return [...store.sectors.values()]
    .filter(filter)
    .sort((a, b) => compare(plain(a.name, locale), plain(b.name, locale)))
}

/** Every sector as a link with its number of procedures, by name. */
export function sectorLinks(page: PageContext, filter?: (sector: Sector) => boolean): ListLink[] {
  const { store, read, locale } = page
  return sortedSectors(page, filter).map((sector) => ({
    name: read.required(sector.name),
    href: routes.sector(sector.slug, locale),
    count: store.proceduresOfSector.get(sector.id)?.length ?? 0,
  }))
}

/** The sectors page: ministries in the seed's order, each with its sectors by name. */
export function sectorsByMinistry(page: PageContext) {
  const { store, read, locale } = page
  return [...new Set([...store.sectors.values()].map((sector) => sector.ministry))]
    .map((id) => store.agencies.get(id))
    .filter((agency) => agency !== undefined)
    .sort((a, b) => a.id - b.id)
    .map((ministry) => ({
      name: read.required(ministry.name),
      href: routes.agency(ministry.slug, locale),
      sectors: sectorLinks(page, (sector) => sector.ministry === ministry.id),
    }))
}

/** A sector's page: its name, the ministry it belongs to, its FAQ page if it has one. */
export function sectorPage({ store, read, locale }: PageContext, id: number) {
  const sector = must(store.sectors, id, 'sector')
  const ministry = store.agencies.get(sector.ministry)
  const faqOwner = store.faqOwners.find((owner) => owner.groups.some((group) => group.sector?.id === id))
  return {
    sector,
    name: read.required(sector.name),
    ministry: ministry && { name: read.required(ministry.name), href: routes.agency(ministry.slug, locale) },
    total: store.proceduresOfSector.get(id)?.length ?? 0,
    faqHref: faqOwner && routes.faqSector(faqOwner.slug, sector.slug, locale),
  }
}
