/**
 * The site's one read of the CMS per build (STACK-NOTES, Astro: "read the CMS once per
 * build and cache it in a module-level map"). Every page's getStaticPaths and frontmatter
 * share the same promise; pages receive ids through props and look records up here.
 */
import { AsyncLocalStorage } from 'node:async_hooks'

import { readAll } from './cms-client.ts'
import { cmsUrl } from './env.ts'
import { ContentError } from './errors.ts'
import { levelsOf } from './levels.ts'
import type { Agency, Faq, Form, Level, LifeEvent, Procedure, Sector, Video } from './types.ts'

/**
 * Levels a province's own offices handle (districts were folded into communes on 1 July 2025):
 * what its people do there, counted on each province's page.
 */
export const LOCAL_LEVELS = new Set<Level>(['province', 'commune', 'district'])

/** FAQs listed under the agency at the top of their tree (a ministry or a province), then by sector. */
export type FaqGroup = { slug: string; sector?: Sector; faqIds: number[] }
export type FaqOwner = { slug: string; agency?: Agency; faqIds: number[]; groups: FaqGroup[] }

/** Owner slug of FAQs with neither agency nor sector, and group slug of FAQs with no sector. */
export const FAQ_GENERAL = 'chung'
export const FAQ_NO_SECTOR = 'khac'

export type Store = {
  agencies: Map<number, Agency>
  sectors: Map<number, Sector>
  procedures: Map<number, Procedure>
  lifeEvents: Map<number, LifeEvent>
  faqs: Map<number, Faq>
  forms: Map<number, Form>
  videos: Map<number, Video>
  /** Derived once, so pages never scan whole collections. */
  lifeEventsOf: Map<number, LifeEvent[]>
  faqsOf: Map<number, Faq[]>
  videosOf: Map<number, Video[]>
  childrenOf: Map<number, Agency[]>
  /** Procedure ids by code, of an agency (and every agency below it), of a sector. */
  proceduresOfAgency: Map<number, number[]>
  proceduresOfSector: Map<number, number[]>
  /** Procedures implemented at province or commune level: what a province's people do there. */
  localProcedures: number[]
  faqOwners: FaqOwner[]
}

/** What the site reads of a procedure (not the search-only and editorial fields). */
export const PROCEDURE_FIELDS = [
  'code',
  'name',
  'levels',
  'source',
  'serviceLevel',
  'type',
  'sector',
  'agency',
  'agencyNote',
  'subjects',
  'steps',
  'methods',
  'documents',
  'result',
  'requirements',
  'legalBasis',
  'keywords',
  'deadline',
  'source',
  'untranslated',
  'updatedAt',
] as const

let cached: Promise<Store> | undefined

/** A store for the renders inside one call only (a staff preview of a draft), never the shared one. */
const scoped = new AsyncLocalStorage<Store>()

/** The content of the whole site, read on first use and kept for the rest of the build. */
export function loadStore(): Promise<Store> {
  const own = scoped.getStore()
  if (own) return Promise.resolve(own)
  cached ??= readStore(cmsUrl())
  return cached
}

/**
 * Render with `store` inside `work` alone: a preview renders a draft while publishes go on
 * rendering the public content beside it, in the same process.
 */
export function withStore<T>(store: Store, work: () => Promise<T>): Promise<T> {
  return scoped.run(store, work)
}

/**
 * The content the next renders read, set by the publisher's renderer (src/renderer/entry.ts),
 * which keeps the store up to date between publishes instead of reading the CMS per page.
 */
export function setStore(store: Store): void {
  cached = Promise.resolve(store)
}

/** Forget the content (the publisher's renderer, done with it): the next render reads it again. */
export function dropStore(): void {
  cached = undefined
}

export async function readStore(base: string, fetcher?: typeof fetch): Promise<Store> {
  return buildStore(await readCollections(base, fetcher))
}

/** Every public record of every collection the site shows, in id order. */
export async function readCollections(base: string, fetcher?: typeof fetch): Promise<Collections> {
  const options = fetcher ? { fetch: fetcher } : {}
  // All at once: the portal's queries overlap in PostgreSQL while it shapes the answers (a few
  // requests in flight per collection: READ_DEFAULTS).
  const [agencies, sectors, lifeEvents, forms, videos, procedures, faqs] = await Promise.all([
    readAll<Agency>(base, 'agencies', options),
    readAll<Sector>(base, 'sectors', options),
    readAll<LifeEvent>(base, 'life-events', options),
    readAll<Form>(base, 'forms', options),
    readAll<Video>(base, 'videos', options),
    readAll<Procedure>(base, 'procedures', { ...options, select: PROCEDURE_FIELDS }),
    readAll<Faq>(base, 'faqs', options),
  ])
  return { agencies, sectors, procedures, lifeEvents, faqs, forms, videos }
}

