import type { MultiSearchQuery, SearchParams } from 'meilisearch'

/** What Meilisearch answers a search with, as far as the search reads it. */
export type SearchAnswer = {
  hits: Record<string, unknown>[]
  totalHits?: number
  estimatedTotalHits?: number
  facetDistribution?: Record<string, Record<string, number>>
}

/**
 * What the search needs of Meilisearch: a multi-search and a search of one index. The server's
 * is the client library's (client.ts, searcherOf), the browser's plain fetch (site's island).
 */
export type Searcher = {
  multiSearch(queries: MultiSearchQuery[]): Promise<SearchAnswer[]>
  search(indexUid: string, params: SearchParams & { q: string }): Promise<SearchAnswer>
}
