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
