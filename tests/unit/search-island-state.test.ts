import { describe, expect, it } from 'vitest'
import { type ProcedureHit, procedureFilter, searchProcedures } from '../../search/src/query.ts'
import { highlightParts } from '../../site/src/islands/search/highlight.ts'
import { fetchSearcher, procedureQuery, toResults } from '../../site/src/islands/search/meili.ts'
import {
  emptyState,
  noFilters,
  parseState,
  type SearchState,
  stateQuery,
  toggle,
} from '../../site/src/islands/search/state.ts'

describe('search island: state in the URL', () => {
  it('reads q, repeated filters and the page', () => {
    const state = parseState('?q=khai+sinh&sector=ho-tich&sector=cu-tru&lifeEvent=sinh-con&level=central&page=3')
    expect(state.q).toBe('khai sinh')
    expect(state.filters.sector).toEqual(['ho-tich', 'cu-tru'])
    expect(state.filters.lifeEvents).toEqual(['sinh-con'])
    expect(state.filters.level).toEqual(['central'])
    expect(state.page).toBe(3)
  })

  it('drops malformed values instead of failing', () => {
    const state = parseState('?sector=Bad%20Value&sector=ok&page=-2&agency=a"b')
    expect(state.filters.sector).toEqual(['ok'])
    expect(state.filters.agency).toEqual([])
    expect(state.page).toBe(1)
    expect(parseState('?page=999').page).toBe(1)
  })

  it('writes the same URL back, without defaults', () => {
    const query = '?q=dang+ky&sector=ho-tich&serviceLevel=full&lifeEvent=sinh-con&page=2'
    expect(stateQuery(parseState(query))).toBe(query)
    expect(stateQuery(emptyState())).toBe('')
  })

  it('toggles a filter value and goes back to page 1', () => {
    const start = { q: 'x', filters: noFilters(), page: 4 }
    const on = toggle(start, 'sector', 'ho-tich')
    expect(on.filters.sector).toEqual(['ho-tich'])
    expect(on.page).toBe(1)
    expect(toggle(on, 'sector', 'ho-tich').filters.sector).toEqual([])
  })
})

describe('search island: highlighting', () => {
  it('splits on <mark> and keeps other markup as text', () => {
    expect(highlightParts('Đăng ký <mark>khai</mark> <mark>sinh</mark> <b>x</b>')).toEqual([
      { text: 'Đăng ký ', mark: false },
      { text: 'khai', mark: true },
      { text: ' ', mark: false },
      { text: 'sinh', mark: true },
      { text: ' <b>x</b>', mark: false },
    ])
  })

  it("decodes Pagefind's escaped excerpts to text", () => {
    expect(highlightParts('a &lt;script&gt; &amp; <mark>b</mark>', true)).toEqual([
      { text: 'a <script> & ', mark: false },
      { text: 'b', mark: true },
    ])
  })
})

describe("search island: the portal's search over fetch", () => {
  it('filters by locale and any chosen value per facet; the agency through its tree', () => {
    const filters = { ...noFilters(), sector: ['ho-tich', 'cu-tru'], agency: ['bo-cong-an'] }
    expect(procedureFilter(procedureQuery('en', { q: '', filters, page: 1 }))).toEqual([
      'locale = "en"',
      'sector IN ["ho-tich", "cu-tru"]',
      'agencyTree = "bo-cong-an"',
    ])
  })

  /** The requests the island sends for a state, each answered with nothing found. */
  async function requests(locale: 'vi' | 'en', state: SearchState) {
    const sent: { path: string; body: Record<string, unknown> }[] = []
    const nothing = { hits: [], totalHits: 0, facetDistribution: {} }
    const post = async (path: string, body: unknown) => {
      sent.push({ path, body: body as Record<string, unknown> })
      const queries = (body as { queries?: unknown[] }).queries
      return queries ? { results: queries.map(() => nothing) } : nothing
    }
    const found = await searchProcedures(fetchSearcher(post), 'procedures', procedureQuery(locale, state), 'faqs')
    return { sent, found }
  }

  it('asks for marked names, a page, every word, and disjunctive counts per chosen facet', async () => {
    const state = { q: ' khai sinh ', filters: { ...noFilters(), level: ['central'], agency: ['bo-cong-an'] }, page: 2 }
    const { sent, found } = await requests('vi', state)
    const first = sent.find(
      (request) => request.path === '/multi-search' && (request.body.queries as unknown[]).length > 2,
    )
    const queries = first?.body.queries as Record<string, unknown>[]
    expect(queries[0]).toMatchObject({
      indexUid: 'procedures',
      page: 2,
      matchingStrategy: 'all',
      highlightPreTag: '<mark>',
      attributesToHighlight: ['name'],
    })
    // The agency facet counts what its filter matches: the agency and the units below it.
    expect(queries.slice(1).map((query) => query.facets)).toEqual([['agencyTree'], ['level']])
    expect(found.total).toBe(0)
  })

  it('lists by code without a query, and asks for FAQs on the first page of a text search', async () => {
    const empty = await requests('vi', emptyState())
    expect(empty.sent).toHaveLength(1)
    expect((empty.sent[0]?.body.queries as unknown[] | undefined)?.[0]).toMatchObject({ sort: ['code:asc'] })
    const { sent } = await requests('en', { ...emptyState(), q: 'passport' })
    const faqs = sent.flatMap((request) => (request.body.queries ?? []) as Record<string, unknown>[])
    expect(faqs.find((query) => query.indexUid === 'faqs')).toMatchObject({ q: 'passport', filter: ['locale = "en"'] })
  })

  it('searches the closest procedures without the generic words when nothing matches', async () => {
    const { sent } = await requests('vi', { ...emptyState(), q: 'Cấp giấy phép kinh doanh karaoke' })
    expect(sent.at(-1)).toMatchObject({
      path: '/indexes/procedures/search',
      body: { q: 'kinh doanh karaoke', matchingStrategy: 'frequency', showRankingScoreDetails: true },
    })
  })

  it("reads the portal's results: marked names, totals, facet counts and FAQs", () => {
    const hit = {
      code: '1.001193',
      name: 'Đăng ký khai sinh',
      url: '/thu-tuc/1.001193',
      agencyName: 'Bộ Tư pháp',
      lifeEvents: ['sinh-con'],
      _formatted: { name: '<mark>Đăng ký</mark> khai sinh' },
    } as ProcedureHit
    const found = toResults({
      hits: [hit],
      closest: [],
      faqs: [{ slug: 'khai-sinh-le-phi', question: 'Lệ phí?', url: '/hoi-dap/khai-sinh-le-phi', translated: true }],
      facets: {
        sector: { 'ho-tich': 1 },
        agency: { 'bo-tu-phap': 1 },
        level: { commune: 1 },
        serviceLevel: {},
        lifeEvents: {},
      },
      total: 1,
      page: 1,
      hitsPerPage: 20,
    })
    expect(found.total).toBe(1)
    expect(found.faqs).toEqual([{ slug: 'khai-sinh-le-phi', question: 'Lệ phí?' }])
    expect(found.hits[0]).toMatchObject({
      url: '/thu-tuc/1.001193',
      title: '<mark>Đăng ký</mark> khai sinh',
      agency: 'Bộ Tư pháp',
      lifeEvents: ['sinh-con'],
    })
    expect(found.facets.agency).toEqual({ 'bo-tu-phap': 1 })
  })
})
