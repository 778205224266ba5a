import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { startTestPayload, type TestPayload } from '../support/payload.ts'

let t: TestPayload

beforeAll(async () => {
  t = await startTestPayload()
})
afterAll(async () => t?.close())

/** The smallest well-formed PDF: enough for a content sniffer, and for a reader. */
const pdf = Buffer.from(
  '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\n' +
    'xref\n0 3\n0000000000 65535 f \n0000000009 00000 n \n0000000052 00000 n \n' +
    'trailer<</Size 3/Root 1 0 R>>\nstartxref\n98\n%%EOF\n',
)
const png = Buffer.from(
  '89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000a49444154789c6300010000050001',
  'hex',
)

const upload = (name: string, data: Buffer, mimetype: string, slug: string) =>
  t.payload.create({
    collection: 'forms',
    data: { slug, title: 'Tờ khai đăng ký khai sinh' },
    file: { name, data, mimetype, size: data.length },
  })

describe('template form uploads are judged by content, not by name', () => {
  it('accepts a real PDF', async () => {
    const form = await upload('to-khai.pdf', pdf, 'application/pdf', 'to-khai-pdf')
    expect(form.mimeType).toBe('application/pdf')
    expect(form.filename).toBe('to-khai.pdf')
  })

  it('refuses a PNG renamed to .docx, with the reason in Vietnamese', async () => {
    const attempt = upload(
      'to-khai.docx',
      png,
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      'to-khai-fake-docx',
    )
    await expect(attempt).rejects.toMatchObject({ status: 400 })
    await expect(attempt).rejects.toThrow(/không phải PDF, DOCX hoặc XLSX/)
  })

  it('refuses plain text named .pdf and keeps nothing of it', async () => {
    await expect(
      upload('to-khai.pdf', Buffer.from('MZ not a pdf at all'), 'application/pdf', 'fake'),
    ).rejects.toMatchObject({
      status: 400,
    })
    const { totalDocs } = await t.payload.count({ collection: 'forms', where: { slug: { equals: 'fake' } } })
    expect(totalDocs).toBe(0)
  })

  it('keeps form metadata without a file (announced before it is scanned in)', async () => {
    const form = await t.payload.create({ collection: 'forms', data: { slug: 'no-file-yet', title: 'Mẫu TK1-TS' } })
    expect(form.filename).toBeFalsy()
  })
})
