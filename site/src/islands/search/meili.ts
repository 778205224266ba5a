/**
 * The browser's search: one POST to Meilisearch's /multi-search with the search-only key,
 * the same filters, disjunctive facet counts, matching strategy and closest fallback as
 * @dvc/search (query.ts), no client library.
 */
import {
  CLOSEST_HITS,
  CLOSEST_STRATEGY,
  closestQuery,
  FACET_ATTRIBUTE,
  FACETS,
  FAQ_HITS,
  type Facet,
  HITS_PER_PAGE,
  isClose,
  MATCHING_STRATEGY,
} from '@dvc/search/contract'

import type { Filters, SearchState } from './state.ts'

export type SearchConfig = { host: string; apiKey: string; index: string; faqIndex: string }
export type Locale = 'vi' | 'en'

export type Hit = {
  url: string
  /** The name with matches in `<mark>`. */
  title: string
  code?: string
  agency?: string | null
  serviceLevel?: string
  /** Slugs of the life events the procedure belongs to. */
  lifeEvents?: string[]
  excerpt?: string
}

export type FaqHit = { slug: string; question: string }

export type Results = {
  /** Procedures that match every word. */
  hits: Hit[]
  /** When none does: the closest procedures, shown apart ("no exact match, closest:"). */
  closest: Hit[]
  faqs: FaqHit[]
  total: number
  facets: Record<Facet, Record<string, number>>
  /** False for Pagefind: it knows no implementing level. */
  levelFacet: boolean
}

/** Meilisearch must answer within this long, or the page turns to the Pagefind index. */
export const TIMEOUT_MS = 1500

const quote = (value: string) => JSON.stringify(value)

/** Filter expressions (ANDed): the locale, then any of the chosen values of each facet. */
export function meiliFilter(locale: Locale, filters: Filters, except?: Facet): string[] {
  const filter = [`locale = ${quote(locale)}`]
  for (const facet of FACETS) {
    const values = filters[facet]
    if (facet === except || values.length === 0) continue
    filter.push(`${FACET_ATTRIBUTE[facet]} IN [${values.map(quote).join(', ')}]`)
  }
  return filter
}

const HIT_ATTRIBUTES = ['code', 'name', 'agencyName', 'serviceLevel', 'url', 'lifeEvents']

/**
 * The /multi-search body: the page of hits, a count-only search per chosen facet without its
 * own choice, then (on page 1 of a text search) the FAQs.
 */
export function multiSearchBody(config: Pick<SearchConfig, 'index' | 'faqIndex'>, locale: Locale, state: SearchState) {
  const index = config.index
  const q = state.q.trim()
  const main = {
    indexUid: index,
    q,
    filter: meiliFilter(locale, state.filters),
    facets: FACETS.map((facet) => FACET_ATTRIBUTE[facet]),
    matchingStrategy: MATCHING_STRATEGY,
    attributesToRetrieve: HIT_ATTRIBUTES,
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
    facets: [FACET_ATTRIBUTE[facet]],
    matchingStrategy: MATCHING_STRATEGY,
    limit: 0,
  }))
  const faqs =
    q && state.page === 1
      ? [
          {
            indexUid: config.faqIndex,
            q,
            filter: [`locale = ${quote(locale)}`],
            matchingStrategy: MATCHING_STRATEGY,
            attributesToRetrieve: ['slug', 'question'],
            limit: FAQ_HITS,
          },
        ]
      : []
  return { chosen, body: { queries: [main, ...counts, ...faqs] } }
}

/** The search for the closest procedures, when none matches every word (contract.ts); null when nothing meaningful is left. */
export function closestBody(index: string, locale: Locale, state: SearchState) {
  const q = closestQuery(state.q)
  if (!q) return null
  return {
    indexUid: index,
    q,
    filter: meiliFilter(locale, state.filters),
    matchingStrategy: CLOSEST_STRATEGY,
    attributesToRetrieve: HIT_ATTRIBUTES,
    attributesToHighlight: ['name'],
    highlightPreTag: '<mark>',
    highlightPostTag: '</mark>',
    showRankingScoreDetails: true,
    limit: CLOSEST_HITS,
  }
}

type MeiliHit = {
  code: string
  name: string
  agencyName?: string | null
  serviceLevel?: string
  lifeEvents?: string[]
  url: string
  _formatted?: { name?: string }
  _rankingScoreDetails?: { words?: { matchingWords?: number; maxMatchingWords?: number } }
}

type MeiliResult = {
  hits?: MeiliHit[]
  totalHits?: number
  estimatedTotalHits?: number
  facetDistribution?: Record<string, Record<string, number>>
}

const toHit = (hit: MeiliHit): Hit => ({
  url: hit.url,
  title: hit._formatted?.name ?? hit.name,
  code: hit.code,
  agency: hit.agencyName ?? null,
  lifeEvents: hit.lifeEvents ?? [],
  ...(hit.serviceLevel ? { serviceLevel: hit.serviceLevel } : {}),
})

export function readMultiSearch(chosen: Facet[], answer: { results: MeiliResult[] }): Results {
  const [main, ...rest] = answer.results
  const read = (result: MeiliResult | undefined, facet: Facet) => ({
    ...(result?.facetDistribution?.[FACET_ATTRIBUTE[facet]] ?? {}),
  })
  const facets = Object.fromEntries(FACETS.map((facet) => [facet, read(main, facet)])) as Record<
    Facet,
    Record<string, number>
  >
  chosen.forEach((facet, index) => {
    facets[facet] = read(rest[index], facet)
  })
  const faqs = (rest[chosen.length]?.hits ?? []) as unknown as FaqHit[]
  return {
    hits: (main?.hits ?? []).map(toHit),
    closest: [],
    faqs: faqs.map((faq) => ({ slug: faq.slug, question: faq.question })),
    total: main?.totalHits ?? main?.estimatedTotalHits ?? 0,
    facets,
    levelFacet: true,
  }
}

/** The closest hits worth showing: those that match half the closest query's words. */
export function readClosest(answer: MeiliResult): Hit[] {
  return (answer.hits ?? []).filter((hit) => isClose(hit._rankingScoreDetails?.words)).map(toHit)
}

/** Search Meilisearch; throws on a network error, a refusal or when it takes longer than TIMEOUT_MS. */
export async function searchMeili(config: SearchConfig, locale: Locale, state: SearchState, signal: AbortSignal) {
  const timeout = new AbortController()
  const timer = setTimeout(() => timeout.abort(), TIMEOUT_MS)
  const abort = () => timeout.abort()
  signal.addEventListener('abort', abort)
  const post = async (path: string, body: unknown) => {
    const response = await fetch(`${config.host.replace(/\/+$/, '')}${path}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${config.apiKey}` },
      body: JSON.stringify(body),
      signal: timeout.signal,
    })
    if (!response.ok) throw new Error(`Meilisearch answered ${response.status}`)
    return response.json()
  }
  try {
    const { chosen, body } = multiSearchBody(config, locale, state)
    const results = readMultiSearch(chosen, await post('/multi-search', body))
    const closest = results.total === 0 && state.page === 1 ? closestBody(config.index, locale, state) : null
    if (closest) {
      const { indexUid, ...search } = closest
      results.closest = readClosest(await post(`/indexes/${encodeURIComponent(indexUid)}/search`, search))
    }
    return results
  } finally {
    clearTimeout(timer)
    signal.removeEventListener('abort', abort)
  }
}
