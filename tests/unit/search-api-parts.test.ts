import { describe, expect, it } from 'vitest'
import { t } from '../../cms/src/i18n/t.ts'
import { requestLanguage } from '../../cms/src/portal/http/language.ts'
import { MAX_PAGE, MAX_QUERY_CHARS, parseSearchParams } from '../../cms/src/portal/search/params.ts'
import { CLOSE_IN_TEXT, closestQuery, isNear, NEAR_IN_TEXT } from '../../search/src/contract.ts'
import { searchKeyUid } from '../../search/src/keys.ts'
import { CODE_QUERY, procedureFilter, procedureSearchParams } from '../../search/src/query.ts'

const parse = (query: string) => parseSearchParams(new URLSearchParams(query))

describe('search parameters', () => {
  it('default to an empty Vietnamese query, page 1', () => {
    expect(parse('')).toEqual({ ok: true, params: { q: '', locale: 'vi', page: 1 } })
  })

  it('read every filter, ignore unknown parameters and empty values', () => {
    expect(
      parse(
        'q=hộ chiếu&locale=en&sector=xuat-nhap-canh&agency=bo-cong-an&level=province&serviceLevel=full&lifeEvent=ra-nuoc-ngoai&page=2&x=1&sector=',
      ),
    ).toEqual({
      ok: true,
      params: {
        q: 'hộ chiếu',
        locale: 'en',
        sector: 'xuat-nhap-canh',
        agency: 'bo-cong-an',
        level: 'province',
        serviceLevel: 'full',
        lifeEvent: 'ra-nuoc-ngoai',
        page: 2,
      },
    })
  })

  it.each([
    ['page=0', 'page'],
    ['page=-1', 'page'],
    ['page=abc', 'page'],
    ['page=1.5', 'page'],
    [`page=${MAX_PAGE + 1}`, 'page'],
    ['locale=fr', 'locale'],
    [`q=${'a'.repeat(MAX_QUERY_CHARS + 1)}`, 'q'],
    ['sector=Đất Đai', 'sector'],
    ['level=national', 'level'],
    ['agency="x" OR 1=1', 'agency'],
  ])('refuse %s (parameter %s)', (query, parameter) => {
    const result = parse(query)
    expect(result.ok).toBe(false)
    if (!result.ok) expect(result.problems.map((p) => p.parameter)).toEqual([parameter])
  })

  it('name every bad parameter, in order, each with its error code', () => {
    const result = parse(`page=0&locale=fr&q=${'a'.repeat(MAX_QUERY_CHARS + 1)}`)
    expect(result.ok ? [] : result.problems.map((p) => [p.parameter, p.code])).toEqual([
      ['q', 'search.query_too_long'],
      ['locale', 'search.locale_unknown'],
      ['page', 'search.page_invalid'],
    ])
  })
})

describe('requestLanguage', () => {
  it.each([
    ['en', null, 'en'],
    ['vi', 'en', 'vi'],
    [null, 'en', 'en'],
    [null, 'en-GB,en;q=0.9', 'en'],
    [null, 'fr-FR, en;q=0.5, vi;q=0.8', 'vi'],
    [null, 'fr', 'vi'],
    ['fr', 'en-US', 'en'],
    [null, null, 'vi'],
  ] as const)('locale=%s, Accept-Language %s -> %s', (locale, accept, expected) => {
    expect(requestLanguage(locale, accept)).toBe(expected)
  })

  it('fills placeholders in the chosen language', () => {
    expect(t('en', 'search.page_invalid', { max: 50 })).toBe('Invalid page number: use a whole number from 1 to 50.')
    expect(t('vi', 'search.rate_limited', { seconds: 3 })).toContain('3 giây')
  })
})

describe('procedure queries', () => {
  it('recognise a national code', () => {
    expect(['1.001193', '2.000200'].every((q) => CODE_QUERY.test(q))).toBe(true)
    expect(['1.00119', '1.0011933', 'a1.001193', '1001193'].some((q) => CODE_QUERY.test(q))).toBe(false)
  })

  it('filter by locale always, by each chosen facet, an agency with the units below it', () => {
    expect(
      procedureFilter({ q: '', locale: 'en', sector: 'dat-dai', agency: 'bo-cong-an', page: 1, hitsPerPage: 20 }),
    ).toEqual(['locale = "en"', 'sector = "dat-dai"', 'agencyTree = "bo-cong-an"'])
  })

  it('list by code when there is no text, ask for every facet, and require every word', () => {
    expect(procedureSearchParams({ q: '', locale: 'vi', page: 3, hitsPerPage: 20 })).toMatchObject({
      sort: ['code:asc'],
      // The agency facet counts the agency and the units below it: what its filter matches.
      facets: ['sector', 'agencyTree', 'serviceLevel', 'level', 'lifeEvents'],
      matchingStrategy: 'all',
      page: 3,
      hitsPerPage: 20,
    })
    expect(procedureSearchParams({ q: 'hộ chiếu', locale: 'vi', page: 1, hitsPerPage: 20 }).sort).toBeUndefined()
  })
})

describe('closest query', () => {
  it.each([
    ['đăng ký kết hôn', 'ket hon'],
    ['Cấp giấy phép kinh doanh karaoke', 'kinh doanh karaoke'],
    ['thủ tục đăng ký cấp lại', ''],
    ['apply for a work permit', 'a work permit'],
  ])('"%s" keeps "%s"', (q, closest) => {
    expect(closestQuery(q)).toBe(closest)
  })
})

describe('near in the long texts', () => {
  it('keeps a hit whose words stand near one another, and a one-word query (no proximity rule)', () => {
    expect(isNear({ score: 0.63 })).toBe(true)
    expect(isNear(undefined)).toBe(true)
  })

  it("leaves out words scattered over a procedure's steps; the closest ones may stand a little farther apart", () => {
    expect(isNear({ score: 0.54 })).toBe(false)
    expect(isNear({ score: 0.54 }, CLOSE_IN_TEXT)).toBe(true)
    expect(isNear({ score: 0.32 }, CLOSE_IN_TEXT)).toBe(false)
    expect(CLOSE_IN_TEXT).toBeLessThan(NEAR_IN_TEXT)
  })
})

describe('searchKeyUid', () => {
  it('is a UUID v4, the same for the same indexes in any order, another for others', () => {
    const uid = searchKeyUid(['procedures', 'faqs'])
    expect(uid).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/)
    expect(searchKeyUid(['faqs', 'procedures'])).toBe(uid)
    expect(searchKeyUid(['test_procedures', 'test_faqs'])).not.toBe(uid)
  })
})
