import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startTestPayload, type TestPayload } from '../support/payload.ts'
import { buildWorld, type World } from './helpers/fixtures.ts'

let t: TestPayload
let world: World

beforeAll(async () => {
  t = await startTestPayload()
  world = await buildWorld(t.payload)
})
afterAll(async () => t?.close())

type Role = keyof World['users'] | 'public'
const as = (role: Role) => (role === 'public' ? {} : { user: world.users[role] })

/** Does the call go through? Refusals are Payload's Forbidden / NotFound / APIError, never a crash. */
async function allowed(call: () => Promise<unknown>): Promise<boolean> {
  try {
    await call()
    return true
  } catch (error) {
    const status = (error as { status?: number }).status
    if (status === 403 || status === 404) return false
    throw error
  }
}

const newProcedure = (code: string, agency: number) => ({
  code,
  name: `Thủ tục mới ${code}`,
  level: 'central' as const,
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
    ['editorB', 3],
    ['admin', 3],
  ])('%s sees %i of them (drafts are for staff only)', async (role, count) => {
    const { totalDocs } = await t.payload.find({
      collection: 'procedures',
      overrideAccess: false,
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
    const ok = await allowed(() =>
      t.payload.create({ collection: 'procedures', data, draft: true, overrideAccess: false, ...as(role) }),
    )
    expect(ok).toBe(may.ownDraft)
  })

  it(`${may.otherAgency ? 'may' : 'may not'} create a draft for agency B`, async () => {
    const data = newProcedure(code(), world.agencies.ministryB)
    const ok = await allowed(() =>
      t.payload.create({ collection: 'procedures', data, draft: true, overrideAccess: false, ...as(role) }),
    )
    expect(ok).toBe(may.otherAgency)
  })

  it(`${may.publish ? 'may' : 'may not'} publish agency A's draft`, async () => {
    const ok = await allowed(() =>
      t.payload.update({
        collection: 'procedures',
        id: world.procedures.draftA,
        data: { _status: 'published' },
        overrideAccess: false,
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
        overrideAccess: false,
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
        overrideAccess: false,
        ...as(role),
      }),
    )
    expect(ok).toBe(may.editOther)
  })
})

describe('reference data and accounts', () => {
  it.each<[Role, boolean]>([
    ['admin', true],
    ['editorA', false],
    ['reviewerA', false],
    ['public', false],
  ])('%s creating an agency: %s', async (role, expected) => {
    const data = {
      code: `X${Math.floor(Math.random() * 1e6)}`,
      slug: `x-${Date.now()}-${Math.random().toString(36).slice(2)}`,
      name: 'X',
      kind: 'unit' as const,
    }
    expect(
      await allowed(() => t.payload.create({ collection: 'agencies', data, overrideAccess: false, ...as(role) })),
    ).toBe(expected)
  })

  it('an editor cannot give themself the admin role', async () => {
    const updated = await t.payload.update({
      collection: 'users',
      id: world.users.editorA.id,
      data: { roles: ['admin'] },
      overrideAccess: false,
      user: world.users.editorA,
    })
    expect(updated.roles).toEqual(['editor'])
  })

  it('an editor cannot read another staff account', async () => {
    const { totalDocs } = await t.payload.find({
      collection: 'users',
      overrideAccess: false,
      user: world.users.editorA,
    })
    expect(totalDocs).toBe(1)
  })
})
