import { handleEndpoints } from 'payload'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { PARAMETERS } from '../../cms/src/portal/search/params.ts'
import { loadContent } from '../../content/schema.ts'
import type { TestPayload } from '../support/payload.ts'
import { unusedPort } from '../support/search.ts'
import { startSeededSearch } from '../support/search-world.ts'
import { openApiContract } from './helpers/openapi-contract.ts'

let t: TestPayload
let world: Awaited<ReturnType<typeof startSeededSearch>>
let document: Parameters<typeof openApiContract>[0]
let violations: ReturnType<typeof openApiContract>
/** Each test speaks from its own address: the endpoint's rate limit counts per client. */
let address = 0

/** A GET through Payload's REST handler, as the Next route calls it. */
async function request(path: string, headers: Record<string, string> = {}) {
  const response = await handleEndpoints({
    config: t.payload.config,
    request: new Request(`http://localhost:3000${path}`, { headers }),
  })
  return { status: response.status, headers: response.headers, body: await response.json() }
}

beforeAll(async () => {
  world = await startSeededSearch()
  t = world.t
  document = (await request('/api/portal/openapi.json')).body
  violations = openApiContract(document)
})
afterAll(async () => world?.close())

/** GET /api/portal/search; every answer, whatever its status, must keep the published contract. */
async function get(query: string, headers: Record<string, string> = {}, from = `203.0.113.${++address}`) {
  const answer = await request(`/api/portal/search${query}`, { 'x-forwarded-for': from, ...headers })
  expect(violations('get', '/api/portal/search', answer)).toEqual([])
  return answer
}

describe('GET /api/portal/openapi.json', () => {
  it('describes the search endpoint in OpenAPI 3.1: its parameters and every status it answers', async () => {
    const { status, headers } = await request('/api/portal/openapi.json')
    expect(status).toBe(200)
    expect(headers.get('content-type')).toMatch(/^application\/json/)
    expect(document.openapi).toBe('3.1.0')
    const search = document.paths['/api/portal/search']?.get as unknown as {
      parameters: { name: string; in: string }[]
      responses: Record<string, unknown>
    }
    expect(search.parameters.map((parameter) => [parameter.in, parameter.name])).toEqual(
      PARAMETERS.map((name) => ['query', name]),
    )
    expect(Object.keys(search.responses).sort()).toEqual(['200', '400', '429', '503'])
  })

  it('is a contract that can fail: a wrong body, an undocumented status and a missing header are caught', () => {
    const headers = new Headers()
    const check = (status: number, body: unknown) => violations('get', '/api/portal/search', { status, headers, body })
    expect(check(200, { hits: [{ code: '1.001193' }], total: -1 })).not.toEqual([])
    expect(check(400, { error: { code: 'bad_request', message: 'x', details: { parameters: ['q'] } } })).toEqual([
      expect.stringContaining('/error/code'),
    ])
    expect(check(418, {})).toEqual(['GET /api/portal/search: status 418 is not documented'])
    expect(check(429, { error: { code: 'search.rate_limited', message: 'x' } })).toEqual([
      'header Retry-After is missing',
    ])
  })
})

