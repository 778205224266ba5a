import AxeBuilder from '@axe-core/playwright'
import { expect, type Page, test } from '@playwright/test'
import { PAGE_TYPES, sitemapPaths } from './site-sitemap.ts'

/**
 * WCAG 2.2 AA over every page type in both languages, driven by the sitemap (STYLE 14),
 * plus what axe cannot see: reflow at 320 px, text at 200 %, the focus ring, the skip link.
 * No rule is switched off.
 */
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']

async function axe(page: Page, path: string) {
  await page.goto(path)
  const results = await new AxeBuilder({ page }).withTags(TAGS).analyze()
  const summary = results.violations.map((violation) => ({
    id: violation.id,
    nodes: violation.nodes.slice(0, 3).map((node) => node.target.join(' ')),
  }))
  expect(summary, path).toEqual([])
}

test.describe('site: accessibility', () => {
  test('every page type in both languages has no WCAG 2.2 AA violation', async ({ page, request }) => {
    // 26 axe runs; on a shared 2-core machine one took 10-23 s (load average 22), so 180 s ran out.
    test.setTimeout(600_000)
    const paths = await sitemapPaths(request)
    const picked = PAGE_TYPES.flatMap((type) => [
      paths.find((path) => type.vi.test(path)),
      paths.find((path) => type.en.test(path)),
    ])
    expect(picked.every(Boolean)).toBe(true)
    for (const path of [...picked, '/404', '/en/404']) await axe(page, path ?? '')
  })

  const wide = ['/thu-tuc/1.001193', '/en/procedures/1.013978', '/', '/en/faq/bo-cong-an/cu-tru', '/co-quan']

  test('pages reflow at 320 CSS pixels without scrolling sideways (WCAG 1.4.10)', async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 640 })
    for (const path of wide) {
      await page.goto(path)
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)
      expect(overflow, path).toBeLessThanOrEqual(0)
    }
  })

  test('text zoomed to 200 % stays readable without scrolling sideways (WCAG 1.4.4)', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 800 })
    for (const path of wide) {
      await page.goto(path)
      // Through the CSSOM: an injected <style> would be refused by the page's CSP.
      await page.evaluate(() => document.documentElement.style.setProperty('font-size', '200%', 'important'))
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)
      expect(overflow, path).toBeLessThanOrEqual(0)
    }
  })

  test('keyboard focus is always visible, the skip link first', async ({ page }) => {
    await page.goto('/en/procedures/1.001193')
    await page.keyboard.press('Tab')
    await expect(page.getByRole('link', { name: 'Skip to main content' })).toBeFocused()
    for (let step = 0; step < 12; step += 1) {
      await page.keyboard.press('Tab')
      const outline = await page.evaluate(() => {
        const element = document.activeElement as HTMLElement
        const style = getComputedStyle(element)
        return { tag: element.tagName, style: style.outlineStyle, width: Number.parseFloat(style.outlineWidth) }
      })
      expect(outline.style, `focus on ${outline.tag}`).not.toBe('none')
      expect(outline.width).toBeGreaterThanOrEqual(2)
    }
  })

  test('headings start at one h1 and never skip a level', async ({ page, request }) => {
    const paths = await sitemapPaths(request)
    for (const type of PAGE_TYPES) {
      const path = paths.find((candidate) => type.en.test(candidate)) ?? ''
      await page.goto(path)
      const levels = await page
        .locator('h1, h2, h3, h4')
        .evaluateAll((headings) => headings.map((heading) => Number(heading.tagName.slice(1))))
      expect(levels[0], path).toBe(1)
      expect(
        levels.filter((level) => level === 1),
        path,
      ).toHaveLength(1)
      levels.forEach((level, index) => {
        if (index > 0) expect(level - (levels[index - 1] ?? 1), path).toBeLessThanOrEqual(1)
      })
    }
  })
})
