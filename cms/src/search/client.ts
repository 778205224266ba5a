/**
 * The portal server's Meilisearch: URL and master key from the environment (set by
 * scripts/lib/payload.ts in development, by the operator in production), checked on first
 * use rather than at start, so the admin still opens when search is misconfigured.
 */
import { createSearchClient, type IndexNames, indexNames } from '@dvc/search'
import type { Meilisearch } from 'meilisearch'
import { z } from 'zod'

const schema = z.object({
  MEILI_URL: z.url({
    protocol: /^https?$/,
    message: 'MEILI_URL is not a URL: set it like http://localhost:7700',
  }),
  MEILI_MASTER_KEY: z.string().min(16, {
    message: 'MEILI_MASTER_KEY is missing or too short: set it to the master key of the Meilisearch at MEILI_URL',
  }),
  SEARCH_INDEX_PREFIX: z
    .string()
    .regex(/^[A-Za-z0-9_-]*$/, { message: 'SEARCH_INDEX_PREFIX may hold only letters, digits, "-" and "_"' })
    .default(''),
})

/** Raised on first use when the environment is not valid; the message names the variable and the fix. */
export class SearchConfigError extends Error {
  override name = 'SearchConfigError'
}

export type SearchConfig = { url: string; masterKey: string; indexes: IndexNames }

/** Read each time (cheap): tests point a Payload at their own index names through the environment. */
export function searchConfig(env: Record<string, string | undefined> = process.env): SearchConfig {
  const parsed = schema.safeParse({
    MEILI_URL: env.MEILI_URL,
    MEILI_MASTER_KEY: env.MEILI_MASTER_KEY,
    SEARCH_INDEX_PREFIX: env.SEARCH_INDEX_PREFIX || undefined,
  })
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `  ${issue.message}`)
    throw new SearchConfigError(`Search is not configured:\n${lines.join('\n')}`)
  }
  const { MEILI_URL, MEILI_MASTER_KEY, SEARCH_INDEX_PREFIX } = parsed.data
  return { url: MEILI_URL.replace(/\/+$/, ''), masterKey: MEILI_MASTER_KEY, indexes: indexNames(SEARCH_INDEX_PREFIX) }
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
