/**
 * GET /api/publications/preview/{collection}/{id}?lang=vi|en: a record's latest version (a
 * draft before it is published) rendered as its public page by the site's own renderer
 * (renderer.ts), for staff only (issue 11: "the preview is visible only to staff"). Who may
 * see which draft is the collection's rule for reading versions (access/policy-access.ts:
 * the own agency tree, administrators all), so an editor of another agency gets a 404 as if
 * the draft did not exist. The page is marked as a preview (a banner, noindex) and never
 * cached by anyone but the browser that asked (private, no-store).
 * Errors in the portal's shape, in the request's language: 401 sign_in, 403 staff_only,
 * 400 invalid, 404 not_found, 422 no_page (the draft lacks what its page needs, e.g. a sector).
 */
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import type { CollectionSlug, Endpoint, PayloadRequest } from 'payload'

import { staff } from '../access/roles.ts'
import { type ErrorCode, PortalError } from '../errors.ts'
import { languageOf, t } from '../i18n/t.ts'
import type { PublishedCollection } from '../jobs/types.ts'
import { siteCmsUrl } from './config.ts'
import { type Renderer, siteRenderer } from './renderer.ts'

/** Collections with drafts: the ones whose unpublished state is worth seeing as a page. */
export const PREVIEWED = ['procedures', 'faqs', 'life-events'] as const satisfies readonly PublishedCollection[]
type Previewed = (typeof PREVIEWED)[number]

const LANGS = ['vi', 'en'] as const
type Lang = (typeof LANGS)[number]

const NEVER_CACHED = { 'Cache-Control': 'private, no-store', 'X-Robots-Tag': 'noindex, nofollow' }

/** The admin's Preview button (admin.preview of each previewed collection) opens this. */
export const previewPath = (api: string, collection: Previewed, id: number | string, lang: string) =>
  `${api}/publications/preview/${collection}/${id}?lang=${lang === 'en' ? 'en' : 'vi'}`

function refuse(req: PayloadRequest, code: ErrorCode, values?: Record<string, string>) {
  const error = new PortalError(code, { language: languageOf(req), ...(values ? { values } : {}) })
  return Response.json(error.body(), { status: error.status, headers: NEVER_CACHED })
}

/** The record's latest version as its readers see it (every locale, relationships as ids), or null. */
async function latestVersion(req: PayloadRequest, collection: Previewed, id: number) {
  const { docs } = await req.payload.findVersions({
    collection: collection as CollectionSlug,
    where: { parent: { equals: id } },
    sort: '-updatedAt',
    limit: 1,
    depth: 0,
    locale: 'all',
    overrideAccess: false,
    req,
  })
  const version = docs[0]?.version as { updatedAt?: string } | undefined
  return version ? { ...version, id, updatedAt: version.updatedAt ?? new Date().toISOString() } : null
}

/**
 * The page as the site renders it, readable from the portal's origin: its styles inlined
 * (the portal's policy allows inline styles, not the site's origin), its links to the public
 * site (SITE_URL), the site's own <meta> policy dropped (the portal's header policy applies:
 * the page's scripts do not run), a noindex and a banner added.
 */
async function marked(html: string, renderer: Renderer, lang: Lang): Promise<string> {
  const site = (process.env.SITE_URL ?? '').replace(/\/+$/, '')
  if (site) html = html.replace(/<a ([^>]*?)href="\/(?!\/)/g, `<a $1href="${site}/`)
  const styles = [...html.matchAll(/<link rel="stylesheet" href="\/(_astro\/[^"]+\.css)"[^>]*>/g)]
  for (const [link, file = ''] of styles) {
    const css = await readFile(path.join(renderer.clientDir, file), 'utf8').catch(() => '')
    html = html.replace(link, `<style>${css}</style>`)
  }
  const banner =
    `<div role="note" data-preview-banner style="background:#7a2e00;color:#fff;padding:0.75rem 1rem;` +
    `font-weight:600;text-align:center">${t(lang, 'publishing.preview.banner')}</div>`
  return html
    .replace(/<meta http-equiv="content-security-policy"[^>]*>/i, '')
    .replace(/<head>/, '<head><meta name="robots" content="noindex, nofollow">')
    .replace(/<body([^>]*)>/, `<body$1>${banner}`)
}

export const previewEndpoint: Endpoint = {
  path: '/preview/:previewed/:record',
  method: 'get',
  async handler(req) {
    if (!req.user) return refuse(req, 'publishing.preview.sign_in')
    if (!staff(req)) return refuse(req, 'publishing.preview.staff_only')
    const collection = String(req.routeParams?.previewed ?? '')
    const id = Number(req.routeParams?.record)
    const lang = (req.searchParams.get('lang') ?? 'vi') as Lang
    if (!(PREVIEWED as readonly string[]).includes(collection) || !Number.isSafeInteger(id) || !LANGS.includes(lang)) {
      return refuse(req, 'publishing.preview.invalid')
    }
    const record = await latestVersion(req, collection as Previewed, id)
    if (!record) return refuse(req, 'publishing.preview.not_found')
    const renderer = await siteRenderer({ CMS_URL: siteCmsUrl() })
    let page: { path: string; html: string } | null
    try {
      page = await renderer.site.preview(siteCmsUrl(), { collection: collection as Previewed, id }, record, lang)
    } catch (error) {
      // The site refuses content it cannot show (site/src/lib/errors.ts ContentError), e.g. no sector.
      if ((error as Error).name !== 'ContentError') throw error
      return refuse(req, 'publishing.preview.no_page', { reason: (error as Error).message })
    }
    if (!page) return refuse(req, 'publishing.preview.no_page', { reason: collection })
    return new Response(await marked(page.html, renderer, lang), {
      status: 200,
      headers: { ...NEVER_CACHED, 'Content-Type': 'text/html; charset=utf-8', 'Content-Language': lang },
    })
  },
}
