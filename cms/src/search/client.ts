/**
 * The portal server's Meilisearch: URL and master key from the environment (cms/src/env.ts
 * reads them: set by scripts/lib/payload.ts in development, by the operator in production).
 */
import { createSearchClient, type IndexNames, indexNames } from '@dvc/search'
import type { Meilisearch } from 'meilisearch'

import { EnvError, searchEnv } from '../env.ts'

/** Raised on first use when the environment is not valid; the message names the variable and the fix. */
export class SearchConfigError extends Error {
  override name = 'SearchConfigError'
}

export type SearchConfig = { url: string; masterKey: string; indexes: IndexNames }

/** Read each time (cheap): tests point a Payload at their own index names through the environment. */
export function searchConfig(env: Record<string, string | undefined> = process.env): SearchConfig {
  try {
    const { MEILI_URL, MEILI_MASTER_KEY, SEARCH_INDEX_PREFIX } = searchEnv(env)
    return { url: MEILI_URL.replace(/\/+$/, ''), masterKey: MEILI_MASTER_KEY, indexes: indexNames(SEARCH_INDEX_PREFIX) }
  } catch (error) {
    if (!(error instanceof EnvError)) throw error
    throw new SearchConfigError(`Search is not configured:\n  ${error.lines.join('\n  ')}`, { cause: error })
  }
}

/**
 * A request must not hang on a Meilisearch that does not answer: an editor's save and a
 * citizen's search both give up after this long.
 */
const REQUEST_TIMEOUT_MS = 5_000

const clients = new Map<string, Meilisearch>()

/** The server's client (master key): never sent to a browser. */
export function searchClient(config: SearchConfig = searchConfig()): Meilisearch {
  const cacheKey = `${config.url}\n${config.masterKey}`
  let client = clients.get(cacheKey)
  if (!client) {
    client = createSearchClient({ host: config.url, apiKey: config.masterKey, timeoutMs: REQUEST_TIMEOUT_MS })
    clients.set(cacheKey, client)
  }
  return client
}
