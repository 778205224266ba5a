/**
 * Relevance of procedure search, measured (issue 10, item 4) over the relevance set
 * (tests/fixtures/search/relevance.json) against a real index: top-1, top-3, mean reciprocal
 * rank, precision of the first page, unrelated procedures in the top 3, and whether a query
 * for a procedure that does not exist says so. Shared by the int test (a gate with a
 * threshold) and `npm run bench` (tables); the search is the portal's own (searchProcedures).
 */
import { readFileSync } from 'node:fs'
import type { Meilisearch } from 'meilisearch'
import { searcherOf } from '../../search/src/client.ts'
import { closestQuery } from '../../search/src/contract.ts'
import { type ProcedureHit, searchProcedures } from '../../search/src/query.ts'

export type RelevanceCase = {
  q: string
  locale: 'vi' | 'en'
  /** Codes any of which is a right answer; empty: no such procedure exists, the search must say so. */
  expect: string[]
  kind: string
  /** Codes, besides the expected ones and their sectors' procedures, that are not unrelated in the top 3. */
  related?: string[]
  note?: string
}

export function loadRelevanceSet(): RelevanceCase[] {
  const file = new URL('../fixtures/search/relevance.json', import.meta.url)
  return (JSON.parse(readFileSync(file, 'utf8')) as { queries: RelevanceCase[] }).queries
}

export type CaseResult = {
  case: RelevanceCase
  /** 1-based rank of the first right answer on the first page (exact, else closest); 0 when absent. */
  rank: number
  /** The first page: exact hits, or the closest ones when nothing matched every word. */
  shown: string[]
  exact: boolean
  /**
   * Shown procedures unrelated to every right answer: not listed, not in its sector, and sharing
   * no pair of meaningful name words with it (a proxy for "about the same thing", written down
   * so the figure can be checked).
   */
  unrelated: string[]
}

export type RelevanceSummary = {
  kind: string
  queries: number
  top1: number
  top3: number
  mrr: number
  /** Mean share of related procedures on the first page (queries with a right answer). */
  precision: number
  /** Queries with an unrelated procedure in the top 3. */
  unrelatedTop3: number
  /** Queries for procedures that do not exist answered with no exact match. */
  noneSaid: number
  none: number
}

type Indexed = { sector: string | null; pairs: Set<string>; english: boolean }

/**
 * Pairs of adjacent words of a name, folded, without the generic words every name shares
 * ("đăng ký", "cấp", "thủ tục": contract.ts, closestQuery): "Đăng ký tạm trú" -> "tam tru".
 */
function namePairs(name: string): Set<string> {
  const words = closestQuery(name).split(' ').filter(Boolean)
  return new Set(words.slice(1).map((word, i) => `${words[i]} ${word}`))
}

/** Code -> sector and name pairs of every procedure in the index (Vietnamese documents). */
async function indexedByCode(client: Meilisearch, index: string): Promise<Map<string, Indexed>> {
  const indexed = new Map<string, Indexed>()
  for (let offset = 0; ; offset += 1000) {
    const page = await client.index(index).getDocuments<{ code: string; sector: string | null; name: string }>({
      fields: ['code', 'sector', 'name'],
      filter: 'locale = "vi"',
      limit: 1000,
      offset,
    })
    for (const doc of page.results) {
      indexed.set(doc.code, { sector: doc.sector, pairs: namePairs(doc.name), english: false })
    }
    if (page.results.length < 1000) break
  }
  const english = await client
    .index(index)
    .search('', { filter: 'locale = "en" AND translated = true', limit: 10_000, attributesToRetrieve: ['code'] })
  for (const hit of english.hits) {
    const entry = indexed.get(hit.code as string)
    if (entry) entry.english = true
  }
  return indexed
}

/**
 * Run every case whose right answers are in the index (a case for a procedure the index
 * lacks is skipped and counted); `hitsPerPage` is the search page's first page.
 */
