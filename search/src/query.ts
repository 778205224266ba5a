/**
 * Searching procedures: filters and facets for the portal's search page, and the national
 * code shortcut (a citizen who types `1.001193` wants that procedure, first). Browser-safe
 * (`@dvc/search/query`): the portal's endpoint runs it over the Meilisearch client
 * (client.ts, searcherOf), the search island over fetch with the search-only key, so both
 * answer a query the same way.
 */
import type { MultiSearchQuery, SearchParams } from 'meilisearch'

import {
  CLOSE_IN_TEXT,
  CLOSEST_HITS,
  CLOSEST_STRATEGY,
  closestQuery,
  FACET_ATTRIBUTE,
  FACET_PARAM,
  FACETS,
  FAQ_HITS,
  FAQ_SEARCH_ATTRIBUTES,
  type Facet,
  isClose,
  isNear,
  MATCHING_STRATEGY,
  NAME_ATTRIBUTES,
  TEXT_CANDIDATES,
} from './contract.ts'
import { correctQuery } from './correct.ts'
import type { FaqDocument, Locale, ProcedureDocument } from './documents.ts'
import { officialTerms } from './official-terms.ts'
import type { Searcher } from './searcher.ts'

export type { SearchAnswer, Searcher } from './searcher.ts'

import { synonymMap } from './synonyms.ts'
import { hasMarks, tones } from './tones.ts'

/** National procedure code (mã thủ tục), as in content/schema.ts. */
export const CODE_QUERY = /^\d\.\d{6}$/

/** A facet's choice: one value, or several of which any will do (the search page's checkboxes). */
export type Choice = string | readonly string[] | undefined

export type ProcedureQuery = {
  q: string
  locale: Locale
  sector?: Choice
  /** An agency's slug: its own procedures and those of the units below it. */
  agency?: Choice
  level?: Choice
  serviceLevel?: Choice
  lifeEvent?: Choice
  /** Hits carry their name with the query's matches in `<mark>` (`_formatted.name`). */
  marks?: boolean | undefined
  /** Only these documents (by `id`): the long-text round's near matches (searchProcedures). */
  ids?: readonly string[] | undefined
  /** 1-based. */
  page: number
  hitsPerPage: number
}

export const HIT_ATTRIBUTES = [
  'code',
  'name',
  'sector',
  'sectorName',
  'agency',
  'agencyName',
  'level',
  'serviceLevel',
  'url',
  'translated',
  'lifeEvents',
] as const satisfies readonly (keyof ProcedureDocument)[]

export type ProcedureHit = Pick<ProcedureDocument, (typeof HIT_ATTRIBUTES)[number]> & {
  /** With `marks`: the name with the query's matches in `<mark>`. */
  _formatted?: { name?: string }
}

export const FAQ_HIT_ATTRIBUTES = [
  'slug',
  'question',
  'url',
  'translated',
] as const satisfies readonly (keyof FaqDocument)[]
export type FaqHit = Pick<FaqDocument, (typeof FAQ_HIT_ATTRIBUTES)[number]>

export type ProcedureResults = {
  /** Procedures that match every word of the query (or every procedure for an empty query). */
  hits: ProcedureHit[]
  /**
   * When no procedure matches every word: the closest ones (contract.ts, closestQuery), to be
   * shown apart as "no exact match, closest:"; empty otherwise, and empty when nothing is close.
   */
  closest: ProcedureHit[]
  /** FAQs that match every word, in the query's locale (none for an empty query). */
  faqs: FaqHit[]
  /** Facet value -> number of matching procedures, for every facet (a chosen facet's counts ignore its own choice). */
  facets: Record<Facet, Record<string, number>>
  total: number
  page: number
  hitsPerPage: number
}

const quote = (value: string) => JSON.stringify(value)

/** The query field that chooses a value of each facet: the request parameter's name. */
const CHOICE = FACET_PARAM satisfies Record<Facet, keyof ProcedureQuery>

