import { readdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'
import { expect, test } from '@playwright/test'

/**
 * No dead ends (issue 14): every internal link of the built site, both languages, leads to a
 * file that exists, and every #fragment to an element with that id. Read from the build the
 * browser tests serve (.data/test/site), so it covers every page, not a sample.
 */
const SITE_DIR = path.resolve(import.meta.dirname, '..', '..', '.data', 'test', 'site')

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const file = path.join(dir, name)
    if (statSync(file).isDirectory()) return name === 'pagefind' ? [] : htmlFiles(file)
    return name.endsWith('.html') ? [file] : []
  })
}

/** The URL path a built file answers: `/thu-tuc/1.001193/index.html` -> `/thu-tuc/1.001193`. */
const pagePath = (file: string) =>
  `/${path.relative(SITE_DIR, file)}`.replace(/\/index\.html$/, '').replace(/\.html$/, '') || '/'

/** The built file a URL path is served from, as the static server resolves it; undefined when none. */
function fileFor(urlPath: string): string | undefined {
  const clean = decodeURIComponent(urlPath).replace(/\/+$/, '')
  for (const candidate of [clean, `${clean}/index.html`, `${clean}.html`]) {
    const file = path.join(SITE_DIR, candidate)
    try {
      if (statSync(file).isFile()) return file
    } catch {}
  }
  return undefined
}

const LINK = /<(a|link|script|img|source|track|form|video)\b[^>]*?\s(href|src|action)="([^"]*)"/g
const ID = /\sid="([^"]+)"/g
const decodeEntities = (value: string) =>
  value.replaceAll('&amp;', '&').replaceAll('&quot;', '"').replaceAll('&#39;', "'")

test.describe('site: links', () => {
  const files = htmlFiles(SITE_DIR)
  const origin = (() => {
    const home = readFileSync(path.join(SITE_DIR, 'index.html'), 'utf8')
    return new URL(home.match(/<link rel="canonical" href="([^"]+)"/)?.[1] ?? 'http://invalid').origin
  })()
  const idsOf = new Map<string, Set<string>>()
  const ids = (file: string) => {
    let found = idsOf.get(file)
    if (!found) {
      found = new Set([...readFileSync(file, 'utf8').matchAll(ID)].map((match) => match[1] ?? ''))
      idsOf.set(file, found)
    }
    return found
  }

  test('every internal link and fragment of every page, both languages, resolves', () => {
    test.setTimeout(300_000)
    expect(files.length).toBeGreaterThan(200)
    const english = files.filter((file) => pagePath(file).startsWith('/en/'))
    expect(english.length).toBeGreaterThan(100)
    const broken: string[] = []
    let checked = 0
    for (const file of files) {
      const html = readFileSync(file, 'utf8')
      const from = pagePath(file)
      for (const match of html.matchAll(LINK)) {
        const raw = decodeEntities(match[3] ?? '')
        if (!raw || /^(mailto|tel|data|javascript):/i.test(raw)) continue
        const url = new URL(raw, `${origin}${from}`)
        if (url.origin !== origin) continue
        checked += 1
        const target = url.pathname === from && raw.startsWith('#') ? file : fileFor(url.pathname)
        if (!target) {
          broken.push(`${from}: ${raw}`)
          continue
        }
        const fragment = decodeURIComponent(url.hash.slice(1))
        // #useful-thanks is where the feedback endpoint sends the browser back to: it is on every page.
        if (fragment && target.endsWith('.html') && !ids(target).has(fragment))
          broken.push(`${from}: ${raw} (no #${fragment})`)
      }
    }
    test.info().annotations.push({ type: 'links checked', description: `${checked} in ${files.length} pages` })
    expect(broken.slice(0, 50), `${broken.length} broken links`).toEqual([])
  })

  test("an online procedure links the portal's own submission page first, the national portal beside it", () => {
    const birth = readFileSync(path.join(SITE_DIR, 'thu-tuc', '1.001193', 'index.html'), 'utf8')
    expect(birth).toContain('<a class="button" href="/nop-ho-so?thu-tuc=1.001193">')
    expect(birth).toMatch(
      /<a class="button button--secondary" href="https:\/\/dichvucong\.gov\.vn\/[^"]+" rel="external">/,
    )
    const english = readFileSync(path.join(SITE_DIR, 'en', 'procedures', '1.001193', 'index.html'), 'utf8')
    expect(english).toContain('href="/en/submit?procedure=1.001193"')
  })

  test('the favicon is there', () => {
    expect(statSync(path.join(SITE_DIR, 'favicon.ico')).size).toBeGreaterThan(0)
  })
})
