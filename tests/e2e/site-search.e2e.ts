import { expect, type Page, test } from '@playwright/test'

/**
 * The Pagefind index written after the build: procedure and FAQ pages only, one index per
 * language, filters for sector, agency, service level and life event, and a folded copy of
 * titles so that a query typed without diacritics ("dang ky", đ as d) still finds them.
 */
type Result = { url: string; meta: { title: string }; sub_results: { url: string }[] }
/** The part of Pagefind's browser API these tests use (https://pagefind.app/docs/api/). */
type Pagefind = {
  search(
    query: string | null,
    options: { filters: Record<string, string> },
  ): Promise<{
    results: { data(): Promise<Result> }[]
  }>
  filters(): Promise<Record<string, Record<string, number>>>
}
type WithPagefind = Window & { pagefind: Pagefind }

async function pagefind(page: Page, path: string) {
  await page.goto(path)
  // Loaded as the island loads it (an inline <script> would be refused by the page's CSP).
  await page.evaluate(async (url) => {
    const api = await import(url)
    await api.init()
    Object.assign(window, { pagefind: api })
  }, '/pagefind/pagefind.js')
  return {
    search: (query: string | null, filters: Record<string, string> = {}) =>
      page.evaluate(
        async ([query, filters]) => {
          const api = (window as unknown as WithPagefind).pagefind
          const found = await api.search(query, { filters })
          return (await Promise.all(found.results.slice(0, 50).map((result) => result.data()))) as Result[]
        },
        [query, filters] as const,
      ),
    filters: () =>
      page.evaluate(() => (window as unknown as WithPagefind).pagefind.filters()) as Promise<
        Record<string, Record<string, number>>
      >,
  }
}

test.describe('site: the Pagefind index', () => {
  test('finds "Đăng ký khai sinh" typed without diacritics, đ as d', async ({ page }) => {
    const search = await pagefind(page, '/thu-tuc/1.001193')
    for (const query of ['dang ky khai sinh', 'Đăng ký khai sinh']) {
      const urls = (await search.search(query)).map((result) => result.url)
      expect(urls, query).toContain('/thu-tuc/1.001193/')
    }
  })

  test('indexes procedure and FAQ pages only, in the page language', async ({ page }) => {
    const search = await pagefind(page, '/thu-tuc/1.001193')
    for (const query of ['cư trú', 'đất đai', 'hộ chiếu', 'Bộ Công an']) {
      const results = await search.search(query)
      expect(results.length, query).toBeGreaterThan(0)
      for (const result of results) expect(result.url, query).toMatch(/^\/(thu-tuc|hoi-dap\/[a-z0-9-]+\/[a-z0-9-]+)\//)
    }
    const english = await pagefind(page, '/en/procedures/1.001193')
    const urls = (await english.search('birth registration')).map((result) => result.url)
    expect(urls).toContain('/en/procedures/1.001193/')
    for (const url of urls) expect(url).toMatch(/^\/en\//)
  })

  test('finds an FAQ answer and points at its question', async ({ page }) => {
    const search = await pagefind(page, '/thu-tuc/1.001193')
    const results = await search.search('VNeID')
    const faq = results.find((result) => result.url.startsWith('/hoi-dap/'))
    expect(faq).toBeDefined()
    expect(faq?.sub_results.some((sub) => /#faq-[a-z0-9-]+$/.test(sub.url))).toBe(true)
  })

  test('filters by sector, agency, online service level and life event', async ({ page }) => {
    const search = await pagefind(page, '/thu-tuc/1.001193')
    const filters = await search.filters()
    expect(Object.keys(filters).sort()).toEqual(['agency', 'lifeEvent', 'sector', 'serviceLevel'])
    expect(filters.sector).toHaveProperty('Hộ tịch')
    expect(filters.serviceLevel).toHaveProperty('Trực tuyến toàn trình')
    expect(filters.lifeEvent).toHaveProperty('Có con nhỏ')
    const full = await search.search(null, { serviceLevel: 'Trực tuyến toàn trình' })
    expect(full.length).toBeGreaterThan(0)
    for (const result of full) expect(result.url).toMatch(/^\/thu-tuc\//)
    const land = await search.search(null, { sector: 'Đất đai' })
    expect(land.filter((result) => result.url.startsWith('/thu-tuc/'))).toHaveLength(14)
  })
})