const ATTRIBUTES = FACETS.map((facet) => FACET_ATTRIBUTE[facet])

/** Counts per facet from a Meilisearch facet distribution keyed by attribute. */
function readFacet(distribution: Record<string, Record<string, number>> | undefined, facet: Facet) {
  return { ...(distribution?.[FACET_ATTRIBUTE[facet]] ?? {}) }
}

/** The values a facet's choice holds (none when it is not chosen). */
const chosenOf = (choice: Choice): readonly string[] => (choice === undefined ? [] : [choice].flat().filter(Boolean))

/** Meilisearch filter expressions (ANDed) for the query's locale and facet choices (any of a facet's values). */
export function procedureFilter(query: ProcedureQuery): string[] {
  const filter = [`locale = ${quote(query.locale)}`]
  for (const facet of FACETS) {
    const values = chosenOf(query[CHOICE[facet]])
    if (values.length === 1) filter.push(`${FACET_ATTRIBUTE[facet]} = ${quote(values[0] ?? '')}`)
    else if (values.length > 1) filter.push(`${FACET_ATTRIBUTE[facet]} IN [${values.map(quote).join(', ')}]`)
  }
  if (query.ids) filter.push(`id IN [${query.ids.map(quote).join(', ')}]`)
  return filter
}

/** With `marks`, the highlighting of names. */
const marksOf = (
  query: ProcedureQuery,
): Pick<SearchParams, 'attributesToHighlight' | 'highlightPreTag' | 'highlightPostTag'> =>
  query.marks ? { attributesToHighlight: ['name'], highlightPreTag: '<mark>', highlightPostTag: '</mark>' } : {}

/**
 * The search request for a query; an empty query lists procedures by code. `scope`: the
 * attributes searched (contract.ts, NAME_ATTRIBUTES), every searchable one when absent.
 */
export function procedureSearchParams(query: ProcedureQuery, scope?: readonly string[]): SearchParams & { q: string } {
  return {
    q: query.q,
    ...(scope ? { attributesToSearchOn: [...scope] } : {}),
    filter: procedureFilter(query),
    facets: ATTRIBUTES,
    matchingStrategy: MATCHING_STRATEGY,
    attributesToRetrieve: [...HIT_ATTRIBUTES],
    ...marksOf(query),
    page: query.page,
    hitsPerPage: query.hitsPerPage,
    ...(query.q.trim() === '' ? { sort: ['code:asc'] } : {}),
  }
}

/**
 * A count-only search per chosen facet, without that facet's own choice (disjunctive
 * facets): with "Đất đai" chosen, the sector list still says how many results each other
 * sector would give, so a reader can switch instead of starting over.
 */
function facetQueries(
  indexUid: string,
  query: ProcedureQuery,
  scope?: readonly string[],
): { facet: Facet; search: MultiSearchQuery }[] {
  return FACETS.filter((facet) => chosenOf(query[CHOICE[facet]]).length > 0).map((facet) => ({
    facet,
    search: {
      indexUid,
      q: query.q,
      ...(scope ? { attributesToSearchOn: [...scope] } : {}),
      filter: procedureFilter({ ...query, [CHOICE[facet]]: undefined }),
      facets: [FACET_ATTRIBUTE[facet]],
      matchingStrategy: MATCHING_STRATEGY,
      limit: 0,
    },
  }))
}

/** FAQs of the query's locale that match every word; none for an empty query. */
function faqSearch(indexUid: string, query: ProcedureQuery): MultiSearchQuery {
  return {
    indexUid,
    q: query.q,
    filter: [`locale = ${quote(query.locale)}`],
    attributesToSearchOn: FAQ_SEARCH_ATTRIBUTES,
    matchingStrategy: MATCHING_STRATEGY,
    attributesToRetrieve: [...FAQ_HIT_ATTRIBUTES],
    limit: FAQ_HITS,
  }
}

