import AxeBuilder from '@axe-core/playwright'
import { expect, test } from '@playwright/test'

const cmsUrl = process.env.E2E_CMS_URL ?? 'http://127.0.0.1:3100'

test.describe('smoke', () => {
  test('the public home page opens in Vietnamese and switches to English', async ({ page }) => {
    await page.goto('/')
    await expect(page.locator('html')).toHaveAttribute('lang', 'vi')
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      'Dịch vụ công trực tuyến cho người dân và doanh nghiệp',
    )
    await page.getByRole('link', { name: 'English' }).click()
    await expect(page).toHaveURL(/\/en\/?$/)
    await expect(page.locator('html')).toHaveAttribute('lang', 'en')
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      'Online public services for citizens and businesses',
    )
  })

  for (const path of ['/', '/en/']) {
    test(`${path} has no WCAG 2.2 AA violation`, async ({ page }) => {
      await page.goto(path)
      const results = await new AxeBuilder({ page })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
        .analyze()
      expect(results.violations).toEqual([])
    })
  }

  test('the skip link is the first stop for a keyboard user', async ({ page }) => {
    await page.goto('/')
    await page.keyboard.press('Tab')
    const skip = page.getByRole('link', { name: 'Bỏ qua, đến nội dung chính' })
    await expect(skip).toBeFocused()
    await expect(skip).toBeInViewport()
  })

  test('the admin login page opens and speaks Vietnamese', async ({ page }) => {
    await page.goto(`${cmsUrl}/admin/login`)
    await expect(page.locator('input[name="email"]')).toBeVisible()
    await expect(page.locator('input[name="password"]')).toBeVisible()
    await expect(page.getByRole('button', { name: 'Đăng nhập' })).toBeVisible()
  })

  test("the portal's icon is the public site's", async ({ request }) => {
    // Served from the portal's own origin: its pages' image policy is 'self' (cms/public links the site's file).
    const answer = await request.get(`${cmsUrl}/favicon.ico`, { maxRedirects: 0 })
    expect(answer.status()).toBe(200)
    const icon = await answer.body()
    expect(icon.length).toBeGreaterThan(0)
    expect(icon.equals(await (await request.get('/favicon.ico')).body())).toBe(true)
  })

  test('the admin speaks English to a user who chose it', async ({ page, context }) => {
    await context.addCookies([{ name: 'payload-lng', value: 'en', url: cmsUrl }])
    await page.goto(`${cmsUrl}/admin/login`)
    await expect(page.getByRole('button', { name: 'Login' })).toBeVisible()
  })
})
