/**
 * The static site's server: what a CDN does with the built folder, nothing more. `sirv`
 * serves the files (ETag and 304, ranges, precompressed `.br`/`.gz` beside a file, paths
 * that cannot leave the folder); this adds the site's 404 pages, the 410 Gone pages of
 * removed records (from the publisher's record of them) and the security headers.
 * `astro preview` refuses a second instance per project, so `npm start` and the browser
 * tests could not run side by side; this one can, once per port.
 * Usage: node scripts/static-server.ts DIR PORT   (env: SITE_URL, HOST)
 */
import { readFile, stat } from 'node:fs/promises'
import http from 'node:http'
import path from 'node:path'
import { describeIssues, fromEnv, port, RULES } from '@dvc/cms/env-rules'
import { GONE } from '@dvc/cms/publish-files'
import { BASE_DIRECTIVES, contentSecurityPolicy, securityHeaders } from '@dvc/cms/security-headers'
import sirv from 'sirv'
import { z } from 'zod'

const [root = '', portArg = '4321'] = process.argv.slice(2)
const dir = path.resolve(root)

const schema = z.object({
  PORT: port,
  // Loopback by default, like the portal server; a CDN's origin sets HOST=0.0.0.0.
  HOST: fromEnv(z.string().min(1).default('127.0.0.1')),
  SITE_URL: fromEnv(RULES.SITE_URL.schema.default('http://localhost:4321')),
})
const source = { ...process.env, PORT: portArg }
const parsed = schema.safeParse(source)
if (!parsed.success) {
  process.stderr.write(`${describeIssues(parsed.error, source).join('\n')}\n`)
  process.exit(1)
}
const env = parsed.data

// Scripts, styles, images and connections are restricted per page by the <meta> policy that
// Astro writes with the hashes of each page's inline scripts (site/astro.config.mjs); a
// header cannot know them, and two policies both apply, so the header holds what a <meta>
// policy cannot say (frame-ancestors) and what holds for every page.
// form-action is left to each page's <meta> policy too: it names the portal's origin, where
// the "Is this page useful?" form posts (site/astro.config.mjs), which this server does not know.
const { 'default-src': _, 'form-action': __, ...headerDirectives } = BASE_DIRECTIVES
const headers = securityHeaders({
  csp: contentSecurityPolicy(headerDirectives),
  https: new URL(env.SITE_URL).protocol === 'https:',
})

const serve = sirv(dir, {
  // Stat each request instead of listing the folder once at start: a publish rewrites pages
  // in place and must be served at once, with its own length and ETag.
  dev: true,
  etag: true,
  gzip: true,
  brotli: true,
  setHeaders(res, pathname) {
    // Built assets carry a content hash; pages change with every publish.
    const hashed = pathname.startsWith('/_astro/')
    res.setHeader('cache-control', hashed ? 'public, max-age=31536000, immutable' : 'public, max-age=60')
  },
})

/** The publisher's record of removed pages (page path -> page to go to), read again when it changes. */
let gone = { mtimeMs: -1, pages: {} as Record<string, string> }
async function goneLinks(): Promise<Record<string, string>> {
  const file = path.join(dir, GONE)
  const mtimeMs = (await stat(file).catch(() => null))?.mtimeMs ?? 0
  if (mtimeMs !== gone.mtimeMs) {
    const body = mtimeMs ? await readFile(file, 'utf8').catch(() => '{}') : '{}'
    gone = { mtimeMs, pages: JSON.parse(body) as Record<string, string> }
  }
  return gone.pages
}

/** `/thu-tuc/1.001193/?x` -> `/thu-tuc/1.001193`, as the publisher records pages. */
function pagePath(url: string): string {
  let at = new URL(url, 'http://site.invalid').pathname
  try {
    at = decodeURIComponent(at)
  } catch {}
  return at.replace(/\/index\.html$/, '/').replace(/(.)\/+$/, '$1')
}

const escapeAttribute = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;')

/** A removed record's page: 410 Gone, in its language, its link pointed at the record's sector. */
async function goneOrNotFound(req: http.IncomingMessage, res: http.ServerResponse) {
  const at = pagePath(req.url ?? '/')
  const up = (await goneLinks())[at]
  const english = at.startsWith('/en/')
  const page = up
    ? await readFile(path.join(dir, english ? 'en/410.html' : '410.html'), 'utf8').catch(() => null)
    : null
  if (!up || !page) return notFound(req, res)
  const body = page.replace(/<a href="[^"]*" data-gone-up/, `<a href="${escapeAttribute(up)}" data-gone-up`)
  res.writeHead(410, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'public, max-age=60' })
  res.end(req.method === 'HEAD' ? undefined : body)
}

/** The site's own 404 page, in the language of the path asked for. */
async function notFound(req: http.IncomingMessage, res: http.ServerResponse) {
  const english = (req.url ?? '/').startsWith('/en/')
  const page = await readFile(path.join(dir, english ? 'en/404.html' : '404.html')).catch(() => null)
  res.writeHead(404, { 'content-type': page ? 'text/html; charset=utf-8' : 'text/plain; charset=utf-8' })
  res.end(req.method === 'HEAD' ? undefined : (page ?? '404'))
}

const server = http.createServer(function staticRequest(req, res) {
  for (const [name, value] of Object.entries(headers)) res.setHeader(name, value)
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.writeHead(405, { allow: 'GET, HEAD' }).end()
    return
  }
  // The publisher's own files (manifest, record of removed pages) start with a dot: not pages.
  // sirv's development mode (needed above) serves dotfiles, so they are refused here.
  if (/\/\.(?!well-known\/)/.test(pagePath(req.url ?? '/'))) {
    void notFound(req, res)
    return
  }
  serve(req, res, () => void goneOrNotFound(req, res))
})

server.on('error', (error: NodeJS.ErrnoException) => {
  process.stderr.write(
    error.code === 'EADDRINUSE'
      ? `Port ${env.PORT} is in use by another program: stop it or set SITE_PORT.\n`
      : `${error.message}\n`,
  )
  process.exit(1)
})
server.listen(env.PORT, env.HOST, () =>
  process.stderr.write(`static site on http://${env.HOST}:${env.PORT} from ${dir}\n`),
)
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => server.close(() => process.exit(0)))
