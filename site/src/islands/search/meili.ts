/**
 * The browser's search: one POST to Meilisearch's /multi-search with the search-only key,
 * the same filters and disjunctive facet counts as @dvc/search (query.ts), no client library.
 */
import { FACETS, type Facet, HITS_PER_PAGE } from '@dvc/search/contract'

import type { Filters, SearchState } from './state.ts'

export type SearchConfig = { host: string; apiKey: string; index: string }
export type Locale = 'vi' | 'en'

export type Hit = {
  url: string
  /** The name with matches in `<mark>`. */
  title: string
  code?: string
  agency?: string | null
  serviceLevel?: string
  excerpt?: string
}

export type Results = {
  hits: Hit[]
  total: number
  facets: Record<Facet, Record<string, number>>
  /** False for Pagefind: it knows no implementing level. */
  levelFacet: boolean
}

/** Meilisearch must answer within this long, or the page turns to the Pagefind index. */
export const TIMEOUT_MS = 1500

const ATTRIBUTE: Record<Facet, string> = {
  sector: 'sector',
  agency: 'agencyTree',
  serviceLevel: 'serviceLevel',
  level: 'level',
  lifeEvents: 'lifeEvents',
}

const quote = (value: string) => JSON.stringify(value)

/** Filter expressions (ANDed): the locale, then any of the chosen values of each facet. */
export function meiliFilter(locale: Locale, filters: Filters, except?: Facet): string[] {
  const filter = [`locale = ${quote(locale)}`]
  for (const facet of FACETS) {
    const values = filters[facet]
    if (facet === except || values.length === 0) continue
    filter.push(`${ATTRIBUTE[facet]} IN [${values.map(quote).join(', ')}]`)
  }
  return filter
}

/** The /multi-search body: the page of hits, then a count-only search per chosen facet without its own choice. */
export function multiSearchBody(index: string, locale: Locale, state: SearchState) {
  const q = state.q.trim()
  const main = {
    indexUid: index,
    q,
    filter: meiliFilter(locale, state.filters),
    facets: [...FACETS],
    attributesToRetrieve: ['code', 'name', 'agencyName', 'serviceLevel', 'url'],
    attributesToHighlight: ['name'],
    highlightPreTag: '<mark>',
    highlightPostTag: '</mark>',
    page: state.page,
    hitsPerPage: HITS_PER_PAGE,
    ...(q === '' ? { sort: ['code:asc'] } : {}),
  }
  const chosen = FACETS.filter((facet) => state.filters[facet].length > 0)
  const counts = chosen.map((facet) => ({
    indexUid: index,
    q,
    filter: meiliFilter(locale, state.filters, facet),
    facets: [facet],
    limit: 0,
  }))
  return { chosen, body: { queries: [main, ...counts] } }
}

type MeiliResult = {
  hits?: {
    code: string
    name: string
    agencyName?: string | null
    serviceLevel?: string
    url: string
    _formatted?: { name?: string }
  }[]
  totalHits?: number
  estimatedTotalHits?: number
  facetDistribution?: Partial<Record<Facet, Record<string, number>>>
}

export function readMultiSearch(chosen: Facet[], answer: { results: MeiliResult[] }): Results {
  const [main, ...counts] = answer.results
  const facets = Object.fromEntries(
    FACETS.map((facet) => [facet, { ...(main?.facetDistribution?.[facet] ?? {}) }]),
  ) as Record<Facet, Record<string, number>>
  chosen.forEach((facet, index) => {
    facets[facet] = { ...(counts[index]?.facetDistribution?.[facet] ?? {}) }
  })
  return {
    hits: (main?.hits ?? []).map((hit) => ({
      url: hit.url,
      title: hit._formatted?.name ?? hit.name,
      code: hit.code,
      agency: hit.agencyName ?? null,
      ...(hit.serviceLevel ? { serviceLevel: hit.serviceLevel } : {}),
    })),
    total: main?.totalHits ?? main?.estimatedTotalHits ?? 0,
    facets,
    levelFacet: true,
  }
}

/** Search Meilisearch; throws on a network error, a refusal or when it takes longer than TIMEOUT_MS. */
export async function searchMeili(config: SearchConfig, locale: Locale, state: SearchState, signal: AbortSignal) {
  const timeout = new AbortController()
  const timer = setTimeout(() => timeout.abort(), TIMEOUT_MS)
  const abort = () => timeout.abort()
  signal.addEventListener('abort', abort)
  try {
    const { chosen, body } = multiSearchBody(config.index, locale, state)
    const response = await fetch(`${config.host.replace(/\/+$/, '')}/multi-search`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${config.apiKey}` },
      body: JSON.stringify(body),
      signal: timeout.signal,
    })
    if (!response.ok) throw new Error(`Meilisearch answered ${response.status}`)
    return readMultiSearch(chosen, await response.json())
  } finally {
    clearTimeout(timer)
    signal.removeEventListener('abort', abort)
  }
}
