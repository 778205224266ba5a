import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startTestPayload, type TestPayload } from '../support/payload.ts'

import { allowed, as as asRole, idOf, type Role, STAFF_ROLES } from './helpers/access.ts'
import { buildWorld, type World } from './helpers/fixtures.ts'

let t: TestPayload
let world: World

beforeAll(async () => {
  t = await startTestPayload()
  world = await buildWorld(t.payload)
})
afterAll(async () => t?.close())

const as = (role: Role) => asRole(world, role)

const newProcedure = (code: string, agency: number) => ({
  code,
  name: `Thủ tục mới ${code}`,
  levels: ['central' as const],
  serviceLevel: 'none' as const,
  sector: world.sector,
  agency,
  steps: [{ text: 'Bước 1' }],
  result: 'Kết quả',
})

describe('reading procedures', () => {
  it.each<[Role, number]>([
    ['public', 2],
    ['officerA', 3],
    // Agency A's draft is A's tree's only (issue 12 case 8).
    ['editorB', 2],
    ['admin', 3],
  ])('%s sees %i of them (drafts stay in their own agency tree)', async (role, count) => {
    const { totalDocs } = await t.payload.find({
      collection: 'procedures',
      ...as(role),
      depth: 0,
    })
    expect(totalDocs).toBe(count)
  })

  it('the public cannot read a draft by id', async () => {
    expect(
      await allowed(() =>
        t.payload.findByID({ collection: 'procedures', id: world.procedures.draftA, overrideAccess: false }),
      ),
    ).toBe(false)
  })
})

describe.each<
  [Role, { ownDraft: boolean; otherAgency: boolean; publish: boolean; editOwn: boolean; editOther: boolean }]
>([
  ['editorA', { ownDraft: true, otherAgency: false, publish: false, editOwn: true, editOther: false }],
  ['reviewerA', { ownDraft: true, otherAgency: false, publish: true, editOwn: true, editOther: false }],
  ['editorB', { ownDraft: false, otherAgency: true, publish: false, editOwn: false, editOther: true }],
  ['officerA', { ownDraft: false, otherAgency: false, publish: false, editOwn: false, editOther: false }],
  ['public', { ownDraft: false, otherAgency: false, publish: false, editOwn: false, editOther: false }],
  ['admin', { ownDraft: true, otherAgency: true, publish: true, editOwn: true, editOther: true }],
])('%s writing procedures', (role, may) => {
  let seq = 0
  const code = () => `2.${String(Date.now() % 100000).padStart(5, '0')}${seq++ % 10}`

  it(`${may.ownDraft ? 'may' : 'may not'} create a draft for agency A's department`, async () => {
    const data = newProcedure(code(), world.agencies.departmentA)
    const ok = await allowed(() => t.payload.create({ collection: 'procedures', data, draft: true, ...as(role) }))
    expect(ok).toBe(may.ownDraft)
  })

  it(`${may.otherAgency ? 'may' : 'may not'} create a draft for agency B`, async () => {
    const data = newProcedure(code(), world.agencies.ministryB)
    const ok = await allowed(() => t.payload.create({ collection: 'procedures', data, draft: true, ...as(role) }))
    expect(ok).toBe(may.otherAgency)
  })

  it(`${may.publish ? 'may' : 'may not'} publish agency A's draft`, async () => {
    const ok = await allowed(() =>
      t.payload.update({
        collection: 'procedures',
        id: world.procedures.draftA,
        data: { _status: 'published' },
        ...as(role),
      }),
    )
    expect(ok).toBe(may.publish)
    if (ok) {
      // Put it back for the next role.
      await t.payload.update({
        collection: 'procedures',
        id: world.procedures.draftA,
        data: { _status: 'draft' },
        draft: true,
      })
    }
  })

  it(`${may.editOwn ? 'may' : 'may not'} save a draft of agency A's published procedure`, async () => {
    const ok = await allowed(() =>
      t.payload.update({
        collection: 'procedures',
        id: world.procedures.publishedA,
        data: { agencyNote: `sửa bởi ${role}` },
        draft: true,
        ...as(role),
      }),
    )
    expect(ok).toBe(may.editOwn)
  })

  it(`${may.editOther ? 'may' : 'may not'} save a draft of agency B's procedure`, async () => {
    const ok = await allowed(() =>
      t.payload.update({
        collection: 'procedures',
        id: world.procedures.publishedB,
        data: { agencyNote: `sửa bởi ${role}` },
        draft: true,
        ...as(role),
      }),
    )
    expect(ok).toBe(may.editOther)
  })
})

