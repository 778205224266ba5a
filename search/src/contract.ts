/**
 * The search contract shared by the server (GET /api/portal/search, the indexer) and the
 * browser (the search island, the Pagefind hints): how text is folded, which facets exist and
 * what a request may ask for. Browser-safe on purpose: no Node module, no Meilisearch client,
 * so the island's bundle stays small. Import it as `@dvc/search/contract`.
 */

/**
 * Vietnamese text without its marks: "Đăng ký" -> "dang ky". Documents carry a folded copy
 * of their name and keywords so a query typed without diacritics (phones, foreign keyboards)
 * matches reliably, and the Pagefind fallback reads the same text: Pagefind strips marks but
 * keeps đ (STACK-NOTES, Search), so the page and the query are both folded here.
 */
export function fold(text: string): string {
  return (
    text
      // NFD splits a letter from its tone and vowel marks (Unicode category M); đ has no decomposition.
      .normalize('NFD')
      .replace(/\p{M}/gu, '')
      .replace(/đ/g, 'd')
      .replace(/Đ/g, 'D')
      .toLowerCase()
      .replace(/\s+/g, ' ')
      .trim()
  )
}

/** A folded copy of a list, without the entries that were already plain ASCII (they add nothing). */
export function foldAll(texts: readonly string[]): string[] {
  const folded = texts.map(fold).filter((text, index) => text !== texts[index]?.toLowerCase().trim())
  return [...new Set(folded)]
}

/** Facets of the procedures index, in the order the search page shows them. */
export const FACETS = ['sector', 'agency', 'serviceLevel', 'level', 'lifeEvents'] as const
export type Facet = (typeof FACETS)[number]

/** The request parameter that chooses a value of each facet (the attribute `lifeEvents` is `lifeEvent`). */
export const FACET_PARAM = {
  sector: 'sector',
  agency: 'agency',
  serviceLevel: 'serviceLevel',
  level: 'level',
  lifeEvents: 'lifeEvent',
} as const satisfies Record<Facet, string>

/**
 * The attribute each facet counts and filters on. `agency` counts `agencyTree` (an agency and
 * every agency above it), the attribute its filter matches, so "Bộ Công an (13)" gives 13
 * results when ticked; counting the direct `agency` said 9 while the filter gave 13 (issue 14).
 */
export const FACET_ATTRIBUTE = {
  sector: 'sector',
  agency: 'agencyTree',
  serviceLevel: 'serviceLevel',
  level: 'level',
  lifeEvents: 'lifeEvents',
} as const satisfies Record<Facet, string>

/** A facet value in a request: a slug (or a vocabulary value, which is slug-shaped too). */
export const FILTER_VALUE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/
export const MAX_FILTER_CHARS = 100

/** Meilisearch keeps a query's first 10 words; 200 characters is far more than any real query. */
export const MAX_QUERY_CHARS = 200
export const HITS_PER_PAGE = 20
/** Meilisearch's maxTotalHits (1000, settings.ts) / HITS_PER_PAGE: pages past it are always empty. */
export const MAX_PAGE = 50

/** Page links to show: the first, the last and two either side of the current one; `null` marks a gap. */
export function pageWindow(page: number, pages: number): (number | null)[] {
  const shown = new Set([1, pages, page - 2, page - 1, page, page + 1, page + 2].filter((n) => n >= 1 && n <= pages))
  const sorted = [...shown].sort((a, b) => a - b)
  return sorted.flatMap((n, index) => (index > 0 && n - (sorted[index - 1] ?? n) > 1 ? [null, n] : [n]))
}

/**
 * Precision (issue 10, item 4). Meilisearch's default `matchingStrategy: 'last'` drops query
 * words from the end until something matches, so "đăng ký kết hôn" fell back to every
 * procedure sharing "đăng ký"; `frequency` drops the most frequent words first but still
 * lists a procedure that misses a rare word. A result must contain every word of the query
 * (`all`; typos, folded spellings and synonyms still count, filler words are stop words in
 * settings.ts). When nothing does, a second search for the closest procedures runs without the
 * generic words below and is shown apart, under "no exact match, closest:", never as results.
 */
