import AxeBuilder from '@axe-core/playwright'
import { expect, type Page, test } from '@playwright/test'

/**
 * The search page on a phone and its helpers (issues 10 and 14): the first result within one
 * screen, filters folded behind a button, a skip link to the results, the language switch
 * keeping query and filters, life events and FAQs beside the results, a helpful empty state,
 * and no layout shift as results arrive.
 */
const PHONE = { width: 390, height: 844 }
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']

const results = (page: Page, name = 'Kết quả') => page.getByRole('region', { name, exact: true })
const firstHit = (page: Page) => results(page).locator('.search-hits > li > a').first()

async function open(page: Page, path: string) {
  await page.goto(path)
  await expect(page.locator('astro-island:not([ssr])')).toHaveCount(1)
}

test.describe('search on a phone (390 px)', () => {
  test.use({ viewport: PHONE })

  test('the first result is within the first screen; the filters wait behind a button', async ({ page }) => {
    await open(page, '/tim-kiem?q=khai+sinh')
    await expect(firstHit(page)).toHaveAttribute('href', '/thu-tuc/1.001193')
    const box = await firstHit(page).boundingBox()
    expect(box).not.toBeNull()
    expect((box?.y ?? Number.POSITIVE_INFINITY) + (box?.height ?? 0)).toBeLessThanOrEqual(PHONE.height)
    const toggle = page.getByRole('button', { name: /Hiện bộ lọc/ })
    await expect(toggle).toHaveAttribute('aria-expanded', 'false')
    await expect(page.getByRole('checkbox').first()).toBeHidden()
    await toggle.click()
    await expect(page.getByRole('button', { name: /Ẩn bộ lọc/ })).toHaveAttribute('aria-expanded', 'true')
    await expect(page.getByRole('group', { name: 'Lĩnh vực' }).getByRole('checkbox').first()).toBeVisible()
    const found = await new AxeBuilder({ page }).withTags(TAGS).analyze()
    expect(found.violations.map((violation) => violation.id)).toEqual([])
  })

  test('results arrive without shifting the layout', async ({ page }) => {
    await page.addInitScript(() => {
      const shifts: number[] = []
      ;(window as unknown as { shifts: number[] }).shifts = shifts
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
          if (!entry.hadRecentInput) shifts.push(entry.value)
        }
      }).observe({ type: 'layout-shift', buffered: true })
    })
    await open(page, '/tim-kiem?q=khai+sinh')
    await expect(firstHit(page)).toBeVisible()
    // Layout shifts are reported after the frame that made them: wait for two more frames.
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))))
    const cls = await page.evaluate(() => (window as unknown as { shifts: number[] }).shifts.reduce((a, b) => a + b, 0))
    test.info().annotations.push({ type: 'CLS at 390 px', description: cls.toFixed(4) })
    expect(cls).toBeLessThan(0.02)
  })
})

test.describe('search page helpers', () => {
  test('a skip link goes from the search box to the results', async ({ page }) => {
    await open(page, '/tim-kiem?q=khai+sinh')
    await expect(firstHit(page)).toBeVisible()
    await page.getByRole('searchbox').focus()
    await page.keyboard.press('Tab') // the submit button
    await page.keyboard.press('Tab')
    const skip = page.getByRole('link', { name: 'Bỏ qua bộ lọc, đến kết quả' })
    await expect(skip).toBeFocused()
    await expect(skip).toBeVisible()
    await page.keyboard.press('Enter')
    await expect(page).toHaveURL(/#search-results$/)
    let reached = false
    for (let i = 0; i < 4 && !reached; i++) {
      await page.keyboard.press('Tab')
      reached = await firstHit(page).evaluate((link) => link === document.activeElement)
    }
    expect(reached).toBe(true)
  })

  test('the language switch keeps the query and the filters', async ({ page }) => {
    await open(page, '/tim-kiem?q=khai+sinh&sector=ho-tich')
    await expect(firstHit(page)).toBeVisible()
    const english = page.getByRole('navigation', { name: /ngôn ngữ|language/i }).getByRole('link')
    await expect(english).toHaveAttribute('href', '/en/search?q=khai+sinh&sector=ho-tich')
    await english.click()
    await expect(page).toHaveURL(/\/en\/search\/?\?q=khai\+sinh&sector=ho-tich$/)
    await expect(page.getByRole('searchbox')).toHaveValue('khai sinh')
  })

  test('"tôi vừa sinh con" suggests the life event "Có con nhỏ"', async ({ page }) => {
    await open(page, `/tim-kiem?q=${encodeURIComponent('tôi vừa sinh con')}`)
    const suggestion = page.getByRole('complementary', { name: 'Có thể bạn đang ở sự kiện này' }).getByRole('link', {
      name: 'Có con nhỏ',
    })
    await expect(suggestion).toHaveAttribute('href', '/su-kien/co-con-nho')
  })

  test('FAQs that match are listed beside the procedures, each linked to its own page', async ({ page }) => {
    await open(page, '/en/search?q=birth+registration+fee')
    const faqs = page.getByRole('region', { name: 'Related questions' })
    await expect(faqs.getByRole('link').first()).toHaveAttribute('href', /^\/en\/faq\/[a-z0-9-]+$/)
  })

  test('no exact match shows the closest procedures apart; no procedure at all says so and offers a way on', async ({
    page,
  }) => {
    await open(page, `/tim-kiem?q=${encodeURIComponent('cấp hộ chiếu cho karaoke')}`)
    await expect(page.getByText('Không có thủ tục nào khớp đủ mọi từ bạn gõ. Những thủ tục gần nhất:')).toBeVisible()
    await expect(results(page).locator('a[href="/thu-tuc/1.001456"]')).toBeVisible()

    await open(page, `/tim-kiem?q=${encodeURIComponent('đăng ký nuôi mèo')}`)
    await expect(page.getByText('Không có thủ tục nào về “đăng ký nuôi mèo”.')).toBeVisible()
    await expect(results(page).locator('.search-hits')).toHaveCount(0)
    await expect(page.getByRole('link', { name: 'Thủ tục theo sự kiện trong đời' })).toHaveAttribute('href', '/su-kien')
  })
})
