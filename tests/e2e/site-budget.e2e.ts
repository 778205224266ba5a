import { readdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'
import { gzipSync } from 'node:zlib'
import { expect, test } from '@playwright/test'

/**
 * Budgets on the built site (the test profile builds into .data/test/site): a procedure
 * page's HTML and CSS under 40 KB gzipped, at most 10 KB of gzipped script on a content
 * page (no framework JS), nothing render-blocking from another origin, images sized.
 */
const SITE_DIR = path.resolve(import.meta.dirname, '..', '..', '.data', 'test', 'site')
const KB = 1024

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const file = path.join(dir, name)
    if (statSync(file).isDirectory()) return name === 'pagefind' ? [] : htmlFiles(file)
    return name.endsWith('.html') ? [file] : []
  })
}

const gz = (text: string | Buffer) => gzipSync(text, { level: 9 }).length
const local = (href: string) => path.join(SITE_DIR, decodeURI(new URL(href, 'http://site.invalid').pathname))
const attributes = (tag: string, name: string) => tag.match(new RegExp(`\\s${name}="([^"]*)"`))?.[1]

test.describe('site: budgets on the built output', () => {
  const files = htmlFiles(SITE_DIR)
  const relative = (file: string) => `/${path.relative(SITE_DIR, file)}`

  test('the build is there, with a procedure page per procedure and language', () => {
    const procedures = files.filter((file) => /\/(thu-tuc|en\/procedures)\//.test(file))
    expect(procedures.length).toBeGreaterThanOrEqual(80)
  })

  test('a procedure page weighs under 40 KB gzipped, HTML and CSS together', () => {
    const sizes = files
      .filter((file) => /\/(thu-tuc|en\/procedures)\//.test(file))
      .map((file) => {
        const html = readFileSync(file, 'utf8')
        const css = [...html.matchAll(/<link rel="stylesheet" href="([^"]+)"/g)].map((match) =>
          readFileSync(local(match[1] ?? '')),
        )
        return { page: relative(file), bytes: gz(html) + css.reduce((sum, sheet) => sum + gz(sheet), 0) }
      })
      .sort((a, b) => b.bytes - a.bytes)
    test.info().annotations.push({
      type: 'largest procedure page',
      description: `${sizes[0]?.page}: ${((sizes[0]?.bytes ?? 0) / KB).toFixed(1)} KB gzipped`,
    })
    for (const size of sizes) expect(size.bytes, size.page).toBeLessThan(40 * KB)
  })

  test('content pages ship at most 10 KB of gzipped script and no framework runtime', () => {
    // The search pages are React islands (issue 5): search-island.e2e.ts weighs them; the
    // dossier pages (issue 15) are weighed against the search page below.
    const islands =
      /^\/(tim-kiem|en\/search|nop-ho-so|en\/submit|tra-cuu-ho-so|en\/track|ho-so-cua-toi|en\/my-dossiers|xac-minh-bien-nhan|en\/verify-receipt)\/index\.html$/
    for (const file of files.filter((file) => !islands.test(relative(file)))) {
      const html = readFileSync(file, 'utf8')
      let bytes = 0
      for (const [tag, body] of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
        if (attributes(tag ?? '', 'type') === 'application/ld+json') continue
        const src = attributes(tag ?? '', 'src')
        bytes += src ? gz(readFileSync(local(src))) : gz(body ?? '')
      }
      expect(bytes, relative(file)).toBeLessThanOrEqual(10 * KB)
      expect(html, relative(file)).not.toMatch(/astro-island|react-dom/)
    }
  })

  test('each dossier page ships no more script than the search page (issue 15: within its budget)', () => {
    // The page's scripts, the islands' modules and what they import statically (as search-island.e2e.ts weighs it).
    const scriptOf = (page: string) => {
      const html = readFileSync(path.join(SITE_DIR, page, 'index.html'), 'utf8')
      const files = new Set<string>()
      const add = (src: string) => {
        const file = local(src)
        if (files.has(file)) return
        files.add(file)
        for (const [, next] of readFileSync(file, 'utf8').matchAll(/from\s*"\.\/([^"]+\.js)"/g)) add(`/_astro/${next}`)
      }
      for (const [, src] of html.matchAll(/<script\b[^>]*\ssrc="([^"]+)"/g)) add(src ?? '')
      for (const [, src] of html.matchAll(/\s(?:component-url|renderer-url)="([^"]+)"/g)) add(src ?? '')
      return [...files].reduce((sum, file) => sum + gz(readFileSync(file)), 0)
    }
    const budget = scriptOf('tim-kiem')
    for (const page of [
      'nop-ho-so',
      'en/submit',
      'tra-cuu-ho-so',
      'en/track',
      'ho-so-cua-toi',
      'en/my-dossiers',
      'xac-minh-bien-nhan',
    ]) {
      const bytes = scriptOf(page)
      test.info().annotations.push({
        type: `${page} script, gzipped`,
        description: `${(bytes / KB).toFixed(1)} KB (search ${(budget / KB).toFixed(1)} KB)`,
      })
      expect(bytes, page).toBeLessThanOrEqual(budget)
    }
  })

  test('browser scripts hold no Meilisearch client and no Node module (the island reads @dvc/search/contract)', () => {
    const dir = path.join(SITE_DIR, '_astro')
    const scripts = readdirSync(dir).filter((name) => name.endsWith('.js'))
    expect(scripts.some((name) => name.startsWith('SearchIsland'))).toBe(true)
    for (const name of scripts) {
      const code = readFileSync(path.join(dir, name), 'utf8')
      // meilisearch-js names itself in this header on every request.
      expect(code, name).not.toContain('X-Meilisearch-Client')
      expect(code, name).not.toMatch(/(from|import\(|require\()\s*["']node:/)
    }
  })

  test('nothing render-blocking comes from another origin; no web fonts are fetched', () => {
    for (const file of files) {
      const html = readFileSync(file, 'utf8')
      const head = html.slice(0, html.indexOf('</head>'))
      for (const [tag] of head.matchAll(/<(link|script)\b[^>]*>/g)) {
        const url = attributes(tag, 'href') ?? attributes(tag, 'src')
        if (!url || !/^(https?:)?\/\//.test(url)) continue
        const blocking = /rel="stylesheet"/.test(tag) || (/^<script/.test(tag) && !/\s(async|defer)\b/.test(tag))
        expect(blocking ? url : null, relative(file)).toBeNull()
      }
    }
    const css = readdirSync(path.join(SITE_DIR, '_astro')).filter((name) => name.endsWith('.css'))
    for (const name of css) {
      const text = readFileSync(path.join(SITE_DIR, '_astro', name), 'utf8')
      expect(text, name).not.toMatch(/@import\s+url\(|@font-face|https?:\/\//)
    }
  })

  test('every image states its width and height', () => {
    for (const file of files) {
      for (const [tag] of readFileSync(file, 'utf8').matchAll(/<img\b[^>]*>/g)) {
        expect(attributes(tag, 'width'), `${relative(file)} ${tag}`).toBeTruthy()
        expect(attributes(tag, 'height'), `${relative(file)} ${tag}`).toBeTruthy()
      }
    }
  })

  test('a procedure page in the browser requests nothing from another origin', async ({ page, baseURL }) => {
    const foreign: string[] = []
    page.on('request', (request) => {
      const url = new URL(request.url())
      if (url.origin !== new URL(baseURL ?? '').origin && url.protocol !== 'data:') foreign.push(request.url())
    })
    await page.goto('/thu-tuc/1.001193', { waitUntil: 'networkidle' })
    expect(foreign).toEqual([])
  })
})
