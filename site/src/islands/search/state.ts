/**
 * The search page's state and its URL: `?q=…&sector=a&sector=b&level=central&page=2`.
 * Parameter names are those of GET /api/portal/search; a facet may repeat (any of its values).
 */
export const FACETS = ['sector', 'agency', 'serviceLevel', 'level', 'lifeEvents'] as const
export type Facet = (typeof FACETS)[number]

/** The URL parameter of each facet (the index's attribute `lifeEvents` is `lifeEvent` in URLs). */
export const PARAM: Record<Facet, string> = {
  sector: 'sector',
  agency: 'agency',
  serviceLevel: 'serviceLevel',
  level: 'level',
  lifeEvents: 'lifeEvent',
}

export type Filters = Record<Facet, string[]>
export type SearchState = { q: string; filters: Filters; page: number }

export const MAX_QUERY_CHARS = 200
export const MAX_PAGE = 50

export const noFilters = (): Filters => ({ sector: [], agency: [], serviceLevel: [], level: [], lifeEvents: [] })
export const emptyState = (): SearchState => ({ q: '', filters: noFilters(), page: 1 })

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

/** The state a query string describes; unknown or malformed values are dropped, never an error. */
export function parseState(search: string | URLSearchParams): SearchState {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search
  const filters = noFilters()
  for (const facet of FACETS) {
    const values = params.getAll(PARAM[facet]).filter((value) => value.length <= 100 && SLUG.test(value))
    filters[facet] = [...new Set(values)]
  }
  const page = Number(params.get('page') ?? '1')
  return {
    q: (params.get('q') ?? '').slice(0, MAX_QUERY_CHARS),
    filters,
    page: Number.isInteger(page) && page >= 1 && page <= MAX_PAGE ? page : 1,
  }
}

/** The query string of a state (`?` included, empty for the bare page); defaults are left out. */
export function stateQuery(state: SearchState): string {
  const params = new URLSearchParams()
  if (state.q.trim()) params.set('q', state.q)
  for (const facet of FACETS) for (const value of state.filters[facet]) params.append(PARAM[facet], value)
  if (state.page > 1) params.set('page', String(state.page))
  const text = params.toString()
  return text ? `?${text}` : ''
}

export const hasFilters = (filters: Filters) => FACETS.some((facet) => filters[facet].length > 0)

/** The filters with `value` of `facet` added or removed; the page goes back to 1. */
export function toggle(state: SearchState, facet: Facet, value: string): SearchState {
  const chosen = state.filters[facet]
  const next = chosen.includes(value) ? chosen.filter((entry) => entry !== value) : [...chosen, value]
  return { ...state, filters: { ...state.filters, [facet]: next }, page: 1 }
}

/** Vietnamese text without marks, đ as d: the Pagefind index holds a folded copy (STACK-NOTES, Search). */
export function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim()
}