describe.each<[Role, boolean]>([
  ['admin', true],
  ['editorA', false],
  ['reviewerA', false],
  ['editorB', false],
  ['officerA', false],
  ['public', false],
])('reference data as %s (writes: %s)', (role, may) => {
  let seq = 0
  const code = () => `R${Date.now() % 1e6}${seq++}`
  const records = {
    agencies: () => ({
      code: code(),
      slug: `co-quan-${code().toLowerCase()}`,
      name: 'Cơ quan thử',
      kind: 'unit' as const,
    }),
    sectors: () => ({
      code: code(),
      slug: `linh-vuc-${code().toLowerCase()}`,
      name: 'Lĩnh vực thử',
      ministry: world.agencies.ministryA,
    }),
  }

  describe.each([['agencies'], ['sectors']] as const)('%s', (collection) => {
    const seed = async () => (await t.payload.create({ collection, data: records[collection]() as never })).id

    it('reads them', async () => {
      const { totalDocs } = await t.payload.find({ collection, depth: 0, ...as(role) })
      expect(totalDocs).toBeGreaterThan(0)
    })

    it(`${may ? 'may' : 'may not'} create, edit and delete one`, async () => {
      const data = records[collection]() as never
      expect(await allowed(() => t.payload.create({ collection, data, ...as(role) }))).toBe(may)
      const edited = await seed()
      expect(
        await allowed(() => t.payload.update({ collection, id: edited, data: { name: 'Đổi tên' }, ...as(role) })),
      ).toBe(may)
      const removed = await seed()
      expect(await allowed(() => t.payload.delete({ collection, id: removed, ...as(role) }))).toBe(may)
      const left = await t.payload.find({ collection, where: { id: { equals: removed } }, depth: 0 })
      expect(left.totalDocs).toBe(may ? 0 : 1)
    })
  })
})

