/**
 * The browser's search: the portal's own search (@dvc/search/query: the query as typed, typos,
 * spoken and official terms, the closest procedures apart) over plain fetch to Meilisearch with
 * the search-only key, no client library, so the search page answers a query as
 * GET /api/portal/search does and as the relevance bench measures.
 */
import { FACET_PARAM, FACETS, type Facet, HITS_PER_PAGE } from '@dvc/search/contract'
import {
  type ProcedureHit,
  type ProcedureQuery,
  type ProcedureResults,
  type SearchAnswer,
  type Searcher,
  searchProcedures,
} from '@dvc/search/query'

import type { SearchState } from './state.ts'

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

/** Meilisearch must answer each request within this long, or the page turns to the Pagefind index. */
export const TIMEOUT_MS = 1500

/** The portal's query for the page's state: each facet's chosen values (any of them), names marked. */
export function procedureQuery(locale: Locale, state: SearchState): ProcedureQuery {
  const choices = Object.fromEntries(FACETS.map((facet) => [FACET_PARAM[facet], state.filters[facet]]))
  return { ...choices, q: state.q.trim(), locale, page: state.page, hitsPerPage: HITS_PER_PAGE, marks: true }
}

const toHit = (hit: ProcedureHit): Hit => ({
  url: hit.url,
  title: hit._formatted?.name ?? hit.name,
  code: hit.code,
  agency: hit.agencyName ?? null,
  lifeEvents: hit.lifeEvents ?? [],
  ...(hit.serviceLevel ? { serviceLevel: hit.serviceLevel } : {}),
})

/** The page's results from the portal's. */
export function toResults(found: ProcedureResults): Results {
  return {
    hits: found.hits.map(toHit),
    closest: found.closest.map(toHit),
    faqs: found.faqs.map((faq) => ({ slug: faq.slug, question: faq.question })),
    total: found.total,
    facets: Object.fromEntries(FACETS.map((facet) => [facet, { ...found.facets[facet] }])) as Results['facets'],
    levelFacet: true,
  }
}

/** Meilisearch through fetch: `post(path, body)` sends one request and reads its answer. */
export function fetchSearcher(post: (path: string, body: unknown) => Promise<unknown>): Searcher {
  return {
    multiSearch: async (queries) => ((await post('/multi-search', { queries })) as { results: SearchAnswer[] }).results,
    search: async (indexUid, params) =>
      (await post(`/indexes/${encodeURIComponent(indexUid)}/search`, params)) as SearchAnswer,
  }
}

/**
 * Search Meilisearch; throws on a network error, a refusal or when a request (a search takes a
 * few round trips at most) takes longer than TIMEOUT_MS.
 */
export async function searchMeili(config: SearchConfig, locale: Locale, state: SearchState, signal: AbortSignal) {
  const post = async (path: string, body: unknown) => {
    const timeout = new AbortController()
    const abort = () => timeout.abort()
    const timer = setTimeout(abort, TIMEOUT_MS)
    signal.addEventListener('abort', abort)
    try {
      const response = await fetch(`${config.host.replace(/\/+$/, '')}${path}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${config.apiKey}` },
        body: JSON.stringify(body),
        signal: timeout.signal,
      })
      if (!response.ok) throw new Error(`Meilisearch answered ${response.status}`)
      return await response.json()
    } finally {
      clearTimeout(timer)
      signal.removeEventListener('abort', abort)
    }
  }
  return toResults(
    await searchProcedures(fetchSearcher(post), config.index, procedureQuery(locale, state), config.faqIndex),
  )
}
