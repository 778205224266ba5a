/**
 * The numbered cases of issue 12 (editorial integrity), each replayed over REST as the
 * probe did it, and each result re-read as the system. Case 6 (sign-in) is in
 * access-login.int.test.ts; case 7 in tests/unit/staff-cookie.test.ts and the security
 * header tests; the whole policy table in access-editorial.int.test.ts.
 */
import type { CollectionSlug } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { startTestPayload, type TestPayload } from '../support/payload.ts'
import { idOf } from './helpers/access.ts'
import { type Api, apiFor } from './helpers/api.ts'
import { buildWorld, type World } from './helpers/fixtures.ts'
import { newRecord } from './helpers/owned-records.ts'

let t: TestPayload
let world: World
let api: Api

beforeAll(async () => {
  t = await startTestPayload()
  world = await buildWorld(t.payload)
  api = await apiFor(t.payload, world)
})
afterAll(async () => t?.close())

const PIXEL = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg=='

async function stored(collection: CollectionSlug, id: number) {
  return (await t.payload.findByID({ collection, id, depth: 0 })) as unknown as Record<string, unknown>
}

describe('case 1: an editor cannot unpublish without a reviewer', () => {
  it.each([['procedures'], ['faqs'], ['life-events']] as const)(
    '%s: PATCH _status "draft" on a published record is refused, the public still reads it',
    async (collection) => {
      const { data } = await newRecord(world, collection, world.agencies.departmentA)
      const id = (await t.payload.create({ collection, data: { ...data, _status: 'published' } as never })).id
      const answer = await api.rest('editorA', 'PATCH', `${collection}/${id}`, { _status: 'draft' })
      expect(answer.status).toBe(403)
      expect(answer.body.error.code).toBe('unpublish.reviewer_only')
      expect((await api.rest('public', 'GET', `${collection}/${id}?depth=0`)).status).toBe(200)
    },
  )

  it("an editor's change to a published procedure waits as a draft; the live version stays live", async () => {
    const id = world.procedures.publishedA
    const before = await stored('procedures', id)
    const answer = await api.rest('editorA', 'PATCH', `procedures/${id}`, { agencyNote: 'Thay đổi chờ duyệt' })
    expect(answer.status).toBe(200)
    const publicView = await api.rest('public', 'GET', `procedures/${id}?depth=0`)
    expect(publicView.status).toBe(200)
    expect(publicView.body.agencyNote ?? null).toBe(before.agencyNote ?? null)
    expect(publicView.body._status).toBe('published')
    const draft = await t.payload.findByID({ collection: 'procedures', id, draft: true, depth: 0 })
    expect(draft.agencyNote).toBe('Thay đổi chờ duyệt')
  })

  it('restoring a draft version over the live procedure is refused to an editor, allowed as a draft', async () => {
    const id = world.procedures.publishedA
    await t.payload.update({ collection: 'procedures', id, data: { agencyNote: 'bản nháp cũ' }, draft: true })
    const { docs } = await t.payload.findVersions({
      collection: 'procedures',
      where: { and: [{ parent: { equals: id } }, { 'version._status': { equals: 'draft' } }] },
      sort: '-updatedAt',
      limit: 1,
    })
    const version = docs[0]?.id
    const refused = await api.rest('editorA', 'POST', `procedures/versions/${version}`)
    expect(refused.status).toBe(403)
    expect(refused.body.error.code).toBe('restore.reviewer_only')
    expect((await stored('procedures', id))._status).toBe('published')
    const asDraft = await api.rest('editorA', 'POST', `procedures/versions/${version}?draft=true`)
    expect(asDraft.status).toBe(200)
    expect((await stored('procedures', id))._status).toBe('published')
  })
})

describe("case 2: no editor replaces or deletes another agency's image", () => {
  const upload = async (agency: number | null) => {
    const data = Buffer.from(PIXEL, 'base64')
    const file = { name: `anh-${Date.now()}-${agency}.png`, data, mimetype: 'image/png', size: data.length }
    return (await t.payload.create({ collection: 'media', data: { alt: 'Ảnh', agency }, file })).id
  }
  const form = () => {
    const body = new FormData()
    body.append('file', new Blob([Buffer.from(PIXEL, 'base64')], { type: 'image/png' }), 'thay-the.png')
    body.append('_payload', JSON.stringify({ alt: 'Thay thế' }))
    return body
  }

  it("PATCH with a new file on the administrator's upload is refused, and the file stays", async () => {
    const id = await upload(null)
    const before = await stored('media', id)
    const answer = await api.restForm('editorA', 'PATCH', `media/${id}`, form())
    expect([403, 404]).toContain(answer.status)
    expect((await stored('media', id)).filename).toBe(before.filename)
  })

  it("DELETE of another agency's image is refused, and the image stays", async () => {
    const id = await upload(world.agencies.ministryB)
    const answer = await api.rest('editorA', 'DELETE', `media/${id}`)
    expect([403, 404]).toContain(answer.status)
    expect((await stored('media', id)).id).toBe(id)
  })
})

