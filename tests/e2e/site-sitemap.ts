import { type APIRequestContext, expect } from '@playwright/test'

/** Helpers of the site's browser tests: the page types and the sitemap that lists every page. */

/** Each page type and the URL shape of its Vietnamese and English pages (ARCHITECTURE, "Site URLs"). */
export const PAGE_TYPES = [
  { kind: 'home', vi: /^\/$/, en: /^\/en\/$/ },
  { kind: 'procedure', vi: /^\/thu-tuc\/[\d.]+$/, en: /^\/en\/procedures\/[\d.]+$/ },
  { kind: 'sectors', vi: /^\/linh-vuc$/, en: /^\/en\/sectors$/ },
  { kind: 'sector', vi: /^\/linh-vuc\/[a-z0-9-]+$/, en: /^\/en\/sectors\/[a-z0-9-]+$/ },
  { kind: 'agencies', vi: /^\/co-quan$/, en: /^\/en\/agencies$/ },
  { kind: 'agency', vi: /^\/co-quan\/[a-z0-9-]+$/, en: /^\/en\/agencies\/[a-z0-9-]+$/ },
  { kind: 'life events', vi: /^\/su-kien$/, en: /^\/en\/life-events$/ },
  { kind: 'life event', vi: /^\/su-kien\/[a-z0-9-]+$/, en: /^\/en\/life-events\/[a-z0-9-]+$/ },
  { kind: 'FAQ index', vi: /^\/hoi-dap$/, en: /^\/en\/faq$/ },
  { kind: 'FAQs of a ministry', vi: /^\/hoi-dap\/[a-z0-9-]+$/, en: /^\/en\/faq\/[a-z0-9-]+$/ },
  { kind: 'FAQs of a sector', vi: /^\/hoi-dap\/[a-z0-9-]+\/[a-z0-9-]+$/, en: /^\/en\/faq\/[a-z0-9-]+\/[a-z0-9-]+$/ },
  { kind: 'forms library', vi: /^\/bieu-mau$/, en: /^\/en\/forms$/ },
  // A question's own page has an owner list's URL shape: a known seed question stands for them.
  {
    kind: 'FAQ question',
    vi: /^\/hoi-dap\/khai-sinh-thoi-han-phai-dang-ky$/,
    en: /^\/en\/faq\/khai-sinh-thoi-han-phai-dang-ky$/,
  },
  { kind: 'living and working in Vietnam', vi: /^\/nguoi-nuoc-ngoai$/, en: /^\/en\/living-and-working-in-vietnam$/ },
  { kind: 'find an office', vi: /^\/tim-co-quan$/, en: /^\/en\/find-an-office$/ },
  { kind: 'offices of a province', vi: /^\/tim-co-quan\/[a-z0-9-]+$/, en: /^\/en\/find-an-office\/[a-z0-9-]+$/ },
] as const

/** Paths of every page the sitemap lists (its URLs carry the public origin, SITE_URL). */
export async function sitemapPaths(request: APIRequestContext): Promise<string[]> {
  const response = await request.get('/sitemap.xml')
  expect(response.status()).toBe(200)
  const xml = await response.text()
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1] ?? '').pathname)
}
