/**
 * The search page's state and its URL: `?q=…&sector=a&sector=b&level=central&page=2`.
 * Parameter names and limits are those of GET /api/portal/search (@dvc/search/contract);
 * a facet may repeat here (any of its values).
 */
import {
  FACET_PARAM,
  FACETS,
  type Facet,
  FILTER_VALUE,
  MAX_FILTER_CHARS,
  MAX_PAGE,
  MAX_QUERY_CHARS,
} from '@dvc/search/contract'

export type Filters = Record<Facet, string[]>
export type SearchState = { q: string; filters: Filters; page: number }

export const noFilters = (): Filters => ({ sector: [], agency: [], serviceLevel: [], level: [], lifeEvents: [] })
export const emptyState = (): SearchState => ({ q: '', filters: noFilters(), page: 1 })

/** The state a query string describes; unknown or malformed values are dropped, never an error. */
export function parseState(search: string | URLSearchParams): SearchState {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search
  const filters = noFilters()
  for (const facet of FACETS) {
    const values = params
      .getAll(FACET_PARAM[facet])
      .filter((value) => value.length <= MAX_FILTER_CHARS && FILTER_VALUE.test(value))
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
  for (const facet of FACETS) for (const value of state.filters[facet]) params.append(FACET_PARAM[facet], value)
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
