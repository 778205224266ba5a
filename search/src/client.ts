import { Meilisearch } from 'meilisearch'

import type { Searcher } from './searcher.ts'

export type SearchClientOptions = {
  host: string
  apiKey: string
  /** Per HTTP request; an editor's save or a citizen's search must not hang on a stuck server. */
  timeoutMs?: number
}

/**
 * A Meilisearch client for servers. It asks for uncompressed answers: Meilisearch 1.21
 * gzips a search response in chunks when asked (Node's fetch asks by default), and on a
 * kept-alive connection that cost a steady 40 ms per search here (delayed ACK against the
 * small chunks; curl and node:http, which do not ask, took 1-2 ms for the same request).
 * Between servers in one data centre, compression saves nothing worth 40 ms.
 */
export function createSearchClient({ host, apiKey, timeoutMs = 5_000 }: SearchClientOptions): Meilisearch {
  return new Meilisearch({
    host,
    apiKey,
    timeout: timeoutMs,
    requestInit: { headers: { 'Accept-Encoding': 'identity' } },
  })
}

/** The search's view of a client (query.ts, Searcher): what the portal's endpoint searches through. */
export function searcherOf(client: Meilisearch): Searcher {
  return {
    multiSearch: async (queries) => (await client.multiSearch({ queries })).results,
    search: (indexUid, { q, ...params }) => client.index(indexUid).search(q, params),
  }
}