/**
 * The closest procedures when none matches every word (contract.ts): the query without its
 * generic words, most frequent words dropped first, and only hits that match half of it.
 */
async function closestProcedures(
  client: Searcher,
  indexUid: string,
  query: ProcedureQuery,
  scope?: readonly string[],
): Promise<ProcedureHit[]> {
  const q = closestQuery(query.q)
  if (!q) return []
  const found = await client.search(indexUid, {
    q,
    ...(scope ? { attributesToSearchOn: [...scope] } : {}),
    filter: procedureFilter(query),
    matchingStrategy: CLOSEST_STRATEGY,
    attributesToRetrieve: [...HIT_ATTRIBUTES],
    ...marksOf(query),
    showRankingScoreDetails: true,
    limit: CLOSEST_HITS,
  })
  return (found.hits as Scored<ProcedureHit>[])
    .filter(
      (hit) =>
        isClose(hit._rankingScoreDetails?.words) &&
        (scope !== undefined || isNear(hit._rankingScoreDetails?.proximity, CLOSE_IN_TEXT)),
    )
    .map(({ _rankingScoreDetails, ...hit }) => hit as ProcedureHit)
}

/** A hit with the details of its ranking score (showRankingScoreDetails). */
type Scored<T> = T & {
  _rankingScoreDetails?: {
    words?: { matchingWords?: number; maxMatchingWords?: number }
    proximity?: { score?: number }
  }
}

const noFacets = () => Object.fromEntries(FACETS.map((facet) => [facet, {}])) as Record<Facet, Record<string, number>>

type Round = { ranked: ProcedureHit[]; total: number; facets: Record<Facet, Record<string, number>>; rest: unknown[][] }

/** One multi-search: the ranked page in `scope`, the disjunctive facet counts, then `extra` searches. */
async function round(
  client: Searcher,
  indexUid: string,
  query: ProcedureQuery,
  scope: readonly string[] | undefined,
  extra: MultiSearchQuery[],
): Promise<Round> {
  const main: MultiSearchQuery = { indexUid, ...procedureSearchParams(query, scope) }
  const facetSearches = facetQueries(indexUid, query, scope)
  const results = await client.multiSearch([main, ...facetSearches.map((entry) => entry.search), ...extra])
  const ranked = results[0]
  const facets = Object.fromEntries(
    FACETS.map((facet) => [facet, readFacet(ranked?.facetDistribution, facet)]),
  ) as Record<Facet, Record<string, number>>
  facetSearches.forEach(({ facet }, index) => {
    facets[facet] = readFacet(results[index + 1]?.facetDistribution, facet)
  })
  return {
    ranked: (ranked?.hits ?? []) as ProcedureHit[],
    total: ranked?.totalHits ?? ranked?.estimatedTotalHits ?? 0,
    facets,
    rest: results.slice(1 + facetSearches.length).map((result) => result.hits),
  }
}

/**
 * Where a query is first matched as typed, typos not forgiven (settings.ts, typoTolerance): with
 * marks, the Telex copy of what a procedure is called (documents.ts, tones.ts); without, the
 * folded copies of its name and keywords. "khai bao tam vang" then finds "Khai báo tạm vắng"
 * rather than every "tạm nhập vàng" a typo away.
 */
const asTypedAttributes = (q: string) => (hasMarks(q) ? ['nameTones'] : ['nameFolded', 'keywordsFolded'])

/**
 * One-word terms that stand for several words ("gtgt" for "giá trị gia tăng", "passport" for
 * "hộ chiếu"): a phrase is matched as typed, without synonyms, so a query holding one is never
 * searched as a phrase ("hoàn thuế GTGT" would miss "Hoàn thuế giá trị gia tăng").
 */
const SHORT_FORMS = new Set(
  Object.entries(synonymMap())
    .filter(([key, values]) => !key.includes(' ') && !hasMarks(key) && values.some((value) => value.includes(' ')))
    .map(([key]) => key),
)

