/**
 * Search at national size (search issue), for `npm run bench -- --only search`: a full
 * reindex of the bench database with the real indexer, then faceted queries straight to
 * Meilisearch and through the portal's GET /api/portal/search, p50 / p95 / p99.
 */

import { indexEverything } from '@dvc/cms/search'
import type { Meilisearch } from 'meilisearch'
import type { Payload } from 'payload'
import { type Timing, timeCalls } from '../../scripts/lib/stats.ts'
import { searcherOf } from '../../search/src/client.ts'
import { type ProcedureQuery, searchProcedures } from '../../search/src/query.ts'
import { QUERY_KINDS } from './query-kinds.ts'

/** Targets from the search issue. */
export const SEARCH_TARGETS = Object.freeze({ meiliP95Ms: 5, portalP95Ms: 15, reindexSeconds: 60 })

export type ReindexRow = { index: string; documents: number; seconds: number }

/**
 * Both indexes rebuilt from the published records, as `npm run reindex` does. The index
 * names come from SEARCH_INDEX_PREFIX, which the caller sets so only bench indexes change.
 */
export async function benchReindex(payload: Payload): Promise<ReindexRow[]> {
  const started = performance.now()
  const result = await indexEverything(payload)
  const total = (performance.now() - started) / 1000
  const rows = [result.procedures, result.faqs].map((built) => ({
    index: built.index,
    documents: built.documents,
    seconds: built.ms / 1000,
  }))
  return [
    ...rows,
    {
      index: 'both, with reading the database',
      documents: result.procedures.documents + result.faqs.documents,
      seconds: total,
    },
  ]
}

export type SearchRow = { path: string; kind: string; timing: Timing }

/** Each kind of query `samples` times, one at a time, straight to Meilisearch. */
export async function benchMeiliQueries(client: Meilisearch, index: string, samples: number): Promise<SearchRow[]> {
  const rows: SearchRow[] = []
  for (const kind of QUERY_KINDS) {
    let i = 0
    const call = () =>
      searchProcedures(searcherOf(client), index, {
        ...kind.queries[i++ % kind.queries.length],
        page: 1,
        hitsPerPage: 20,
      } as ProcedureQuery)
    rows.push({ path: 'Meilisearch', kind: kind.name, timing: await timeCalls(call, samples, 10) })
  }
  return rows
}

function searchUrl(cmsUrl: string, query: QueryKindQuery): string {
  const params = new URLSearchParams()
  for (const [key, value] of Object.entries(query)) if (value !== undefined) params.set(key, String(value))
  return `${cmsUrl}/api/portal/search?${params}`
}
type QueryKindQuery = (typeof QUERY_KINDS)[number]['queries'][number]

/**
 * Each kind of query `samples` times through the portal endpoint. The endpoint's token
 * bucket (20 at once, 5 a second per client, cms/src/portal/http/rate-limit.ts) has no setting;
 * the bench's portal runs with TRUST_PROXY=1 (tests/bench/run.ts), so it believes the
 * X-Forwarded-For entry a load balancer would add. Each request names its own address in
 * 198.18.0.0/15 (RFC 2544's benchmarking range) and is timed as a first-time visitor behind
 * a load balancer; the shared bucket is still consulted (one upsert in PostgreSQL). Any 429
 * fails the bench rather than skewing the numbers.
 */
export async function benchPortalQueries(cmsUrl: string, samples: number): Promise<SearchRow[]> {
  let visitor = 0
  const address = () => {
    const n = visitor++
    return `198.${18 + ((n >> 16) & 1)}.${(n >> 8) & 255}.${n & 255}`
  }
  const rows: SearchRow[] = []
  for (const kind of QUERY_KINDS) {
    let i = 0
    const call = async () => {
      const url = searchUrl(cmsUrl, kind.queries[i++ % kind.queries.length] as QueryKindQuery)
      const response = await fetch(url, { headers: { 'x-forwarded-for': address() } })
      if (response.status !== 200) throw new Error(`${url} answered ${response.status}: ${await response.text()}`)
      await response.arrayBuffer()
    }
    rows.push({ path: '/api/portal/search', kind: kind.name, timing: await timeCalls(call, samples, 10) })
  }
  return rows
}
