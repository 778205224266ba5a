/**
 * Draft preview (issue 11): a record's draft rendered as its public page by the site's own
 * renderer, for staff only, as a table of roles. Who sees which draft follows the rule for
 * reading versions (cms/src/access/policy-access.ts): the own agency tree, administrators all.
 * The renderer reads the published content over REST, here Payload's REST handler on a
 * local HTTP server.
 */
import http from 'node:http'
import type { AddressInfo } from 'node:net'

import { createRequestListener } from '@remix-run/node-fetch-server'
import { handleEndpoints } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { siteRenderer } from '../../cms/src/publish/renderer.ts'
import { startTestPayload, type TestPayload } from '../support/payload.ts'
import type { Role } from './helpers/access.ts'
import { type Api, apiFor } from './helpers/api.ts'
import { buildWorld, type World } from './helpers/fixtures.ts'

let t: TestPayload
let world: World
let api: Api
let server: http.Server
const drafts = { faq: 0, lifeEvent: 0 }

/** The text only the unpublished draft has: seeing it proves the draft was rendered, not the live page. */
const DRAFT_NAME = 'Tên trong bản nháp chưa xuất bản (dữ liệu tổng hợp)'

beforeAll(async () => {
  t = await startTestPayload()
  world = await buildWorld(t.payload)
  api = await apiFor(t.payload, world)
  const { config } = t.payload
  server = http.createServer(createRequestListener((request) => handleEndpoints({ config, request })))
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  process.env.CMS_URL = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  // A published procedure with a newer draft: the preview shows the draft, the public the old.
  await t.payload.update({
    collection: 'procedures',
    id: world.procedures.publishedA,
    data: { name: DRAFT_NAME, _status: 'draft' },
    draft: true,
  })
  const agency = world.agencies.ministryA
  const faq = await t.payload.create({
    collection: 'faqs',
    draft: true,
    data: { slug: 'hoi-xem-truoc', question: 'Câu hỏi xem trước (tổng hợp)?', agency, _status: 'draft' },
  })
  const lifeEvent = await t.payload.create({
    collection: 'life-events',
    draft: true,
    data: { slug: 'su-kien-xem-truoc', name: 'Sự kiện xem trước (tổng hợp)', audience: 'citizen', agency },
  })
  drafts.faq = faq.id
  drafts.lifeEvent = lifeEvent.id
  // The renderer is built once per change of the site's code: not part of a request's time.
  await siteRenderer({ CMS_URL: process.env.CMS_URL })
}, 600_000)

afterAll(async () => {
  server?.close()
  delete process.env.CMS_URL
  await t?.close()
})

const preview = (role: Role, path: string, headers?: Record<string, string>) =>
  api.rest(role, 'GET', `publications/preview/${path}`, undefined, headers)

/** The draft procedure of agency A's tree (its department's), as each role asks for it. */
const ROWS: [Role, number, string | null][] = [
  ['public', 401, 'publishing.preview.sign_in'],
  ['editorA', 200, null],
  ['reviewerA', 200, null],
  ['officerA', 200, null],
  ['admin', 200, null],
  // Another agency's editor: drafts are read in the own agency tree only; not even its existence.
  ['editorB', 404, 'publishing.preview.not_found'],
]

describe.each(ROWS)('preview of a draft procedure as %s', (role, status, code) => {
  it(`answers ${status}`, async () => {
    const answer = await preview(role, `procedures/${world.procedures.publishedA}?lang=vi`)
    expect(answer.status).toBe(status)
    expect(answer.headers.get('cache-control')).toBe('private, no-store')
    if (code) {
      expect(answer.body).toEqual({ error: { code, message: expect.any(String) } })
      return
    }
    const html = answer.body as string
    expect(answer.headers.get('content-type')).toMatch(/^text\/html/)
    expect(answer.headers.get('x-robots-tag')).toBe('noindex, nofollow')
    expect(html).toContain(DRAFT_NAME)
    expect(html).toMatch(/<html[^>]* lang="vi"/)
    expect(html).toContain('<meta name="robots" content="noindex, nofollow">')
    expect(html).toMatch(/<div role="note" data-preview-banner[^>]*>Bản xem trước, chưa xuất bản/)
  })
})

describe('preview', () => {
  it('renders a draft FAQ and a draft life event, never published, as their pages', async () => {
    const faq = await preview('editorA', `faqs/${drafts.faq}?lang=vi`)
    expect(faq.status).toBe(200)
    expect(faq.body).toContain('Câu hỏi xem trước (tổng hợp)?')
    const event = await preview('reviewerA', `life-events/${drafts.lifeEvent}?lang=vi`)
    expect(event.status).toBe(200)
    expect(event.body).toContain('Sự kiện xem trước (tổng hợp)')
  })

  it('renders the English page with an English banner', async () => {
    const answer = await preview('admin', `procedures/${world.procedures.draftA}?lang=en`)
    expect(answer.status).toBe(200)
    expect(answer.body).toMatch(/<html[^>]* lang="en"/)
    expect(answer.body).toContain('Preview, not published')
  })

  it('leaves the public read alone: the published version keeps its name', async () => {
    const live = await api.rest('public', 'GET', `procedures/${world.procedures.publishedA}?depth=0&locale=vi`)
    expect(live.status).toBe(200)
    expect(live.body.name).not.toBe(DRAFT_NAME)
  })

  it.each([
    ['a collection without drafts', `sectors/${1}?lang=vi`],
    ['an id that is not a number', 'procedures/abc?lang=vi'],
    ['a language the site does not have', `procedures/${1}?lang=fr`],
  ])('refuses %s with a 400 in the error shape, in the asker’s language', async (_, path) => {
    const answer = await preview('editorA', path, { 'accept-language': 'en' })
    expect(answer.status).toBe(400)
    expect(answer.body).toEqual({
      error: { code: 'publishing.preview.invalid', message: expect.stringContaining('Only procedures') },
    })
  })

  it('answers 404 for a record that does not exist', async () => {
    const answer = await preview('admin', 'procedures/987654?lang=vi')
    expect(answer.status).toBe(404)
    expect(answer.body.error.code).toBe('publishing.preview.not_found')
  })
})
