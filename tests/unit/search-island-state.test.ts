import { describe, expect, it } from 'vitest'

import { highlightParts } from '../../site/src/islands/search/highlight.ts'
import {
  closestBody,
  meiliFilter,
  multiSearchBody,
  readClosest,
  readMultiSearch,
} from '../../site/src/islands/search/meili.ts'
import { emptyState, noFilters, parseState, stateQuery, toggle } from '../../site/src/islands/search/state.ts'

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

describe('search island: Meilisearch requests', () => {
  it('filters by locale and any chosen value per facet; the agency through its tree', () => {
    const filters = { ...noFilters(), sector: ['ho-tich', 'cu-tru'], agency: ['bo-cong-an'] }
    expect(meiliFilter('en', filters)).toEqual([
      'locale = "en"',
      'sector IN ["ho-tich", "cu-tru"]',
      'agencyTree IN ["bo-cong-an"]',
    ])
    expect(meiliFilter('vi', filters, 'sector')).toEqual(['locale = "vi"', 'agencyTree IN ["bo-cong-an"]'])
  })

  const indexes = { index: 'procedures', faqIndex: 'faqs' }

  it('asks for highlights, a page, every word, and disjunctive counts per chosen facet', () => {
    const state = { q: ' khai sinh ', filters: { ...noFilters(), level: ['central'], agency: ['bo-cong-an'] }, page: 2 }
    const { chosen, body } = multiSearchBody(indexes, 'vi', state)
    expect(chosen).toEqual(['agency', 'level'])
    // Page 2: no FAQs (they are shown beside the first page only).
    expect(body.queries).toHaveLength(3)
    expect(body.queries[0]).toMatchObject({
      indexUid: 'procedures',
      q: 'khai sinh',
      page: 2,
      matchingStrategy: 'all',
      highlightPreTag: '<mark>',
      attributesToHighlight: ['name'],
    })
    // The agency facet counts what its filter matches: the agency and the units below it.
    expect(body.queries[1]).toMatchObject({ facets: ['agencyTree'], limit: 0, matchingStrategy: 'all' })
    expect(body.queries[2]).toMatchObject({ facets: ['level'], limit: 0 })
    expect(multiSearchBody(indexes, 'vi', emptyState()).body.queries).toHaveLength(1)
    expect(multiSearchBody(indexes, 'vi', emptyState()).body.queries[0]).toMatchObject({ sort: ['code:asc'] })
  })

  it('asks for FAQs on the first page of a text search', () => {
    const { body } = multiSearchBody(indexes, 'en', { ...emptyState(), q: 'passport' })
    expect(body.queries.at(-1)).toEqual({
      indexUid: 'faqs',
      q: 'passport',
      filter: ['locale = "en"'],
      matchingStrategy: 'all',
      attributesToRetrieve: ['slug', 'question'],
      limit: 5,
    })
  })

  it('searches the closest procedures without the generic words, or not at all', () => {
    const state = { ...emptyState(), q: 'Cấp giấy phép kinh doanh karaoke' }
    expect(closestBody('procedures', 'vi', state)).toMatchObject({
      q: 'kinh doanh karaoke',
      matchingStrategy: 'frequency',
      showRankingScoreDetails: true,
    })
    expect(closestBody('procedures', 'vi', { ...state, q: 'thủ tục đăng ký cấp lại' })).toBeNull()
    const hit = (code: string, matchingWords: number) => ({
      code,
      name: code,
      url: `/thu-tuc/${code}`,
      _rankingScoreDetails: { words: { matchingWords, maxMatchingWords: 3 } },
    })
    expect(
      readClosest({ hits: [hit('1.000001', 3), hit('1.000002', 2), hit('1.000003', 1)] }).map((h) => h.code),
    ).toEqual(['1.000001', '1.000002'])
  })

  it('reads hits, totals and facet counts', () => {
    const found = readMultiSearch(['level'], {
      results: [
        {
          hits: [
            {
              code: '1.001193',
              name: 'Đăng ký khai sinh',
              url: '/thu-tuc/1.001193',
              _formatted: { name: '<mark>Đăng ký</mark> khai sinh' },
            },
          ],
          totalHits: 1,
          facetDistribution: { sector: { 'ho-tich': 1 }, level: { commune: 1 }, agencyTree: { 'bo-tu-phap': 1 } },
        },
        { facetDistribution: { level: { commune: 1, central: 3 } } },
        { hits: [{ slug: 'khai-sinh-le-phi', question: 'Lệ phí?' }] as never },
      ],
    })
    expect(found.total).toBe(1)
    expect(found.facets.agency).toEqual({ 'bo-tu-phap': 1 })
    expect(found.faqs).toEqual([{ slug: 'khai-sinh-le-phi', question: 'Lệ phí?' }])
    expect(found.hits[0]).toMatchObject({ url: '/thu-tuc/1.001193', title: '<mark>Đăng ký</mark> khai sinh' })
    expect(found.facets.sector).toEqual({ 'ho-tich': 1 })
    expect(found.facets.level).toEqual({ commune: 1, central: 3 })
  })
})
