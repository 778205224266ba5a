import { expect, type Page, test } from '@playwright/test'

/**
 * Both public servers send the security headers (cms/src/security-headers.ts), and the
 * pages still work under their Content-Security-Policy: no refusal reaches the console.
 */
const cmsUrl = process.env.E2E_CMS_URL ?? 'http://127.0.0.1:3100'

function expectCommonHeaders(headers: Record<string, string>) {
  expect(headers['content-security-policy']).toContain("frame-ancestors 'none'")
  expect(headers['content-security-policy']).toContain("object-src 'none'")
  expect(headers['x-content-type-options']).toBe('nosniff')
  expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin')
  // The test stack's public origins are http: HSTS only behind https (SERVER_URL / SITE_URL).
  expect(headers['strict-transport-security']).toBeUndefined()
}

/** Refusals the browser reports while the page loads and settles. */
function watchRefusals(page: Page): string[] {
  const refusals: string[] = []
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) refusals.push(message.text())
  })
  return refusals
}

test.describe('security headers', () => {
  test('the static site sends them on pages and on 404s', async ({ request }) => {
    for (const path of ['/', '/en/', '/khong-co-trang-nay']) {
      const response = await request.get(path)
      expectCommonHeaders(response.headers())
    }
  })

  test('the portal sends them on the admin and the API, with a fresh script nonce each time', async ({ request }) => {
    const first = await request.get(`${cmsUrl}/admin/login`)
    const second = await request.get(`${cmsUrl}/admin/login`)
    const api = await request.get(`${cmsUrl}/api/procedures?limit=1`)
    for (const response of [first, second, api]) expectCommonHeaders(response.headers())
    const nonce = (csp: string | undefined) => csp?.match(/'nonce-([^']+)'/)?.[1]
    expect(nonce(first.headers()['content-security-policy'])).toBeTruthy()
    expect(nonce(first.headers()['content-security-policy'])).not.toBe(
      nonce(second.headers()['content-security-policy']),
    )
    expect(first.headers()['content-security-policy']).not.toContain("'unsafe-eval'")
  })

  test('site pages carry a hashed script policy and work under it', async ({ page }) => {
    const refusals = watchRefusals(page)
    await page.goto('/tim-kiem?q=khai+sinh')
    const policy = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content')
    expect(policy).toMatch(/script-src [^;]*'sha(256|384|512)-/)
    expect(policy).not.toContain("'unsafe-inline'")
    // The search island hydrated (Astro's inline loader script) and answered.
    await expect(page.locator('astro-island:not([ssr])')).toHaveCount(1)
    await expect(
      page.getByRole('region', { name: 'Kết quả', exact: true }).locator('a[href="/thu-tuc/1.001193"]'),
    ).toBeVisible()
    await page.goto('/en/')
    expect(refusals).toEqual([])
  })

  test('the admin logs in under its policy', async ({ page }) => {
    const refusals = watchRefusals(page)
    await page.goto(`${cmsUrl}/admin/login`)
    await expect(page.getByRole('button', { name: 'Đăng nhập' })).toBeVisible()
    // Hydrated: the client-side form validates before sending anything.
    await page.getByRole('button', { name: 'Đăng nhập' }).click()
    await expect(page.locator('.field-error, [class*="error"]').first()).toBeVisible()
    expect(refusals).toEqual([])
  })
})
