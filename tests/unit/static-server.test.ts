import { type ChildProcess, spawn } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import http from 'node:http'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { brotliCompressSync } from 'node:zlib'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { GONE } from '../../cms/src/publish/targets/target.ts'
import { getFreePort, waitForHttp } from '../../scripts/lib/ports.ts'

/**
 * The real static server (scripts/static-server.ts) on a real folder `dist` with a real
 * sibling `dist-secret`, whose name starts like the served folder's (issue 8).
 */
const world = mkdtempSync(path.join(tmpdir(), 'dvc-static-'))
const dist = path.join(world, 'dist')
let server: ChildProcess
let port = 0

type Answer = { status: number; headers: http.IncomingHttpHeaders; body: string }

/** A raw request line: fetch() would normalise `..` and `%2e` before sending. */
function get(rawPath: string, headers: Record<string, string> = {}): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port, path: rawPath, headers }, (res) => {
      const chunks: Buffer[] = []
      res.on('data', (chunk: Buffer) => chunks.push(chunk))
      res.on('end', () =>
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }),
      )
    })
    req.on('error', reject)
    req.end()
  })
}

beforeAll(async () => {
  mkdirSync(path.join(dist, 'en'), { recursive: true })
  mkdirSync(path.join(dist, 'thu-tuc', '1.001193'), { recursive: true })
  mkdirSync(path.join(world, 'dist-secret'))
  writeFileSync(path.join(world, 'dist-secret', 's.txt'), 'secret')
  writeFileSync(path.join(world, 'secret.txt'), 'secret')
  writeFileSync(path.join(dist, 'index.html'), '<h1>Trang chủ</h1>')
  writeFileSync(path.join(dist, '.publish-manifest.json'), '{}')
  writeFileSync(path.join(dist, '404.html'), '<h1>Không tìm thấy</h1>')
  writeFileSync(path.join(dist, 'en', '404.html'), '<h1>Not found</h1>')
  writeFileSync(path.join(dist, 'thu-tuc', '1.001193', 'index.html'), '<h1>1.001193</h1>')
  // Gone pages as the site renders them (site/src/components/GonePage.astro) and the publisher's record of them.
  const gonePage = (lang: string, list: string) =>
    `<html lang="${lang}"><h1>gone</h1><a href="${list}" data-gone-up>up</a></html>`
  writeFileSync(path.join(dist, '410.html'), gonePage('vi', '/linh-vuc'))
  writeFileSync(path.join(dist, 'en', '410.html'), gonePage('en', '/en/sectors'))
  writeFileSync(
    path.join(dist, GONE),
    JSON.stringify({
      '/thu-tuc/1.000002': '/linh-vuc/ho-tich',
      '/en/procedures/1.000002': '/en/sectors/ho-tich',
      '/hoi-dap/cau-hoi-bo': '/linh-vuc',
    }),
  )
  writeFileSync(path.join(dist, 'app.js'), 'console.log("x")'.repeat(100))
  writeFileSync(path.join(dist, 'app.js.br'), brotliCompressSync('console.log("x")'.repeat(100)))
  port = await getFreePort()
  server = spawn(process.execPath, ['scripts/static-server.ts', dist, String(port)], {
    cwd: path.resolve(import.meta.dirname, '../..'),
    stdio: ['ignore', 'inherit', 'inherit'],
  })
  await waitForHttp(`http://127.0.0.1:${port}/`, 30_000)
}, 60_000)

afterAll(() => {
  server?.kill('SIGTERM')
  rmSync(world, { recursive: true, force: true })
})

describe('static server', () => {
  it.each([
    '/x%2f..%2f..%2fdist-secret/s.txt',
    '/..%2fdist-secret/s.txt',
    '/%2e%2e/dist-secret/s.txt',
    '/%2e%2e%2fdist-secret%2fs.txt',
    '/%252e%252e/dist-secret/s.txt',
    '/x%252f..%252f..%252fdist-secret/s.txt',
    '/..\\dist-secret\\s.txt',
    '/x%5c..%5c..%5cdist-secret%5cs.txt',
    '/../dist-secret/s.txt',
    '/../secret.txt',
    '/%2e%2e/secret.txt',
    '/.%2e/.%2e/secret.txt',
  ])('answers 404 with the site page, not a sibling file, to %s', async (rawPath) => {
    const answer = await get(rawPath)
    expect(answer.status).toBe(404)
    expect(answer.body).not.toContain('secret')
    expect(answer.body).toContain('Không tìm thấy')
  })

  it('serves pages by folder, the English 404 under /en/, and a procedure code with its dot', async () => {
    expect((await get('/')).body).toContain('Trang chủ')
    expect((await get('/thu-tuc/1.001193')).body).toContain('1.001193')
    const english = await get('/en/nothing-here')
    expect(english.status).toBe(404)
    expect(english.body).toContain('Not found')
  })

  it.each([
    ['/thu-tuc/1.000002', 'vi', '/linh-vuc/ho-tich'],
    ['/thu-tuc/1.000002/', 'vi', '/linh-vuc/ho-tich'],
    ['/en/procedures/1.000002?x=1', 'en', '/en/sectors/ho-tich'],
    ['/hoi-dap/cau-hoi-bo', 'vi', '/linh-vuc'],
  ])('answers 410 Gone at a removed record’s page %s, in its language, linking its sector', async (at, lang, up) => {
    const answer = await get(at)
    expect(answer.status).toBe(410)
    expect(answer.body).toContain(`lang="${lang}"`)
    expect(answer.body).toContain(`<a href="${up}" data-gone-up>`)
    expect(answer.headers['content-security-policy']).toContain("frame-ancestors 'none'")
  })

  it('never serves the publisher’s own files (its manifest, its record of removed pages), and a page never published stays a 404', async () => {
    expect((await get(`/${GONE}`)).status).toBe(404)
    expect((await get('/.publish-manifest.json')).status).toBe(404)
    expect((await get('/thu-tuc/1.000003')).status).toBe(404)
  })

  it('answers 304 to a matching ETag and 206 to a range', async () => {
    const first = await get('/app.js')
    expect(first.headers.etag).toBeTruthy()
    expect((await get('/app.js', { 'if-none-match': first.headers.etag as string })).status).toBe(304)
    const part = await get('/app.js', { range: 'bytes=0-6' })
    expect(part.status).toBe(206)
    expect(part.body).toBe('console')
    expect(part.headers['content-range']).toBe(`bytes 0-6/${first.body.length}`)
  })

  it('sends the precompressed file to a browser that accepts it', async () => {
    const answer = await get('/app.js', { 'accept-encoding': 'br, gzip' })
    expect(answer.headers['content-encoding']).toBe('br')
    expect(answer.headers['content-type']).toMatch(/javascript/)
  })

  it('sends the security headers on pages and on 404s', async () => {
    for (const answer of [await get('/'), await get('/nothing')]) {
      expect(answer.headers['content-security-policy']).toContain("frame-ancestors 'none'")
      expect(answer.headers['x-content-type-options']).toBe('nosniff')
      expect(answer.headers['referrer-policy']).toBe('strict-origin-when-cross-origin')
      // SITE_URL is not https here: no HSTS, or a developer's browser would pin localhost.
      expect(answer.headers['strict-transport-security']).toBeUndefined()
    }
  })
})
