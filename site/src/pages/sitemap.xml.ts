import type { APIRoute } from 'astro'
import { loadStore } from '../lib/cms.ts'
import { allPages } from '../lib/pages.ts'
import { sitemapXml } from '../lib/sitemap.ts'

export const GET: APIRoute = async ({ site }) => {
  if (!site) throw new Error('astro.config.mjs must set `site` (SITE_URL) to write the sitemap')
  const body = sitemapXml(allPages(await loadStore()), site)
  return new Response(body, { headers: { 'content-type': 'application/xml; charset=utf-8' } })
}
