/**
 * Searching procedures: filters and facets for the portal's search page, and the national
 * code shortcut (a citizen who types `1.001193` wants that procedure, first).
 */
import type { Meilisearch, MultiSearchParams, MultiSearchQuery, SearchParams } from 'meilisearch'

import { FACET_PARAM, FACETS, type Facet } from './contract.ts'
import type { Locale, ProcedureDocument } from './documents.ts'

/** National procedure code (mã thủ tục), as in content/schema.ts. */
export const CODE_QUERY = /^\d\.\d{6}$/

export type ProcedureQuery = {
  q: string
  locale: Locale
  sector?: string | undefined
  /** An agency's slug: its own procedures and those of the units below it. */
  agency?: string | undefined
  level?: string | undefined
  serviceLevel?: string | undefined
  lifeEvent?: string | undefined
  /** 1-based. */
  page: number
  hitsPerPage: number
}

export const HIT_ATTRIBUTES = [
  'code',
  'name',
  'sector',
  'sectorName',
  'agency',
  'agencyName',
  'level',
  'serviceLevel',
  'url',
  'translated',
] as const satisfies readonly (keyof ProcedureDocument)[]

export type ProcedureHit = Pick<ProcedureDocument, (typeof HIT_ATTRIBUTES)[number]>

export type ProcedureResults = {
  hits: ProcedureHit[]
  /** Facet value -> number of matching procedures, for every facet (a chosen facet's counts ignore its own choice). */
  facets: Record<Facet, Record<string, number>>
  total: number
  page: number
  hitsPerPage: number
}

const quote = (value: string) => JSON.stringify(value)

/** Meilisearch filter expressions (ANDed) for the query's locale and facet choices. */
export function procedureFilter(query: ProcedureQuery): string[] {
  const filter = [`locale = ${quote(query.locale)}`]
  if (query.sector) filter.push(`sector = ${quote(query.sector)}`)
  if (query.agency) filter.push(`agencyTree = ${quote(query.agency)}`)
  if (query.level) filter.push(`level = ${quote(query.level)}`)
  if (query.serviceLevel) filter.push(`serviceLevel = ${quote(query.serviceLevel)}`)
  if (query.lifeEvent) filter.push(`lifeEvents = ${quote(query.lifeEvent)}`)
  return filter
}

/** The search request for a query; an empty query lists procedures by code. */
export function procedureSearchParams(query: ProcedureQuery): SearchParams {
  return {
    q: query.q,
    filter: procedureFilter(query),
    facets: [...FACETS],
    attributesToRetrieve: [...HIT_ATTRIBUTES],
    page: query.page,
    hitsPerPage: query.hitsPerPage,
    ...(query.q.trim() === '' ? { sort: ['code:asc'] } : {}),
  }
}

/** The query field that chooses a value of each facet: the request parameter's name. */
const CHOICE = FACET_PARAM satisfies Record<Facet, keyof ProcedureQuery>

/**
 * A count-only search per chosen facet, without that facet's own choice (disjunctive
 * facets): with "Đất đai" chosen, the sector list still says how many results each other
 * sector would give, so a reader can switch instead of starting over.
 */
function facetQueries(indexUid: string, query: ProcedureQuery): { facet: Facet; search: MultiSearchQuery }[] {
  return FACETS.filter((facet) => query[CHOICE[facet]]).map((facet) => ({
    facet,
    search: {
      indexUid,
      q: query.q,
      filter: procedureFilter({ ...query, [CHOICE[facet]]: undefined }),
      facets: [facet],
      limit: 0,
    },
  }))
}

/**
 * Search one procedures index, in one round trip. A query that is a national code also
 * looks the code up exactly (same filters) and puts that procedure first; the rest follow
 * as ranked.
 */
export async function searchProcedures(
  client: Meilisearch,
  indexUid: string,
  query: ProcedureQuery,
): Promise<ProcedureResults> {
  const q = query.q.trim()
  const main: MultiSearchQuery = { indexUid, ...procedureSearchParams({ ...query, q }) }
  const facetSearches = facetQueries(indexUid, { ...query, q })
  const byCode: MultiSearchQuery[] = CODE_QUERY.test(q)
    ? [
        {
          indexUid,
          q: '',
          filter: [...procedureFilter(query), `code = ${quote(q)}`],
          attributesToRetrieve: [...HIT_ATTRIBUTES],
          limit: 1,
        },
      ]
    : []
  const { results } = await client.multiSearch<MultiSearchParams, ProcedureHit>({
    queries: [main, ...facetSearches.map((entry) => entry.search), ...byCode],
  })
  const ranked = results[0]
  let hits = (ranked?.hits ?? []) as ProcedureHit[]
  let total = ranked?.totalHits ?? ranked?.estimatedTotalHits ?? 0
  const codeHit = byCode.length > 0 ? (results.at(-1)?.hits[0] as ProcedureHit | undefined) : undefined
  if (codeHit) {
    const alreadyCounted = hits.some((hit) => hit.code === codeHit.code)
    hits = hits.filter((hit) => hit.code !== codeHit.code)
    if (query.page === 1) hits = [codeHit, ...hits].slice(0, query.hitsPerPage)
    if (!alreadyCounted) total += 1
  }
  const facets = Object.fromEntries(
    FACETS.map((facet) => [facet, { ...(ranked?.facetDistribution?.[facet] ?? {}) }]),
  ) as Record<Facet, Record<string, number>>
  facetSearches.forEach(({ facet }, index) => {
    facets[facet] = { ...(results[index + 1]?.facetDistribution?.[facet] ?? {}) }
  })
  return { hits, facets, total, page: query.page, hitsPerPage: query.hitsPerPage }
}
