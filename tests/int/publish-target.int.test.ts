import { spawn } from 'node:child_process'
import { mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { applyBuild, localFolderTarget, type PublishTarget, s3BucketTarget } from '@dvc/cms/publish'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { eventually } from '../support/search.ts'
import { startTestS3, type TestS3 } from './helpers/s3.ts'

let work: string
let s3: TestS3

beforeAll(async () => {
  work = await mkdtemp(path.join(tmpdir(), 'dvc-publish-test-'))
  s3 = await startTestS3('dvc-test-site')
})
afterAll(async () => {
  await s3?.close()
  await rm(work, { recursive: true, force: true })
})

/** A built site as files: path -> content. */
async function build(name: string, files: Record<string, string>): Promise<string> {
  const dir = path.join(work, name)
  for (const [file, body] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(dir, file)), { recursive: true })
    await writeFile(path.join(dir, file), body)
  }
  return dir
}

const FIRST = {
  'index.html': '<h1>Trang chủ</h1>',
  'thu-tuc/1.000001/index.html': '<h1>Thủ tục 1</h1>',
  'thu-tuc/1.000002/index.html': '<h1>Thủ tục 2</h1>',
  'linh-vuc/ho-tich/index.html': '<a href="/thu-tuc/1.000001">1</a><a href="/thu-tuc/1.000002">2</a>',
  'sitemap.xml': '<urlset>1 2</urlset>',
}
// Procedure 2 unpublished, procedure 3 published, procedure 1 unchanged.
const SECOND = {
  'index.html': '<h1>Trang chủ</h1>',
  'thu-tuc/1.000001/index.html': '<h1>Thủ tục 1</h1>',
  'thu-tuc/1.000003/index.html': '<h1>Thủ tục 3</h1>',
  'linh-vuc/ho-tich/index.html': '<a href="/thu-tuc/1.000001">1</a><a href="/thu-tuc/1.000003">3</a>',
  'sitemap.xml': '<urlset>1 3</urlset>',
}

type Case = { name: string; target(): PublishTarget; read(file: string): Promise<string | null> }

const cases: Case[] = [
  {
    name: 'a local folder',
    target: () => localFolderTarget(path.join(work, 'live')),
    read: (file) => readFile(path.join(work, 'live', file), 'utf8').catch(() => null),
  },
  {
    name: 'an S3-compatible bucket',
    target: () =>
      s3BucketTarget({
        bucket: 'dvc-test-site',
        prefix: 'site/',
        endpoint: s3.env.S3_ENDPOINT as string,
        forcePathStyle: true,
        credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' },
      }),
    read: async (file) => (await s3.read(`site/${file}`))?.toString('utf8') ?? null,
  },
]

describe.each(cases)('publishing to $name', ({ name, target, read }) => {
  it('puts a first build whole, then only what the next one changed, and removes unpublished pages', async () => {
    const slug = name.replace(/\W+/g, '-')
    const first = await applyBuild(await build(`${slug}-1`, FIRST), target())
    expect(first.written.sort()).toEqual(Object.keys(FIRST).sort())
    expect(await read('thu-tuc/1.000002/index.html')).toBe('<h1>Thủ tục 2</h1>')

    const second = await applyBuild(await build(`${slug}-2`, SECOND), target())
    expect(second.written.sort()).toEqual(['linh-vuc/ho-tich/index.html', 'sitemap.xml', 'thu-tuc/1.000003/index.html'])
    expect(second.removed).toEqual(['thu-tuc/1.000002/index.html'])
    expect(second.unchanged).toBe(2)
    expect(await read('thu-tuc/1.000002/index.html')).toBeNull()
    expect(await read('thu-tuc/1.000003/index.html')).toBe('<h1>Thủ tục 3</h1>')
    expect(await read('sitemap.xml')).toBe('<urlset>1 3</urlset>')
  })
})

describe('a publisher killed mid-write', () => {
  it('leaves every page whole (old or new), and the next publish sweeps its temporary files', async () => {
    const live = path.join(work, 'killed-live')
    const pages = 400
    // Large pages, so the child is certainly writing when it is killed.
    const page = (version: string, i: number) => `<p>${version} ${i}</p>${'x'.repeat(256 * 1024)}`
    const files = (version: string) =>
      Object.fromEntries(Array.from({ length: pages }, (_, i) => [`p/${i}/index.html`, page(version, i)]))
    await applyBuild(await build('killed-old', files('old')), localFolderTarget(live))
    const next = await build('killed-new', files('new'))

    const child = spawn('npx', ['tsx', path.join(import.meta.dirname, 'helpers', 'apply-build-child.ts'), next, live], {
      stdio: 'ignore',
      detached: true,
    })
    await eventually('the child is writing', async () => {
      const first = await readFile(path.join(live, 'p/0/index.html'), 'utf8')
      return first.startsWith('<p>new')
    })
    if (child.pid) process.kill(-child.pid, 'SIGKILL')
    await new Promise((resolve) => child.once('exit', resolve))

    let fresh = 0
    for (let i = 0; i < pages; i++) {
      const body = await readFile(path.join(live, `p/${i}/index.html`), 'utf8')
      expect([page('old', i), page('new', i)]).toContain(body)
      if (body === page('new', i)) fresh++
    }
    // Killed part-way: some pages new, some still old, none half-written.
    expect(fresh).toBeGreaterThan(0)
    expect(fresh).toBeLessThan(pages)

    await localFolderTarget(live).sweep?.()
    const left = await readdir(live, { recursive: true })
    expect(left.filter((file) => file.includes('.publishing-'))).toEqual([])
    const again = await applyBuild(next, localFolderTarget(live))
    expect(again.written.length + again.unchanged).toBe(pages)
    expect((await stat(path.join(live, `p/${pages - 1}/index.html`))).size).toBe(page('new', pages - 1).length)
  }, 120_000)
})
