/**
 * GET /api/portal/search: procedures by text, filters and facets, for the search island
 * and for clients that cannot hold a Meilisearch key. Answers are public and cached for
 * a minute; each client gets a small token bucket.
 *
 *   ?q=&locale=vi|en&sector=&agency=&level=&serviceLevel=&lifeEvent=&page=
 *   200 { hits: [{ code, name, sector, agency, level (a list), serviceLevel, url, translated }],
 *         closest: [same shape], faqs: [{ slug, question, url, translated }],
 *         facets: { sector: [{ value, label, count }], agency, serviceLevel, level, lifeEvents },
 *         total, page, pageSize }
 *   `hits` match every word of `q` (@dvc/search contract.ts says why); when none does,
 *   `closest` holds the closest procedures, for a page to show apart ("no exact match").
 *   A chosen facet's counts ignore its own choice, so a page can offer the other values;
 *   `agency` also matches the units below it. Errors in the architecture's shape:
 *   400 search.query_too_long | search.locale_unknown | search.page_invalid |
 *   search.filter_invalid (the first problem's; details.parameters names them all),
 *   429 search.rate_limited (Retry-After), 503 search.unavailable (details.requestId,
 *   the log has the cause). The contract: openapi.ts, served at /api/portal/openapi.json.
 */
import { randomUUID } from 'node:crypto'
import { FACETS, type Facet, type ProcedureHit, type ProcedureResults, searcherOf, searchProcedures } from '@dvc/search'
import type { Endpoint, PayloadRequest } from 'payload'

import { env } from '../../env.ts'
import { PortalError } from '../../errors.ts'
import { searchClient, searchConfig } from '../../search/client.ts'
import type { Level, ServiceLevel } from '../../vocabulary.ts'
import { clientIp, FORWARDED_FOR } from '../http/client-ip.ts'
import { requestLanguage } from '../http/language.ts'
import { type RateLimiter, SharedTokenBucket } from '../http/rate-limit.ts'
import { errorResponse, json } from '../http/respond.ts'
import { facetLabels } from './facet-labels.ts'
import { HITS_PER_PAGE, parseSearchParams, type SearchParamsInput } from './params.ts'
import type { FacetValue, SearchResponse } from './response.ts'

/** Answers are the same for everyone for a minute: a CDN may keep them. */
const MAX_AGE_SECONDS = 60

function procedureHit(hit: ProcedureHit): SearchResponse['hits'][number] {
  return {
    code: hit.code,
    name: hit.name,
    sector: hit.sectorName,
    agency: hit.agencyName,
    // The index holds only the CMS's values (vocabulary.ts); the contract test checks them.
    level: hit.level as Level[],
    serviceLevel: hit.serviceLevel as ServiceLevel,
    url: hit.url,
    translated: hit.translated,
  }
}

async function answer(req: PayloadRequest, params: SearchParamsInput): Promise<SearchResponse> {
  const config = searchConfig()
  const results: ProcedureResults = await searchProcedures(
    searcherOf(searchClient(config)),
    config.indexes.procedures,
    { ...params, hitsPerPage: HITS_PER_PAGE },
    config.indexes.faqs,
  )
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
    hits: results.hits.map(procedureHit),
    closest: results.closest.map(procedureHit),
    faqs: results.faqs.map((faq) => ({
      slug: faq.slug,
      question: faq.question,
      url: faq.url,
      translated: faq.translated,
    })),
    facets,
    total: results.total,
    page: results.page,
    pageSize: results.hitsPerPage,
  }
}

/**
 * The endpoint with its own limiter (tests may pass one; the config uses `searchEndpoint`).
 * By default one bucket per client address (TRUST_PROXY decides which), shared by every
 * replica: SEARCH_RATE_BURST at once (20), SEARCH_RATE_PER_SECOND after that (5).
 */
export function createSearchEndpoint(
  limiter: RateLimiter = new SharedTokenBucket({
    capacity: env.SEARCH_RATE_BURST,
    perSecond: env.SEARCH_RATE_PER_SECOND,
  }),
): Endpoint {
  return {
    path: '/portal/search',
    method: 'get',
    handler: async function portalSearch(req) {
      const url = new URL(req.url ?? 'http://localhost/')
      const language = requestLanguage(url.searchParams.get('locale'), req.headers.get('accept-language'))

      const client = clientIp(req.headers.get(FORWARDED_FOR), env.TRUST_PROXY)
      const decision = await limiter.take(client, req.payload)
      if (!decision.allowed) {
        const seconds = decision.retryAfterSeconds
        return errorResponse(new PortalError('search.rate_limited', { language, values: { seconds } }), {
          headers: { 'Retry-After': String(seconds) },
        })
      }

      const parsed = parseSearchParams(url.searchParams)
      if (!parsed.ok) {
        const [first] = parsed.problems
        const parameters = parsed.problems.map((problem) => problem.parameter)
        const code = first?.code ?? 'search.filter_invalid'
        return errorResponse(new PortalError(code, { language, values: first?.values, details: { parameters } }))
      }

      try {
        return json(await answer(req, parsed.params), { maxAge: MAX_AGE_SECONDS })
      } catch (error) {
        // Meilisearch down or misconfigured: the citizen gets a plain message, the log the cause.
        const requestId = randomUUID()
        req.payload.logger.error({ err: error, requestId, url: req.url }, 'portal search failed')
        return errorResponse(new PortalError('search.unavailable', { language, cause: error }), {
          requestId,
          headers: { 'Retry-After': '30' },
        })
      }
    },
  }
}

export const searchEndpoint: Endpoint = createSearchEndpoint()