describe('GET /api/portal/search', () => {
  it('answers a code with that procedure first, in Vietnamese by default, cacheable for a minute', async () => {
    const { status, headers, body } = await get('?q=1.001193')
    expect(status).toBe(200)
    expect(headers.get('cache-control')).toBe('public, max-age=60')
    expect(headers.get('access-control-allow-origin')).toBe('*')
    expect(headers.get('content-type')).toMatch(/^application\/json/)
    expect(body.hits[0]).toEqual({
      code: '1.001193',
      name: 'Đăng ký khai sinh',
      sector: 'Hộ tịch',
      agency: 'Bộ Tư pháp',
      level: ['commune'],
      serviceLevel: 'full',
      url: '/thu-tuc/1.001193',
      translated: true,
    })
    expect(body).toMatchObject({ page: 1, pageSize: 20 })
    expect(body.total).toBeGreaterThanOrEqual(1)
  })

  it('answers in English with locale=en, filtered, with the filtered facet still listing the others', async () => {
    const { status, body } = await get('?q=passport&locale=en&sector=xuat-nhap-canh&level=central')
    expect(status).toBe(200)
    expect(body.total).toBe(3)
    expect(body.hits.map((hit: { code: string }) => hit.code).sort()).toEqual(['1.001471', '1.010382', '2.000539'])
    for (const hit of body.hits) {
      expect(hit).toMatchObject({ sector: 'Exit and entry management', level: ['central'], translated: true })
      expect(hit.url).toBe(`/en/procedures/${hit.code}`)
    }
    // The level facet ignores the level chosen: the province and commune procedures named for passports are counted
    // (those whose documents merely mention one are not: names are searched first).
    expect(body.facets.level).toEqual([
      { value: 'central', label: 'Central', count: 3 },
      { value: 'province', label: 'Province', count: 3 },
      { value: 'commune', label: 'Commune', count: 1 },
    ])
    // Only passport procedures are named for passports: the driving-licence ones that ask for one are not counted.
    expect(body.facets.sector).toEqual([{ value: 'xuat-nhap-canh', label: 'Exit and entry management', count: 3 }])
    expect(body.facets.serviceLevel).toEqual([
      { value: 'full', label: 'Fully online', count: 2 },
      { value: 'partial', label: 'Partly online', count: 1 },
    ])
  })

  it('lists everything by code for an empty query, with every facet counted', async () => {
    const { status, body } = await get('?locale=vi')
    expect(status).toBe(200)
    expect(body.total).toBe(57)
    expect(body.hits).toHaveLength(20)
    expect(body.hits[0].code).toBe('1.000466')
    expect(body.facets.sector).toEqual([
      { value: 'dat-dai', label: 'Đất đai', count: 14 },
      { value: 'xuat-nhap-canh', label: 'Quản lý xuất nhập cảnh', count: 10 },
      { value: 'can-cuoc', label: 'Cấp, quản lý căn cước', count: 9 },
      { value: 'cu-tru', label: 'Đăng ký, quản lý cư trú', count: 6 },
      { value: 'ho-tich', label: 'Hộ tịch', count: 4 },
      { value: 'sat-hach-cap-giay-phep-lai-xe', label: 'Sát hạch, cấp giấy phép lái xe', count: 2 },
      { value: 'thanh-lap-va-hoat-dong-doanh-nghiep', label: 'Thành lập và hoạt động của doanh nghiệp', count: 2 },
      { value: 'thuc-hien-chinh-sach-bao-hiem-xa-hoi', label: 'Thực hiện chính sách BHXH', count: 2 },
      { value: 'bao-hiem-y-te', label: 'Bảo hiểm y tế', count: 1 },
      { value: 'cap-so-bhxh-the-bhyt', label: 'Cấp sổ BHXH, thẻ BHYT', count: 1 },
      { value: 'chinh-sach-cong-an-nhan-dan', label: 'Chính sách (Công an nhân dân)', count: 1 },
      { value: 'chung-thuc', label: 'Chứng thực', count: 1 },
      { value: 'hoat-dong-xay-dung', label: 'Hoạt động xây dựng', count: 1 },
      { value: 'ly-lich-tu-phap', label: 'Lý lịch tư pháp', count: 1 },
      { value: 'thu-tuc-hanh-chinh-lien-thong', label: 'Thủ tục hành chính liên thông', count: 1 },
      { value: 'thue', label: 'Thuế', count: 1 },
    ])
    expect(body.facets.serviceLevel).toEqual([
      { value: 'partial', label: 'Một phần', count: 27 },
      { value: 'full', label: 'Toàn trình', count: 27 },
      { value: 'none', label: 'Không trực tuyến', count: 3 },
    ])
    expect(body.facets.lifeEvents).toContainEqual({ value: 'co-con-nho', label: 'Có con nhỏ', count: 6 })
    const second = await get('?locale=vi&page=2')
    expect(second.body.hits).toHaveLength(20)
    expect(second.body.page).toBe(2)
  })

  it('filters by a ministry with the departments below it, and by life event', async () => {
    const ministry = await get('?agency=bo-cong-an&lifeEvent=ra-nuoc-ngoai')
    expect(ministry.status).toBe(200)
    expect(ministry.body.hits.map((hit: { code: string }) => hit.code).sort()).toEqual([
      '1.001456',
      '1.001471',
      '1.010382',
      '1.010384',
    ])
  })

  type Hit = { code: string }
  const codes = (hits: Hit[]) => hits.map((hit) => hit.code)

  it('counts an agency with the units below it, as its filter does, for every agency with sub-units', async () => {
    const content = loadContent()
    const parents = [...new Set(content.agencies.flatMap((agency) => (agency.parent ? [agency.parent] : [])))]
    const slugs = content.agencies.filter((agency) => parents.includes(agency.code)).map((agency) => agency.slug)
    expect(slugs.length).toBeGreaterThan(0)
    for (const q of ['', 'cấp']) {
      const { body } = await get(`?q=${encodeURIComponent(q)}`)
      const counts = new Map<string, number>(
        body.facets.agency.map((facet: { value: string; count: number }) => [facet.value, facet.count]),
      )
      for (const slug of slugs) {
        const filtered = await get(`?q=${encodeURIComponent(q)}&agency=${slug}`)
        expect({ q, slug, count: counts.get(slug) ?? 0 }).toEqual({ q, slug, count: filtered.body.total })
      }
    }
  })

  it('answers only procedures that match every word: "khai sinh" is about birth registration', async () => {
    const { body } = await get('?q=khai+sinh')
    expect(codes(body.hits).slice(0, 2).sort()).toEqual(['1.001193', '3.000722'])
    // Before: 29 of the 40 seeded procedures, whose document lists mention a birth certificate.
    expect(body.total).toBeLessThanOrEqual(4)
    expect(body.closest).toEqual([])
  })

  it('says when nothing matches every word: the closest procedures apart, or none at all', async () => {
    const close = await get(`?q=${encodeURIComponent('cấp hộ chiếu cho karaoke')}`)
    expect(close.body).toMatchObject({ hits: [], total: 0 })
    expect(codes(close.body.closest)).toContain('1.001456')
    const none = await get(`?q=${encodeURIComponent('đăng ký nuôi mèo')}`)
    expect(none.body).toMatchObject({ hits: [], closest: [], total: 0 })
    const english = await get('?q=passport+for+my+dog&locale=en')
    expect(english.body).toMatchObject({ hits: [], total: 0 })
  })

  it('lists the FAQs that match beside the procedures, linked to their own pages', async () => {
    const vi = await get(`?q=${encodeURIComponent('phí khai sinh')}`)
    expect(vi.body.faqs).toContainEqual({
      slug: 'khai-sinh-le-phi',
      question: 'Đăng ký khai sinh có mất phí không, bao lâu thì có giấy khai sinh?',
      url: '/hoi-dap/khai-sinh-le-phi',
      translated: true,
    })
    const en = await get('?q=birth+registration+fee&locale=en')
    expect(en.body.faqs.map((faq: { url: string }) => faq.url)).toContain('/en/faq/khai-sinh-le-phi')
    expect((await get('?q=khai+sinh&page=2')).body.faqs).toEqual([])
  })

  const marriage = loadContent().procedures.some((procedure) => procedure.code === '1.000894')
  it.runIf(marriage)(
    'answers marriage registration first for "đăng ký kết hôn", and for "marriage" in English',
    async () => {
      expect(codes((await get(`?q=${encodeURIComponent('đăng ký kết hôn')}`)).body.hits)[0]).toBe('1.000894')
      expect(codes((await get('?q=marriage&locale=en')).body.hits)[0]).toBe('1.000894')
    },
  )

  const invalidPage = 'search.page_invalid'
  it.each<[string, Record<string, string>, { code: string; message: string; parameters: string[] }]>([
    [
      '?page=0',
      {},
      { code: invalidPage, message: 'Số trang không hợp lệ: dùng một số nguyên từ 1 đến 50.', parameters: ['page'] },
    ],
    [
      '?page=abc',
      { 'accept-language': 'en' },
      { code: invalidPage, message: 'Invalid page number: use a whole number from 1 to 50.', parameters: ['page'] },
    ],
    [
      '?page=0&locale=en',
      {},
      { code: invalidPage, message: 'Invalid page number: use a whole number from 1 to 50.', parameters: ['page'] },
    ],
    [
      '?locale=fr',
      {},
      {
        code: 'search.locale_unknown',
        message: 'Ngôn ngữ không được hỗ trợ: dùng "vi" hoặc "en".',
        parameters: ['locale'],
      },
    ],
    [
      '?locale=fr',
      { 'accept-language': 'en-GB,en;q=0.9' },
      { code: 'search.locale_unknown', message: 'Unsupported language: use "vi" or "en".', parameters: ['locale'] },
    ],
    [
      `?q=${'hộ chiếu '.repeat(30)}&locale=en`,
      {},
      {
        code: 'search.query_too_long',
        message: 'The search text is too long: at most 200 characters.',
        parameters: ['q'],
      },
    ],
    [
      '?sector=Đất%20đai&page=-2',
      {},
      { code: 'search.filter_invalid', message: 'Giá trị lọc "sector" không hợp lệ.', parameters: ['sector', 'page'] },
    ],
  ])('refuses %s (%j) with 400, its own code and the request language', async (query, headers, expected) => {
    const { status, headers: responseHeaders, body } = await get(query, headers)
    expect(status).toBe(400)
    expect(responseHeaders.get('cache-control')).toBe('no-store')
    expect(body).toEqual({
      error: { code: expected.code, message: expected.message, details: { parameters: expected.parameters } },
    })
  })

  it('limits each client: a burst past 20 gets 429 with Retry-After, another client is still served', async () => {
    const from = '198.51.100.77'
    const answers = await Promise.all(Array.from({ length: 30 }, () => get('?page=0', {}, from)))
    const limited = answers.filter((answer) => answer.status === 429)
    expect(limited.length).toBeGreaterThanOrEqual(5)
    expect(answers.filter((answer) => answer.status === 400).length).toBeLessThanOrEqual(25)
    const [first] = limited
    expect(first?.headers.get('retry-after')).toBe('1')
    expect(first?.body).toEqual({
      error: { code: 'search.rate_limited', message: 'Bạn tìm kiếm quá nhanh. Vui lòng thử lại sau 1 giây.' },
    })
    expect((await get('?q=hộ chiếu', {}, '198.51.100.78')).status).toBe(200)
  })

  it('answers 503 in the error shape, and logs why, when Meilisearch is down', async () => {
    const error = vi.spyOn(t.payload.logger, 'error')
    const url = process.env.MEILI_URL
    process.env.MEILI_URL = `http://127.0.0.1:${await unusedPort()}`
    try {
      const { status, headers, body } = await get('?q=hộ chiếu', { 'accept-language': 'en' })
      expect(status).toBe(503)
      expect(headers.get('retry-after')).toBe('30')
      expect(body).toEqual({
        error: {
          code: 'search.unavailable',
          message: 'Search is temporarily unavailable. Please try again in a few minutes.',
          details: { requestId: expect.stringMatching(/^[0-9a-f-]{36}$/) },
        },
      })
      expect(error).toHaveBeenCalledWith(
        expect.objectContaining({ requestId: body.error.details.requestId }),
        'portal search failed',
      )
    } finally {
      process.env.MEILI_URL = url
      error.mockRestore()
    }
  })

  it('never hands out the master key', async () => {
    const { body } = await get('?q=hộ chiếu')
    expect(JSON.stringify(body)).not.toContain(process.env.MEILI_MASTER_KEY as string)
  })
})