describe("case 3: nothing is attached to another agency's procedure without its review", () => {
  it.each([['videos'], ['forms'], ['faqs']] as const)(
    "an editor's new %s linked to another ministry's procedure is refused; the procedure lists none",
    async (collection) => {
      const { data } = await newRecord(world, collection, world.agencies.ministryA)
      const answer = await api.rest('editorA', 'POST', `${collection}?draft=true`, {
        ...data,
        procedures: [world.procedures.publishedB],
      })
      expect(answer.status).toBe(403)
      expect(answer.body.error.code).toBe('link.outside_tree')
      const listed = await api.rest(
        'public',
        'GET',
        `${collection}?where[procedures][in]=${world.procedures.publishedB}`,
      )
      expect(listed.body.totalDocs).toBe(0)
    },
  )
})

describe('case 4: no record is orphaned', () => {
  it.each([['videos'], ['faqs'], ['forms'], ['media'], ['procedures'], ['life-events']] as const)(
    'PATCH {"agency": null} on a %s is refused for an editor; the agency stays',
    async (collection) => {
      const { data, file } = await newRecord(world, collection, world.agencies.ministryA)
      const id = (await t.payload.create({ collection, data: data as never, file })).id as number
      const answer = await api.rest('editorA', 'PATCH', `${collection}/${id}?draft=true`, { agency: null })
      // Media's agency is an administrator's field: the value is dropped rather than refused.
      if (collection !== 'media') {
        expect(answer.status).toBe(400)
        expect(answer.body.error.code).toBe('agency.required')
      }
      const after = await t.payload.findByID({ collection, id, depth: 0, draft: true })
      expect(idOf((after as { agency?: unknown }).agency)).toBe(world.agencies.ministryA)
    },
  )

  it('a new record without an agency gets the editor’s own', async () => {
    const { data } = await newRecord(world, 'videos', world.agencies.ministryA)
    const { agency: _none, ...withoutAgency } = data
    const answer = await api.rest('editorB', 'POST', 'videos', withoutAgency)
    expect(answer.status).toBe(201)
    expect(idOf(answer.body.doc.agency)).toBe(world.agencies.ministryB)
  })
})

describe('case 5: locks only in one’s own name, on what one may edit', () => {
  const lock = (role: 'editorA' | 'editorB', document: number, user: number) =>
    api.rest(role, 'POST', 'payload-locked-documents', {
      document: { relationTo: 'procedures', value: document },
      user: { relationTo: 'users', value: user },
    })

  it("a lock in the administrator's name on another agency's procedure is refused; its editor is not locked out", async () => {
    const answer = await lock('editorA', world.procedures.publishedB, world.users.admin.id)
    expect(answer.status).toBe(403)
    expect(answer.body.error.code).toBe('lock.not_own')
    const edit = await api.rest('editorB', 'PATCH', `procedures/${world.procedures.publishedB}?draft=true`, {
      agencyNote: 'không bị khóa',
    })
    expect(edit.status).toBe(200)
  })

  it("a lock in one's own name on another agency's procedure is refused too", async () => {
    expect((await lock('editorA', world.procedures.publishedB, world.users.editorA.id)).status).toBe(403)
  })

  it("a lock in one's own name on one's own procedure is taken, and no one else removes it", async () => {
    const taken = await lock('editorA', world.procedures.draftA, world.users.editorA.id)
    expect(taken.status).toBe(201)
    const id = taken.body.doc.id
    const removed = await api.rest('reviewerA', 'DELETE', `payload-locked-documents/${id}`)
    expect([403, 404]).toContain(removed.status)
    expect((await api.rest('editorA', 'DELETE', `payload-locked-documents/${id}`)).status).toBe(200)
  })
})

describe('case 8: drafts and versions stay in their own agency tree', () => {
  it("an editor of another ministry reads neither a draft nor its versions; the own tree's staff do", async () => {
    const id = world.procedures.draftA
    expect((await api.rest('editorB', 'GET', `procedures/${id}?draft=true`)).status).toBe(404)
    const versions = await api.rest('editorB', 'GET', `procedures/versions?where[parent][equals]=${id}`)
    expect(versions.status === 403 || versions.body.totalDocs === 0).toBe(true)
    const list = await api.rest('editorB', 'GET', 'procedures?draft=true&limit=100&depth=0')
    expect(list.body.docs.map((doc: { id: number }) => doc.id)).not.toContain(id)
    expect((await api.rest('editorA', 'GET', `procedures/${id}?draft=true`)).status).toBe(200)
    expect(
      (await api.rest('reviewerA', 'GET', `procedures/versions?where[parent][equals]=${id}`)).body.totalDocs,
    ).toBeGreaterThan(0)
  })
})