export const MATCHING_STRATEGY = 'all'

/**
 * Where a procedure is first looked for: what it is called (name, keywords, life events,
 * sector, the other language's name), not what its steps and documents mention. "khai sinh"
 * found 29 of the 40 seeded procedures because their document lists name a birth certificate
 * (issue 10); the long texts are searched only when no name matches every word, and the FAQs
 * by their questions.
 */
export const NAME_ATTRIBUTES = [
  'name',
  'nameFolded',
  'keywords',
  'keywordsFolded',
  'code',
  'lifeEventNames',
  'sectorName',
  'otherName',
]
export const FAQ_SEARCH_ATTRIBUTES = ['question', 'questionFolded']
export const CLOSEST_STRATEGY = 'frequency'
/** Closest procedures shown when nothing matches every word. */
export const CLOSEST_HITS = 5
/** FAQs shown beside the procedures. */
export const FAQ_HITS = 5

/**
 * Words nearly every procedure name carries ("đăng ký", "cấp", "thủ tục"...): sharing only
 * these says nothing, so the closest search leaves them out. Folded: the query is folded first.
 */
const GENERIC_PHRASES = [
  'dang ky',
  'thu tuc',
  'giay to',
  'giay phep',
  'giay chung nhan',
  'ho so',
  'cap lai',
  'cap doi',
  'cap',
  'lam',
  'xin',
  'nop',
  'register',
  'registration',
  'apply for',
  'apply',
  'application',
  'procedure',
  'certificate',
  'issue',
  'get',
  'new',
]
const GENERIC = new RegExp(`(?:^|\\s)(?:${GENERIC_PHRASES.join('|')})(?=\\s|$)`, 'g')

/** The query for the closest search: folded, without generic words; empty when nothing meaningful is left. */
export function closestQuery(q: string): string {
  let text = ` ${fold(q).replace(/[^\p{L}\p{N}\s.]/gu, ' ')} `
  // Twice: adjacent generic words share the space between them.
  for (let i = 0; i < 2; i++) text = text.replace(GENERIC, ' ')
  return text.replace(/\s+/g, ' ').trim()
}

/**
 * A procedure found only in its long texts (steps, documents, agency) counts when the query's
 * words stand near one another there: Meilisearch's proximity rule scores at least this much.
 * Every word of "muốn ra nước ngoài du lịch" or "hộ chiếu cho thú cưng" stands somewhere in the
 * steps of many national procedures (proximity 0.15 to 0.54 on the relevance set), while
 * "khôi phục hộ chiếu bị mất" finds the passport's own steps together (0.63).
 */
export const NEAR_IN_TEXT = 0.6
/**
 * The same for the closest procedures over the long texts, shown apart as "no exact match,
 * closest:": looser, as they need not hold every word ("cấp hộ chiếu cho karaoke" finds the
 * passport at 0.57), still leaving out texts that hold the words in scattered places (0.05 to
 * 0.32 for "thuê trọ ở thành phố phải đăng ký gì").
 */
export const CLOSE_IN_TEXT = 0.5
/** Long texts searched for the words near one another (NEAR_IN_TEXT): the best this many by rank. */
export const TEXT_CANDIDATES = 100

/** Whether a hit's proximity (ranking details; none for a one-word query) reaches `least`. */
export function isNear(proximity: { score?: number } | undefined, least = NEAR_IN_TEXT): boolean {
  return proximity === undefined || (proximity.score ?? 0) >= least
}

/**
 * A closest hit must match more than half the words of the closest query (Meilisearch's
 * ranking details, rule `words`): one word of two in common ("nuôi mèo" and an adoption) is not "close".
 */
export function isClose(details: { matchingWords?: number; maxMatchingWords?: number } | undefined): boolean {
  const matching = details?.matchingWords ?? 0
  const max = details?.maxMatchingWords ?? 0
  return max > 0 && matching * 2 > max
}