/** A query of two words or more as one Meilisearch phrase; none when quoted already or holding a short form. */
function phraseOf(q: string): string | undefined {
  const words = q.toLowerCase().split(/\s+/)
  if (q.includes('"') || words.length < 2 || words.some((word) => SHORT_FORMS.has(word))) return undefined
  return `"${q}"`
}

/**
 * The query as a phrase when the best answer has its words in that order: "đăng ký khai tử" is
 * one procedure's name, while each of its words also stands somewhere in "Liên thông điện tử:
 * đăng ký khai sinh", which then filled the top 3. Only when the words' best match (synonyms,
 * proximity and all) is also the phrase's best match is the phrase searched alone: a phrase
 * knows no synonyms, and "làm CCCD" as typed is a keyword of the wrong procedures. One round trip
 * of two one-hit searches, the same for every page.
 */
async function preferPhrase(
  client: Searcher,
  indexUid: string,
  query: ProcedureQuery,
  scope: readonly string[] | undefined,
): Promise<ProcedureQuery> {
  const phrase = phraseOf(query.q)
  if (!phrase) return query
  const best = (q: string): MultiSearchQuery => ({
    indexUid,
    ...procedureSearchParams({ ...query, q, page: 1, hitsPerPage: 1 }, scope),
    facets: [],
    attributesToRetrieve: ['id'],
  })
  const results = await client.multiSearch([best(query.q), best(phrase)])
  const [words, asPhrase] = results.map((result) => result.hits[0]?.id)
  return words !== undefined && words === asPhrase ? { ...query, q: phrase } : query
}

/** The round that matches a query as typed (asTypedAttributes), as a phrase when that is its best answer. */
async function asTypedRound(client: Searcher, indexUid: string, query: ProcedureQuery, extra: MultiSearchQuery[]) {
  const q = query.q
  const asTyped = hasMarks(q) ? { ...query, q: tones(q) } : query
  const scope = q ? asTypedAttributes(q) : undefined
  return round(client, indexUid, await preferPhrase(client, indexUid, asTyped, scope), scope, extra)
}

/** What a procedure is called, in the words its documents spell (the Telex copy is derived from them). */
const CALLED = ['name', 'keywords', 'lifeEventNames', 'sectorName', 'otherName'] as const

/**
 * No name matches the query as typed: its names, typos forgiven. When the best of them shows the
 * query had a typo (correct.ts), the query as that name spells it is matched as typed instead, so
 * the scattered near-words a typo also reaches are left out; failing that, the forgiving round stands.
 */
async function forgivingTypos(client: Searcher, indexUid: string, query: ProcedureQuery): Promise<Round> {
  const best: MultiSearchQuery = {
    indexUid,
    q: query.q,
    attributesToSearchOn: NAME_ATTRIBUTES,
    filter: procedureFilter(query),
    matchingStrategy: MATCHING_STRATEGY,
    attributesToRetrieve: [...CALLED],
    limit: 1,
  }
  const forgiving = await round(client, indexUid, query, NAME_ATTRIBUTES, [best])
  const hit = forgiving.rest[0]?.[0] as Partial<Record<(typeof CALLED)[number], string | string[] | null>> | undefined
  if (!hit) return forgiving
  const texts = CALLED.flatMap((attribute) => hit[attribute] ?? [])
  const respelled = correctQuery(query.q, texts)
  if (respelled === null) return { ranked: [], total: 0, facets: noFacets(), rest: [] }
  if (!respelled) return forgiving
  const exact = await asTypedRound(client, indexUid, { ...query, q: respelled }, [])
  return exact.total > 0 ? exact : forgiving
}

/**
 * Every text of the procedures, when no name has the query's words: only the procedures whose
 * texts hold them near one another (contract.ts, NEAR_IN_TEXT) among the best TEXT_CANDIDATES,
 * ranked, counted and paged by Meilisearch as any round; `undefined` when none does.
 */
