/**
 * Who may write the records an agency owns (procedures, FAQs, life events, forms, videos,
 * images), per role, through the Local API with access checks on (STYLE 13). Staff of
 * agency A work in A's tree (its department included); editorB belongs to agency B.
 */
import type { CollectionSlug } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startTestPayload, type TestPayload } from '../support/payload.ts'
import { allowed, as, idOf, type Role } from './helpers/access.ts'
import { buildWorld, type World } from './helpers/fixtures.ts'
import { newRecord, OWNED, type Owned, seedRecord, touch, VERSIONED } from './helpers/owned-records.ts'

let t: TestPayload
let world: World

beforeAll(async () => {
  t = await startTestPayload()
  world = await buildWorld(t.payload)
})
afterAll(async () => t?.close())

/** `delete`: a file (form, video, image); `deleteReviewed`: a reviewed record, which takes a live page down. */
type May = {
  read: boolean
  createHome: boolean
  createAway: boolean
  update: boolean
  move: boolean
  delete: boolean
  deleteReviewed: boolean
}

/** Home: an agency in the role's own tree; away: one outside it. Admin and the public use A's tree. */
const home = (role: Role) => (role === 'editorB' ? world.agencies.ministryB : world.agencies.departmentA)
const away = (role: Role) => (role === 'editorB' ? world.agencies.departmentA : world.agencies.ministryB)

const editor: May = {
  read: true,
  createHome: true,
  createAway: false,
  update: true,
  move: false,
  delete: true,
  deleteReviewed: false,
}
const nobody: May = { ...editor, createHome: false, update: false, delete: false }
const ROLES: [Role, May][] = [
  [
    'admin',
    { read: true, createHome: true, createAway: true, update: true, move: true, delete: true, deleteReviewed: true },
  ],
  ['editorA', editor],
  ['reviewerA', { ...editor, deleteReviewed: true }],
  ['editorB', editor],
  ['officerA', nobody],
  ['public', nobody],
]

const verb = (yes: boolean) => (yes ? 'may' : 'may not')

describe.each(OWNED.map((collection) => [collection]))('%s', (collection: Owned) => {
  const slug = collection as CollectionSlug
  // Editors save drafts of versioned records; only reviewers publish (hooks/guard-agency.ts).
  const draft = VERSIONED.has(collection) ? { draft: true } : {}

  describe.each(ROLES)('as %s', (role, may) => {
    it(`${verb(may.read)} read a published record of its home agency`, async () => {
      const id = await seedRecord(t.payload, world, collection, home(role))
      expect(await allowed(() => t.payload.findByID({ collection: slug, id, ...as(world, role) }))).toBe(may.read)
    })

    it(`${verb(may.createHome)} create one for its home agency`, async () => {
      const { data, file } = await newRecord(world, collection, home(role))
      const create = () =>
        t.payload.create({ collection: slug, data: data as never, file, ...draft, ...as(world, role) })
      expect(await allowed(create)).toBe(may.createHome)
    })

    it(`${verb(may.createAway)} create one for another agency`, async () => {
      const { data, file } = await newRecord(world, collection, away(role))
      const create = () =>
        t.payload.create({ collection: slug, data: data as never, file, ...draft, ...as(world, role) })
      expect(await allowed(create)).toBe(may.createAway)
    })

    it(`${verb(may.update)} edit one of its home agency, and never one of another agency`, async () => {
      const edit = async (agency: number) => {
        const id = await seedRecord(t.payload, world, collection, agency)
        const data = touch(collection, `sửa bởi ${role}`)
        return allowed(() => t.payload.update({ collection: slug, id, data, ...draft, ...as(world, role) }))
      }
      expect(await edit(home(role))).toBe(may.update)
      expect(await edit(away(role))).toBe(role === 'admin')
    })

    it(`${verb(may.move)} move one of its home agency to another agency`, async () => {
      const id = await seedRecord(t.payload, world, collection, home(role))
      await allowed(() =>
        t.payload.update({ collection: slug, id, data: { agency: away(role) }, ...draft, ...as(world, role) }),
      )
      // Refused either way: an error (guardAgency) or the field left as it was (field access).
      const stored = await t.payload.findByID({ collection: slug, id, depth: 0, ...draft })
      expect(idOf((stored as { agency?: unknown }).agency) === away(role)).toBe(may.move)
    })

    const mayDelete = VERSIONED.has(collection) ? may.deleteReviewed : may.delete
    it(`${verb(mayDelete)} delete one of its home agency, and never one of another agency`, async () => {
      const remove = async (agency: number) => {
        const id = await seedRecord(t.payload, world, collection, agency)
        const ok = await allowed(() => t.payload.delete({ collection: slug, id, ...as(world, role) }))
        const left = await t.payload.find({ collection: slug, where: { id: { equals: id } }, depth: 0, draft: true })
        expect(left.totalDocs).toBe(ok ? 0 : 1)
        return ok
      }
      expect(await remove(home(role))).toBe(mayDelete)
      expect(await remove(away(role))).toBe(role === 'admin')
    })
  })
})

describe('media ownership', () => {
  it("stamps a new image with the uploader's agency", async () => {
    const { data, file } = await newRecord(world, 'media', world.agencies.ministryB)
    const { agency: _none, ...withoutAgency } = data
    const image = await t.payload.create({
      collection: 'media',
      data: withoutAgency as never,
      file,
      ...as(world, 'editorB'),
    })
    expect(idOf(image.agency)).toBe(world.agencies.ministryB)
  })
})
