/**
 * Incremental publishing (issue 11) against a real CMS: a full publish (rendering threads,
 * Pagefind), then publishes of a few records. The publisher keeps the content in memory and
 * reads again only the records a publish names and those the CMS changed meanwhile: a save
 * whose own job has not run yet is published with the others, pages and all, and a record
 * unpublished meanwhile leaves as a gone page, never as a stale one.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { createRequestListener } from '@remix-run/node-fetch-server'
import { handleEndpoints } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { publishPages, publishSite } from '../../cms/src/publish/index.ts'
import { localFolderTarget } from '../../cms/src/publish/targets/local-folder.ts'
import { GONE, MANIFEST } from '../../cms/src/publish/targets/target.ts'
import { startTestPayload, type TestPayload } from '../support/payload.ts'
import { buildWorld, type World } from './helpers/fixtures.ts'

let t: TestPayload
let world: World
let server: http.Server
let dir: string
let cmsUrl: string

beforeAll(async () => {
  t = await startTestPayload()
  world = await buildWorld(t.payload)
  const { config } = t.payload
  server = http.createServer(createRequestListener((request) => handleEndpoints({ config, request })))
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  cmsUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  dir = await mkdtemp(path.join(tmpdir(), 'dvc-publish-pages-'))
}, 600_000)

afterAll(async () => {
  server?.close()
  await t?.close()
  if (dir) await rm(dir, { recursive: true, force: true })
})

const target = () => localFolderTarget(dir)
const page = (file: string) => readFile(path.join(dir, file), 'utf8').catch(() => null)
const json = async (file: string) => JSON.parse((await page(file)) ?? '{}') as Record<string, string>

/** The publish of A's job: only A named, whatever else the CMS changed meanwhile. */
const publishA = () =>
  publishPages({ target: target(), cmsUrl, refs: [{ collection: 'procedures', id: world.procedures.publishedA }] })

const rename = (id: number, name: string) =>
  t.payload.update({ collection: 'procedures', id, data: { name, _status: 'published' } })

describe('publishing after writes', () => {
  it('renders the whole site first, with its search fallback', async () => {
    const published = await publishSite({ target: target(), cmsUrl, force: true })
    expect(published.written).toContain('thu-tuc/1.000001/index.html')
    expect(published.written).toContain('en/procedures/1.000002/index.html')
    expect(published.written.some((file) => file.startsWith('pagefind/'))).toBe(true)
    expect(Object.keys(await json(MANIFEST))).toContain('sitemap.xml')
  }, 600_000)

  it('publishes a record saved meanwhile with the one the job names', async () => {
    await rename(world.procedures.publishedA, 'Tên mới A (dữ liệu tổng hợp)')
    // Saved after A; its own job has not run: the publish of A finds it changed in the CMS.
    await rename(world.procedures.publishedB, 'Tên mới B (dữ liệu tổng hợp)')
    const published = await publishA()
    expect(published.written).toEqual(
      expect.arrayContaining(['thu-tuc/1.000001/index.html', 'thu-tuc/1.000002/index.html']),
    )
    expect(await page('thu-tuc/1.000001/index.html')).toContain('Tên mới A')
    expect(await page('thu-tuc/1.000002/index.html')).toContain('Tên mới B')
    expect(await page('linh-vuc/ho-tich/index.html')).toContain('Tên mới B')
  }, 120_000)

  it('takes away the pages of a record unpublished meanwhile, as gone pages', async () => {
    await t.payload.update({ collection: 'procedures', id: world.procedures.publishedB, data: { _status: 'draft' } })
    await rename(world.procedures.publishedA, 'Tên mới hơn A (dữ liệu tổng hợp)')
    const published = await publishA()
    expect(published.removed).toEqual(
      expect.arrayContaining(['thu-tuc/1.000002/index.html', 'en/procedures/1.000002/index.html']),
    )
    expect(await page('thu-tuc/1.000002/index.html')).toBeNull()
    expect(Object.keys(await json(GONE))).toEqual(expect.arrayContaining(['/thu-tuc/1.000002']))
    expect(await page('linh-vuc/ho-tich/index.html')).not.toContain('1.000002')
  }, 120_000)

  it('renders nothing again when nothing changed', async () => {
    const published = await publishPages({ target: target(), cmsUrl, refs: [] })
    expect(published.written).toEqual([])
    expect(published.removed).toEqual([])
  }, 120_000)
})