describe('staff accounts', () => {
  const password = 'a-long-test-password-2'
  let seq = 0
  const newStaff = () => ({
    email: `staff.${Date.now()}.${seq++}@test.local`,
    password,
    name: 'Cán bộ thử',
    roles: ['editor' as const],
    agency: world.agencies.ministryA,
  })
  const self = (role: (typeof STAFF_ROLES)[number]) => world.users[role].id

  it.each<[Role, 'every' | 'own' | 'none']>([
    ['admin', 'every'],
    ['editorA', 'own'],
    ['officerA', 'own'],
    ['public', 'none'],
  ])('%s reads %s account(s)', async (role, reach) => {
    const list = () => t.payload.find({ collection: 'users', depth: 0, pagination: false, ...as(role) })
    expect(await allowed(list)).toBe(reach !== 'none')
    if (reach === 'none') return
    const ids = (await list()).docs.map((user) => user.id)
    if (reach === 'own') expect(ids).toEqual([world.users[role as 'editorA'].id])
    else expect(ids).toEqual(expect.arrayContaining(STAFF_ROLES.map((staff) => world.users[staff].id)))
  })

  describe.each<[(typeof STAFF_ROLES)[number], boolean]>([
    ['admin', true],
    ['editorA', false],
    ['reviewerA', false],
    ['editorB', false],
    ['officerA', false],
  ])('as %s (administrator: %s)', (role, admin) => {
    it('may change their own name', async () => {
      const updated = await t.payload.update({
        collection: 'users',
        id: self(role),
        data: { name: `Tên mới ${role}` },
        ...as(role),
      })
      expect(updated.name).toBe(`Tên mới ${role}`)
    })

    it(`${admin ? 'may' : 'may not'} change their own roles or agency`, async () => {
      const before = await t.payload.findByID({ collection: 'users', id: self(role), depth: 0 })
      // A role and an agency they do not hold yet.
      const added = before.roles?.includes('officer') ? ('reviewer' as const) : ('officer' as const)
      const roles = [...(before.roles ?? []), added]
      const agency =
        idOf(before.agency) === world.agencies.ministryB ? world.agencies.ministryA : world.agencies.ministryB
      await allowed(() =>
        t.payload.update({
          collection: 'users',
          id: self(role),
          data: { roles, agency },
          ...as(role),
        }),
      )
      const after = await t.payload.findByID({ collection: 'users', id: self(role), depth: 0 })
      expect(after.roles?.includes(added)).toBe(admin)
      expect(idOf(after.agency) === agency).toBe(admin)
      // Put the account back for the other tables.
      await t.payload.update({
        collection: 'users',
        id: self(role),
        data: { roles: before.roles, agency: before.agency },
      })
    })

    it(`${admin ? 'may' : 'may not'} create, edit or delete another account`, async () => {
      expect(await allowed(() => t.payload.create({ collection: 'users', data: newStaff(), ...as(role) }))).toBe(admin)
      const other = (await t.payload.create({ collection: 'users', data: newStaff() })).id
      expect(
        await allowed(() => t.payload.update({ collection: 'users', id: other, data: { name: 'Đổi' }, ...as(role) })),
      ).toBe(admin)
      expect(await allowed(() => t.payload.delete({ collection: 'users', id: other, ...as(role) }))).toBe(admin)
    })
  })

  it('the public may not create, edit or delete an account', async () => {
    expect(await allowed(() => t.payload.create({ collection: 'users', data: newStaff(), ...as('public') }))).toBe(
      false,
    )
    const other = (await t.payload.create({ collection: 'users', data: newStaff() })).id
    expect(
      await allowed(() => t.payload.update({ collection: 'users', id: other, data: { name: 'Đổi' }, ...as('public') })),
    ).toBe(false)
    expect(await allowed(() => t.payload.delete({ collection: 'users', id: other, ...as('public') }))).toBe(false)
  })
})

/** Publishing states: staff read them; only the publishing code writes them, never a person. */
describe.each<[Role, boolean]>([
  ['public', false],
  ['editorA', true],
  ['reviewerA', true],
  ['officerA', true],
  ['admin', true],
])('publishing states as %s', (role, reads) => {
  it(`${reads ? 'may read' : 'may not read'} them, and may not create, edit or delete one`, async () => {
    const key = `procedures:${world.procedures.publishedA}:${role}`
    const row = { key, collection: 'procedures', record: String(world.procedures.publishedA), state: 'live' as const }
    const id = (await t.payload.create({ collection: 'publications', data: row })).id
    let seen = 0
    const read = await allowed(async () => {
      seen = (await t.payload.find({ collection: 'publications', where: { key: { equals: key } }, ...as(role) }))
        .totalDocs
    })
    expect(read && seen === 1).toBe(reads)
    const other = { ...row, key: `${key}:new` }
    expect(await allowed(() => t.payload.create({ collection: 'publications', data: other, ...as(role) }))).toBe(false)
    expect(
      await allowed(() => t.payload.update({ collection: 'publications', id, data: { state: 'failed' }, ...as(role) })),
    ).toBe(false)
    expect(await allowed(() => t.payload.delete({ collection: 'publications', id, ...as(role) }))).toBe(false)
  })
})
