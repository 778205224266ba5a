/**
 * GET /api/portal/search: procedures by text, filters and facets, for the search island
 * and for clients that cannot hold a Meilisearch key. Answers are public and cached for
 * a minute; each client gets a small token bucket.
 *
 *   ?q=&locale=vi|en&sector=&agency=&level=&serviceLevel=&lifeEvent=&page=
 *   200 { hits: [{ code, name, sector, agency, level, serviceLevel, url, translated }],
 *         facets: { sector: [{ value, label, count }], agency, serviceLevel, level, lifeEvents },
 *         total, page, pageSize }
 *   A chosen facet's counts ignore its own choice, so a page can offer the other values;
 *   `agency` also matches the units below it. Errors in the architecture's shape:
 *   400 bad_request (details.parameters), 429 rate_limited (Retry-After),
 *   503 search_unavailable (details.requestId, the log has the cause).
 */
import { randomUUID } from 'node:crypto'
import { FACETS, type Facet, type ProcedureResults, searchProcedures } from '@dvc/search'
import type { Endpoint, PayloadRequest } from 'payload'
import { searchClient, searchConfig } from '../../search/client.ts'
import { clientAddress, TokenBucketLimiter } from '../http/rate-limit.ts'
import { requestLanguage, type SearchLanguage, type SearchMessageKey, searchMessage } from '../messages.ts'
import { facetLabels } from './facet-labels.ts'
import { HITS_PER_PAGE, parseSearchParams, type SearchParamsInput } from './params.ts'

export type FacetValue = { value: string; label: string; count: number }
export type SearchResponse = {
  hits: {
    code: string
    name: string
    sector: string | null
    agency: string | null
    level: string
    serviceLevel: string
    url: string
    translated: boolean
  }[]
  facets: Record<Facet, FacetValue[]>
  total: number
  page: number
  pageSize: number
}

/** Search-as-you-type sends a burst, then pauses: 20 at once, 5 a second after that. */
export const DEFAULT_RATE_LIMIT = Object.freeze({ capacity: 20, perSecond: 5 })

const CACHEABLE = 'public, max-age=60'
/**
 * Public, read-only, no credentials: any origin may read it (the static site on its own
 * origin, a province portal). A simple GET needs no preflight; Payload keeps this header.
 */
const CORS = { 'Access-Control-Allow-Origin': '*' }

function errorResponse(
  status: number,
  code: string,
  message: string,
  options: { details?: unknown; headers?: Record<string, string> } = {},
): Response {
  const body = { error: { code, message, ...(options.details === undefined ? {} : { details: options.details }) } }
  return Response.json(body, { status, headers: { 'Cache-Control': 'no-store', ...CORS, ...options.headers } })
}

async function answer(req: PayloadRequest, params: SearchParamsInput): Promise<SearchResponse> {
  const config = searchConfig()
  const results: ProcedureResults = await searchProcedures(searchClient(config), config.indexes.procedures, {
    ...params,
    hitsPerPage: HITS_PER_PAGE,
  })
  const labels = await facetLabels(req.payload, params.locale)
  const facets = Object.fromEntries(
    FACETS.map((facet) => [
      facet,
      Object.entries(results.facets[facet])
        .map(([value, count]) => ({ value, label: labels[facet].get(value) ?? value, count }))
        .sort((a, b) => b.count - a.count || a.label.localeCompare(b.label, params.locale)),
    ]),
  ) as Record<Facet, FacetValue[]>
  return {
    hits: results.hits.map((hit) => ({
      code: hit.code,
      name: hit.name,
      sector: hit.sectorName,
      agency: hit.agencyName,
      level: hit.level,
      serviceLevel: hit.serviceLevel,
      url: hit.url,
      translated: hit.translated,
    })),
    facets,
    total: results.total,
    page: results.page,
    pageSize: results.hitsPerPage,
  }
}

/** The endpoint with its own limiter (tests make one per case; the config uses `searchEndpoint`). */
export function createSearchEndpoint(limiter = new TokenBucketLimiter(DEFAULT_RATE_LIMIT)): Endpoint {
  return {
    path: '/portal/search',
    method: 'get',
    handler: async function portalSearch(req) {
      const url = new URL(req.url ?? 'http://localhost/')
      const language: SearchLanguage = requestLanguage(
        url.searchParams.get('locale'),
        req.headers.get('accept-language'),
      )
      const say = (key: SearchMessageKey, values?: Record<string, string | number>) =>
        searchMessage(language, key, values)

      const decision = limiter.take(clientAddress(req.headers))
      if (!decision.allowed) {
        const seconds = decision.retryAfterSeconds
        return errorResponse(429, 'rate_limited', say('search.rateLimited', { seconds }), {
          headers: { 'Retry-After': String(seconds) },
        })
      }

      const parsed = parseSearchParams(url.searchParams)
      if (!parsed.ok) {
        const [first] = parsed.problems
        return errorResponse(400, 'bad_request', first ? say(first.key, first.values) : '', {
          details: { parameters: parsed.problems.map((problem) => problem.parameter) },
        })
      }

      try {
        const body = await answer(req, parsed.params)
        return Response.json(body, { status: 200, headers: { 'Cache-Control': CACHEABLE, ...CORS } })
      } catch (error) {
        // Meilisearch down or misconfigured: the citizen gets a plain message, the log the cause.
        const requestId = randomUUID()
        req.payload.logger.error({ err: error, requestId, url: req.url }, 'portal search failed')
        return errorResponse(503, 'search_unavailable', say('search.unavailable'), {
          details: { requestId },
          headers: { 'Retry-After': '30' },
        })
      }
    },
  }
}

export const searchEndpoint: Endpoint = createSearchEndpoint()
