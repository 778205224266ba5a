import { readdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'
import { gzipSync } from 'node:zlib'
import AxeBuilder from '@axe-core/playwright'
import { expect, type Page, test } from '@playwright/test'
import { loadConfig } from '../../scripts/lib/config.ts'

const meiliPort = loadConfig('test').meili.port

/**
 * The search island (issue 5) on /tim-kiem and /en/search: instant results from Meilisearch,
 * facets, state in the URL, the Pagefind fallback, accessibility and the keys it may hold.
 */
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']
const DATA = path.resolve(import.meta.dirname, '..', '..', '.data', 'test')
const SITE_DIR = path.join(DATA, 'site')

const box = (page: Page, name: string | RegExp = 'Tìm thủ tục hành chính') => page.getByRole('searchbox', { name })
const results = (page: Page, name = 'Kết quả') => page.getByRole('region', { name, exact: true })
const status = (page: Page) => page.getByRole('status')

/** Opens a search page and waits for the island to wake up (Astro drops `ssr` once hydrated). */
async function open(page: Page, path: string) {
  await page.goto(path)
  await expect(page.locator('astro-island:not([ssr])')).toHaveCount(1)
}

/** The number the live region announces ("Tìm thấy 12 kết quả…"). */
async function count(page: Page): Promise<number> {
  await expect(status(page)).toHaveText(/\d/)
  // Grouped as the language writes it: "2.680" in Vietnamese, "2,680" in English.
  return Number((await status(page).textContent())?.match(/\d[\d.,]*/)?.[0].replace(/[.,]/g, ''))
}

async function hrefs(page: Page): Promise<string[]> {
  return results(page)
    .getByRole('listitem')
    .getByRole('link')
    .evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''))
}

/** Blocks every request to the test profile's Meilisearch (port 7701 unless moved). */
async function blockMeilisearch(page: Page) {
  await page.route(
    (url) => url.port === String(meiliPort) || url.pathname.endsWith('/multi-search'),
    (route) => route.abort(),
  )
}

