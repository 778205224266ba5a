import { existsSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { handleEndpoints } from 'payload'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { startTestPayload, type TestPayload } from '../support/payload.ts'
import { startTestS3, type TestS3 } from './helpers/s3.ts'

/**
 * With S3_* set, uploads live in the bucket (every replica sees the same files), nothing in
 * UPLOADS_DIR, and Payload still serves them at /api/{collection}/file/{name}.
 */
let s3: TestS3
let t: TestPayload

beforeAll(async () => {
  s3 = await startTestS3()
  // Read once by cms/src/env.ts when the config loads: set before Payload opens.
  Object.assign(process.env, s3.env)
  t = await startTestPayload()
})
afterAll(async () => {
  await t?.close()
  await s3?.close()
  for (const name of Object.keys(s3?.env ?? {})) delete process.env[name]
})

const pdf = () => readFile(path.resolve(import.meta.dirname, '../fixtures/media/synthetic-sample-form.pdf'))

/** GET a path through Payload's REST handler, as the Next route calls it. */
async function get(pathname: string): Promise<Response> {
  return handleEndpoints({ config: t.payload.config, request: new Request(`http://localhost:3000${pathname}`) })
}

describe('uploads in S3-compatible object storage (s3rver)', () => {
  it('stores a template form in the bucket under forms/, not on disk, and serves it back', async () => {
    const data = await pdf()
    const form = await t.payload.create({
      collection: 'forms',
      data: { slug: 'to-khai-s3', title: 'Tờ khai (S3)' },
      file: { name: 'to-khai-s3.pdf', data, mimetype: 'application/pdf', size: data.length },
    })
    expect(form.prefix).toBe('forms')
    expect(await s3.read('forms/to-khai-s3.pdf')).toEqual(data)
    expect(existsSync(path.join(process.env.UPLOADS_DIR as string, 'forms', 'to-khai-s3.pdf'))).toBe(false)

    // Both the address the record gives and the one the static site builds (no prefix) serve it.
    const recordUrl = new URL(form.url as string)
    for (const address of [`${recordUrl.pathname}${recordUrl.search}`, `/api/forms/file/${form.filename}`]) {
      const served = await get(address)
      expect(served.status, address).toBe(200)
      expect(served.headers.get('content-type')).toBe('application/pdf')
      expect(Buffer.from(await served.arrayBuffer())).toEqual(data)
    }
  })

  it('stores an image and each of its sizes under media/, and removes them all with the record', async () => {
    const image = await sharp({ create: { width: 1600, height: 900, channels: 3, background: '#c8102e' } })
      .png()
      .toBuffer()
    const media = await t.payload.create({
      collection: 'media',
      data: { alt: 'Quốc kỳ' },
      file: { name: 'co.png', data: image, mimetype: 'image/png', size: image.length },
    })
    const keys = (await s3.keys()).filter((key) => key.startsWith('media/'))
    const expected = [media.filename, ...Object.values(media.sizes ?? {}).map((size) => size?.filename)]
    expect(expected.every(Boolean)).toBe(true)
    expect(keys).toEqual(expected.map((name) => `media/${name}`).sort())
    const thumbnail = await get(`/api/media/file/${media.sizes?.thumbnail?.filename}`)
    expect(thumbnail.status).toBe(200)
    expect((await sharp(Buffer.from(await thumbnail.arrayBuffer())).metadata()).width).toBe(320)

    await t.payload.delete({ collection: 'media', id: media.id })
    expect((await s3.keys()).filter((key) => key.startsWith('media/'))).toEqual([])
  })

  it('answers 404 for a file the bucket does not hold', async () => {
    expect((await get('/api/forms/file/khong-co.pdf')).status).toBe(404)
  })
})