export async function measureRelevance(
  client: Meilisearch,
  index: string,
  cases: readonly RelevanceCase[],
  hitsPerPage = 20,
): Promise<{ results: CaseResult[]; skipped: RelevanceCase[] }> {
  const indexed = await indexedByCode(client, index)
  const results: CaseResult[] = []
  const skipped: RelevanceCase[] = []
  for (const c of cases) {
    const present = c.expect.filter((code) => indexed.has(code) && (c.locale === 'vi' || indexed.get(code)?.english))
    if (c.expect.length > 0 && present.length === 0) {
      skipped.push(c)
      continue
    }
    const found = await searchProcedures(searcherOf(client), index, { q: c.q, locale: c.locale, page: 1, hitsPerPage })
    const exact = found.hits.length > 0
    const shown = (exact ? found.hits : found.closest).map((hit: ProcedureHit) => hit.code)
    const rank = shown.findIndex((code) => c.expect.includes(code)) + 1
    const answers = c.expect.flatMap((code) => indexed.get(code) ?? [])
    const listed = new Set([...c.expect, ...(c.related ?? [])])
    const isRelated = (code: string) => {
      const hit = indexed.get(code)
      if (listed.has(code)) return true
      if (!hit) return false
      return answers.some(
        (answer) => (answer.sector && answer.sector === hit.sector) || [...hit.pairs].some((p) => answer.pairs.has(p)),
      )
    }
    const unrelated = shown.filter((code) => !isRelated(code))
    results.push({ case: c, rank, shown, exact, unrelated })
  }
  return { results, skipped }
}

/** One row per kind of query, then the whole set. */
export function summarize(results: readonly CaseResult[]): RelevanceSummary[] {
  const row = (kind: string, list: readonly CaseResult[]): RelevanceSummary => {
    const answered = list.filter((r) => r.case.expect.length > 0)
    const none = list.filter((r) => r.case.expect.length === 0)
    const share = (n: number, of: number) => (of === 0 ? Number.NaN : n / of)
    return {
      kind,
      queries: list.length,
      top1: share(answered.filter((r) => r.rank === 1).length, answered.length),
      top3: share(answered.filter((r) => r.rank >= 1 && r.rank <= 3).length, answered.length),
      mrr: share(
        answered.reduce((sum, r) => sum + (r.rank > 0 ? 1 / r.rank : 0), 0),
        answered.length,
      ),
      precision: share(
        answered.reduce((sum, r) => sum + (r.shown.length === 0 ? 0 : 1 - r.unrelated.length / r.shown.length), 0),
        answered.length,
      ),
      unrelatedTop3: answered.filter((r) => r.shown.slice(0, 3).some((code) => r.unrelated.includes(code))).length,
      noneSaid: none.filter((r) => !r.exact).length,
      none: none.length,
    }
  }
  const kinds = [...new Set(results.map((r) => r.case.kind))]
  return [
    ...kinds.map((kind) =>
      row(
        kind,
        results.filter((r) => r.case.kind === kind),
      ),
    ),
    row('all', results),
  ]
}

const percent = (value: number) => (Number.isNaN(value) ? '' : `${(value * 100).toFixed(1)}%`)

/** Table rows for scripts/lib/stats.ts `table`. */
export const RELEVANCE_HEADERS = [
  'kind',
  'queries',
  'top-1',
  'top-3',
  'MRR',
  'precision p.1',
  'unrelated in top 3',
  'none said',
]
export function relevanceRows(summaries: readonly RelevanceSummary[]): (string | number)[][] {
  return summaries.map((s) => [
    s.kind,
    s.queries,
    percent(s.top1),
    percent(s.top3),
    Number.isNaN(s.mrr) ? '' : s.mrr.toFixed(3),
    percent(s.precision),
    s.queries - s.none > 0 ? s.unrelatedTop3 : '',
    s.none > 0 ? `${s.noneSaid}/${s.none}` : '',
  ])
}

/** The misses, one line each, for reading after a run. */
export function describeMisses(results: readonly CaseResult[]): string[] {
  return results
    .filter((r) =>
      r.case.expect.length === 0
        ? r.exact
        : !(r.rank >= 1 && r.rank <= 3) || r.shown.slice(0, 3).some((code) => r.unrelated.includes(code)),
    )
    .map(
      (r) =>
        `  [${r.case.kind}] "${r.case.q}" (${r.case.locale}) -> ${r.case.expect.length === 0 ? 'listed as exact' : r.rank === 0 ? 'not on page 1' : `#${r.rank}`}${r.exact ? '' : ' (closest)'}; top 3: ${r.shown.slice(0, 3).join(', ') || '(none)'}${r.unrelated.length ? `; unrelated: ${r.unrelated.slice(0, 3).join(', ')}` : ''}; expected ${r.case.expect.join(' or ') || 'none'}`,
    )
}