test.describe('search island', () => {
  test('typing "dang ky khai sinh" finds birth registration (1.001193) and puts q in the URL', async ({ page }) => {
    await open(page, '/tim-kiem')
    await box(page).fill('dang ky khai sinh')
    await expect(
      results(page)
        .getByRole('link', { name: /khai sinh/i })
        .first(),
    ).toBeVisible()
    await expect(results(page).locator('a[href="/thu-tuc/1.001193"]')).toBeVisible()
    await expect(results(page).locator('mark').first()).toBeVisible()
    await expect(page).toHaveURL(/\?q=dang\+ky\+khai\+sinh$/)
    await expect(status(page)).toContainText('dang ky khai sinh')
    await expect(page.getByText(/Chế độ ngoại tuyến/)).toHaveCount(0)
  })

  test('"CCCD" finds an identity card procedure', async ({ page }) => {
    await open(page, '/tim-kiem')
    await box(page).fill('CCCD')
    await expect(
      results(page)
        .getByRole('link', { name: /căn cước/i })
        .first(),
    ).toBeVisible()
  })

  test('the state comes from the URL on load', async ({ page }) => {
    await open(page, '/tim-kiem?q=khai+sinh')
    await expect(box(page)).toHaveValue('khai sinh')
    await expect(results(page).locator('a[href="/thu-tuc/1.001193"]')).toBeVisible()
  })

  test('a facet narrows the results, goes into the URL, is shareable, and back undoes it', async ({
    page,
    context,
  }) => {
    await open(page, '/tim-kiem')
    await box(page).fill('dang ky')
    await expect(page).toHaveURL(/q=dang\+ky/)
    const before = await count(page)
    const beforeHrefs = await hrefs(page)
    const facet = page.getByRole('group', { name: 'Lĩnh vực' }).getByRole('checkbox', { name: /^Hộ tịch/ })
    await facet.check()
    await expect(page).toHaveURL(/sector=ho-tich/)
    await expect.poll(() => count(page)).toBeLessThan(before)
    const after = await count(page)
    const afterHrefs = await hrefs(page)
    expect(afterHrefs.length).toBeGreaterThan(0)

    const shared = await context.newPage()
    await open(shared, page.url())
    await expect(shared.getByRole('checkbox', { name: /^Hộ tịch/ })).toBeChecked()
    await expect.poll(() => count(shared)).toBe(after)
    await expect.poll(() => hrefs(shared)).toEqual(afterHrefs)
    await shared.close()

    await page.goBack()
    await expect(page).not.toHaveURL(/sector=/)
    await expect(page).toHaveURL(/q=dang\+ky/)
    await expect(facet).not.toBeChecked()
    await expect.poll(() => count(page)).toBe(before)
    await expect.poll(() => hrefs(page)).toEqual(beforeHrefs)
  })

  test('no results with a filter suggests removing it', async ({ page }) => {
    await page.goto('/tim-kiem?q=khai+sinh&level=central&sector=dat-dai')
    await expect(status(page)).toContainText('0')
    const remove = page.getByRole('button', { name: /Bỏ bộ lọc: Đất đai/ })
    await expect(remove).toBeVisible()
    await remove.click()
    await expect(page).not.toHaveURL(/sector=/)
  })

  test('the English page finds "passport"', async ({ page }) => {
    await open(page, '/en/search')
    await box(page, 'Search for a procedure').fill('passport')
    const link = results(page, 'Results')
      .getByRole('link', { name: /passport/i })
      .first()
    await expect(link).toBeVisible()
    await expect(link).toHaveAttribute('href', /^\/en\/procedures\//)
    await expect(status(page)).toContainText(/results? for “passport”/)
  })

  test('without Meilisearch the Pagefind index answers and the page says it is offline', async ({ page }) => {
    await blockMeilisearch(page)
    await open(page, '/tim-kiem')
    await box(page).fill('dang ky khai sinh')
    await expect(page.getByText(/Chế độ ngoại tuyến/)).toBeVisible()
    await expect(results(page).locator('a[href^="/thu-tuc/1.001193"]')).toBeVisible()
    const facet = page.getByRole('checkbox', { name: /^Hộ tịch/ })
    await facet.check()
    await expect(page).toHaveURL(/sector=ho-tich/)
    await expect(results(page).locator('a[href^="/thu-tuc/1.001193"]')).toBeVisible()

    const english = await page.context().newPage()
    await blockMeilisearch(english)
    await open(english, '/en/search?q=passport')
    await expect(english.getByText(/Offline mode/)).toBeVisible()
    await expect(results(english, 'Results').locator('a[href^="/en/"]').first()).toBeVisible()
    await english.close()
  })

  for (const [path, name] of [
    ['/tim-kiem?q=khai+sinh', 'Kết quả'],
    ['/en/search?q=passport', 'Results'],
  ] as const) {
    test(`${path} with results has no WCAG 2.2 AA violation`, async ({ page }) => {
      await open(page, path)
      await expect(results(page, name).getByRole('listitem').first()).toBeVisible()
      const found = await new AxeBuilder({ page }).withTags(TAGS).analyze()
      const summary = found.violations.map((violation) => ({
        id: violation.id,
        nodes: violation.nodes.slice(0, 3).map((node) => node.target.join(' ')),
      }))
      expect(summary).toEqual([])
    })
  }

  test('keyboard only: Tab to the box, type, Tab to a filter, Space toggles it', async ({ page }) => {
    await open(page, '/tim-kiem')
    const searchbox = box(page)
    await expect(searchbox).toBeEditable()
    for (let i = 0; i < 40 && !(await searchbox.evaluate((element) => element === document.activeElement)); i++) {
      await page.keyboard.press('Tab')
    }
    await expect(searchbox).toBeFocused()
    await page.keyboard.type('khai sinh')
    await expect(status(page)).toContainText('khai sinh')
    await expect(results(page).locator('a[href="/thu-tuc/1.001193"]')).toBeVisible()
    const isCheckbox = () =>
      page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.type === 'checkbox')
    for (let i = 0; i < 10 && !(await isCheckbox()); i++) await page.keyboard.press('Tab')
    expect(await isCheckbox()).toBe(true)
    const focused = page.locator('input[type="checkbox"]:focus')
    const param = await focused.getAttribute('name')
    await page.keyboard.press('Space')
    await expect(focused).toBeChecked()
    await expect(page).toHaveURL(new RegExp(`[?&]${param === 'lifeEvents' ? 'lifeEvent' : param}=`))
    await page.keyboard.press('Space')
    await expect(page.locator('input[type="checkbox"]:checked')).toHaveCount(0)
  })

  test('the built site holds no Meilisearch master key; the island stays small', () => {
    const secrets = JSON.parse(readFileSync(path.join(DATA, 'secrets.json'), 'utf8')) as { meiliMasterKey: string }
    expect(secrets.meiliMasterKey.length).toBeGreaterThanOrEqual(16)
    const walk = (dir: string): string[] =>
      readdirSync(dir).flatMap((name) => {
        const file = path.join(dir, name)
        return statSync(file).isDirectory() ? walk(file) : [file]
      })
    const files = walk(SITE_DIR)
    expect(files.length).toBeGreaterThan(100)
    for (const file of files) {
      expect(readFileSync(file).includes(secrets.meiliMasterKey), path.relative(SITE_DIR, file)).toBe(false)
    }
    // The page's own scripts (island, React, renderer), gzipped.
    const html = readFileSync(path.join(SITE_DIR, 'tim-kiem', 'index.html'), 'utf8')
    expect(html).toContain('astro-island')
    const scripts = new Set<string>()
    const add = (src: string) => {
      const file = path.join(SITE_DIR, src)
      if (scripts.has(file)) return
      scripts.add(file)
      for (const [, next] of readFileSync(file, 'utf8').matchAll(/from\s*"\.\/([^"]+\.js)"/g)) add(`_astro/${next}`)
    }
    for (const [, src] of html.matchAll(/(?:component-url|renderer-url)="\/([^"]+)"/g)) add(src ?? '')
    const bytes = [...scripts].reduce((sum, file) => sum + gzipSync(readFileSync(file), { level: 9 }).length, 0)
    test
      .info()
      .annotations.push({ type: 'search page script, gzipped', description: `${(bytes / 1024).toFixed(1)} KB` })
    expect(bytes).toBeLessThan(80 * 1024)
  })
})

test.describe('search page without JavaScript', () => {
  test.use({ javaScriptEnabled: false })

  test('the plain GET form stays, and the page says search needs JavaScript and where to go instead', async ({
    page,
  }) => {
    await page.goto('/tim-kiem')
    await expect(page.getByText(/Tìm kiếm cần JavaScript/)).toBeVisible()
    await expect(page.getByRole('link', { name: 'Thủ tục theo lĩnh vực' })).toHaveAttribute('href', '/linh-vuc')
    await box(page).fill('khai sinh')
    await box(page).press('Enter')
    await expect(page).toHaveURL(/\/tim-kiem\/?\?q=khai\+sinh$/)
    await page.goto('/en/search')
    await expect(page.getByText(/Search needs JavaScript/)).toBeVisible()
  })
})