async function nearInTexts(client: Searcher, indexUid: string, query: ProcedureQuery): Promise<Round | undefined> {
  const candidates = await client.search(indexUid, {
    q: query.q,
    filter: procedureFilter(query),
    matchingStrategy: MATCHING_STRATEGY,
    attributesToRetrieve: ['id'],
    showRankingScoreDetails: true,
    limit: TEXT_CANDIDATES,
  })
  const ids = (candidates.hits as Scored<{ id: string }>[])
    .filter((hit) => isNear(hit._rankingScoreDetails?.proximity))
    .map((hit) => hit.id)
  return ids.length > 0 ? round(client, indexUid, { ...query, ids }, undefined, []) : undefined
}

/**
 * Search one procedures index (and, when `faqIndexUid` is given, its FAQs): first by what
 * procedures are called, then, when no name matches every word, in every text (a second round
 * trip), then the closest ones apart (a third; contract.ts says why). Before all that a query
 * is matched as typed, marks and all (tones.ts: "tạm vắng" is not "tâm vàng"), without typos;
 * only when no name matches it so does the folded, typo-tolerant name search run. A query that is a
 * national code looks the code up exactly (same filters) and answers that procedure alone.
 */
export async function searchProcedures(
  client: Searcher,
  indexUid: string,
  query: ProcedureQuery,
  faqIndexUid?: string,
): Promise<ProcedureResults> {
  const typed = query.q.trim()
  const official =
    typed && query.locale === 'vi'
      ? await officialTerms(client, indexUid, typed, procedureFilter(query), asTypedAttributes(typed))
      : typed
  const trimmed = { ...query, q: official }
  const q = trimmed.q
  const faqs: MultiSearchQuery[] = faqIndexUid && q && query.page === 1 ? [faqSearch(faqIndexUid, trimmed)] : []
  const byCode: MultiSearchQuery[] = CODE_QUERY.test(q)
    ? [
        {
          indexUid,
          q: '',
          filter: [...procedureFilter(query), `code = ${quote(q)}`],
          attributesToRetrieve: [...HIT_ATTRIBUTES],
          limit: 1,
        },
      ]
    : []
  const first = await asTypedRound(client, indexUid, trimmed, [...faqs, ...byCode])
  const faqHits = (faqs.length > 0 ? (first.rest[0] ?? []) : []) as FaqHit[]
  const codeHit = byCode.length > 0 ? (first.rest.at(-1)?.[0] as ProcedureHit | undefined) : undefined
  // A national code names one procedure: others whose text merely mentions its digits are noise.
  if (codeHit) {
    const hits = query.page === 1 ? [codeHit] : []
    return {
      hits,
      closest: [],
      faqs: faqHits,
      facets: first.facets,
      total: 1,
      page: query.page,
      hitsPerPage: query.hitsPerPage,
    }
  }
  const named = first.total > 0 || !q ? first : await forgivingTypos(client, indexUid, trimmed)
  // No name has every word: a name that has most of them ("có khách ở qua đêm phải báo công an" ->
  // "Thông báo lưu trú") says more than a long text that has every word somewhere in its steps
  // and documents. Those names are shown as the closest; the long texts are searched only without them.
  const nearName =
    q && named.total === 0 && query.page === 1 ? await closestProcedures(client, indexUid, query, NAME_ATTRIBUTES) : []
  const found =
    named.total > 0 || !q || nearName.length > 0 ? named : ((await nearInTexts(client, indexUid, trimmed)) ?? named)
  const closest =
    nearName.length > 0
      ? nearName
      : q && found.total === 0 && query.page === 1
        ? await closestProcedures(client, indexUid, query)
        : []
  return {
    hits: found.ranked,
    closest,
    faqs: faqHits,
    facets: found.facets,
    total: found.total,
    page: query.page,
    hitsPerPage: query.hitsPerPage,
  }
}