const byId = <T extends { id: number }>(records: T[]) => new Map(records.map((record) => [record.id, record]))

function push<K, V>(map: Map<K, V[]>, key: K, value: V) {
  const list = map.get(key)
  if (list) list.push(value)
  else map.set(key, [value])
}

export type Collections = {
  agencies: Agency[]
  sectors: Sector[]
  procedures: Procedure[]
  lifeEvents: LifeEvent[]
  faqs: Faq[]
  forms: Form[]
  videos: Video[]
}

export function buildStore(input: Collections): Store {
  const agencies = byId(input.agencies)
  const sectors = byId(input.sectors)
  const procedures = byId([...input.procedures].sort((a, b) => a.code.localeCompare(b.code)))
  const lifeEvents = byId(input.lifeEvents)
  const faqs = byId(input.faqs)

  const childrenOf = new Map<number, Agency[]>()
  for (const agency of agencies.values()) if (agency.parent) push(childrenOf, agency.parent, agency)
  const lineage = (id: number): number[] => {
    const chain: number[] = []
    for (let at: number | null | undefined = id; at && !chain.includes(at); at = agencies.get(at)?.parent) {
      chain.push(at)
    }
    return chain
  }

  const proceduresOfAgency = new Map<number, number[]>()
  const proceduresOfSector = new Map<number, number[]>()
  for (const procedure of procedures.values()) {
    const record = `procedures ${procedure.code} (id ${procedure.id})`
    if (!sectors.has(procedure.sector)) throw new ContentError(record, `its sector ${procedure.sector} was not found`)
    if (!agencies.has(procedure.agency)) throw new ContentError(record, `its agency ${procedure.agency} was not found`)
    push(proceduresOfSector, procedure.sector, procedure.id)
    for (const id of lineage(procedure.agency)) push(proceduresOfAgency, id, procedure.id)
  }

  const lifeEventsOf = new Map<number, LifeEvent[]>()
  for (const event of lifeEvents.values()) {
    // A draft procedure is not public: its id stays in the life event but is not listed.
    for (const id of event.procedures ?? []) if (procedures.has(id)) push(lifeEventsOf, id, event)
  }
  const faqsOf = new Map<number, Faq[]>()
  for (const faq of faqs.values()) for (const id of faq.procedures ?? []) if (procedures.has(id)) push(faqsOf, id, faq)
  const videosOf = new Map<number, Video[]>()
  for (const video of input.videos) for (const id of video.procedures ?? []) push(videosOf, id, video)

  const localProcedures = [...procedures.values()]
    .filter((procedure) => levelsOf(procedure).some((level) => LOCAL_LEVELS.has(level)))
    .map((procedure) => procedure.id)

  const top = (id: number | null | undefined) => (id ? agencies.get(lineage(id).at(-1) ?? id) : undefined)
  return {
    agencies,
    sectors,
    procedures,
    lifeEvents,
    faqs,
    forms: byId(input.forms),
    videos: byId(input.videos),
    lifeEventsOf,
    faqsOf,
    videosOf,
    childrenOf,
    proceduresOfAgency,
    proceduresOfSector,
    localProcedures,
    faqOwners: groupFaqs([...faqs.values()], sectors, (faq) =>
      top(faq.agency ?? (faq.sector ? sectors.get(faq.sector)?.ministry : undefined)),
    ),
  }
}

/** FAQs by owning ministry or province, then by sector; ids in creation order, the same in both languages. */
function groupFaqs(faqs: Faq[], sectors: Map<number, Sector>, ownerOf: (faq: Faq) => Agency | undefined) {
  const owners = new Map<string, FaqOwner>()
  for (const faq of [...faqs].sort((a, b) => a.id - b.id)) {
    const agency = ownerOf(faq)
    const slug = agency?.slug ?? FAQ_GENERAL
    let owner = owners.get(slug)
    if (!owner) {
      owner = agency ? { slug, agency, faqIds: [], groups: [] } : { slug, faqIds: [], groups: [] }
      owners.set(slug, owner)
    }
    owner.faqIds.push(faq.id)
    const sector = faq.sector ? sectors.get(faq.sector) : undefined
    const groupSlug = sector?.slug ?? FAQ_NO_SECTOR
    let group = owner.groups.find((candidate) => candidate.slug === groupSlug)
    if (!group) {
      group = sector ? { slug: groupSlug, sector, faqIds: [] } : { slug: groupSlug, faqIds: [] }
      owner.groups.push(group)
    }
    group.faqIds.push(faq.id)
  }
  return [...owners.values()]
}

/** A record the page was given by id; its absence is a bug in the site, not in the content. */
export function must<T>(map: Map<number, T>, id: number, what: string): T {
  const record = map.get(id)
  if (!record) throw new ContentError(`${what} ${id}`, 'was not found in the content read from the CMS')
  return record
}
