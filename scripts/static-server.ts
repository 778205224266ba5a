/**
 * The static site's local server: what a CDN does with the built folder, nothing more.
 * `astro preview` refuses a second instance per project, so `npm start` and the browser
 * tests could not run side by side; this one can, once per port.
 * Usage: node scripts/static-server.ts DIR PORT
 */
import { createReadStream } from 'node:fs'
import { stat } from 'node:fs/promises'
import http from 'node:http'
import path from 'node:path'

const [root = '', portArg = '4321'] = process.argv.slice(2)
const dir = path.resolve(root)
const port = Number(portArg)

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.vtt': 'text/vtt; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
  '.pf_meta': 'application/octet-stream',
}

async function file(candidate: string): Promise<string | null> {
  const info = await stat(candidate).catch(() => null)
  return info?.isFile() ? candidate : null
}

/** `/thu-tuc/1.001193` → `thu-tuc/1.001193/index.html`: a code's dot is not an extension. */
async function resolve(urlPath: string): Promise<string | null> {
  const target = path.join(dir, urlPath)
  if (!target.startsWith(dir)) return null
  return (await file(target)) ?? (await file(path.join(target, 'index.html'))) ?? (await file(`${target}.html`))
}

const server = http.createServer(async function staticRequest(req, res) {
  let urlPath = '/'
  try {
    urlPath = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname)
  } catch {
    res.writeHead(400).end()
    return
  }
  const found = await resolve(urlPath)
  const notFound = found ? null : ((await resolve(urlPath.startsWith('/en/') ? '/en/404' : '/404')) ?? null)
  const served = found ?? notFound
  if (!served) {
    res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('404')
    return
  }
  const hashed = urlPath.startsWith('/_astro/')
  res.writeHead(found ? 200 : 404, {
    'content-type': TYPES[path.extname(served)] ?? 'application/octet-stream',
    // Built assets carry a content hash; pages change with every publish.
    'cache-control': hashed ? 'public, max-age=31536000, immutable' : 'public, max-age=60',
  })
  if (req.method === 'HEAD') res.end()
  else createReadStream(served).pipe(res)
})

server.on('error', (error: NodeJS.ErrnoException) => {
  process.stderr.write(
    error.code === 'EADDRINUSE'
      ? `Port ${port} is in use by another program: stop it or set SITE_PORT.\n`
      : `${error.message}\n`,
  )
  process.exit(1)
})
server.listen(port, '127.0.0.1', () => process.stderr.write(`static site on http://127.0.0.1:${port} from ${dir}\n`))
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => server.close(() => process.exit(0)))
