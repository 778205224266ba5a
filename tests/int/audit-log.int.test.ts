/**
 * The audit log (issue 12): sign-ins, role and agency changes, publishes, unpublishes,
 * deletes and version restores, each with who, what, when and from where; readable by
 * administrators only; no one changes or removes an entry through REST or GraphQL; an act
 * that is rolled back leaves no entry (the entry shares the act's transaction).
 */
import { createLocalReq, initTransaction, killTransaction } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { startTestPayload, type TestPayload } from '../support/payload.ts'
import { type Api, apiFor } from './helpers/api.ts'
import { buildWorld, STAFF_PASSWORD, type World } from './helpers/fixtures.ts'
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

type Entry = {
  id: number
  action: string
  actor: number | null
  actorEmail: string | null
  targetCollection: string | null
  targetId: string | null
  ip: string | null
  createdAt: string
}

async function entries(where: string): Promise<Entry[]> {
  const answer = await api.rest('admin', 'GET', `audit-log?depth=0&limit=100&${where}`)
  expect(answer.status).toBe(200)
  return answer.body.docs
}

/** Why the database refused (drizzle wraps PostgreSQL's error as its cause), or "allowed". */
async function refusal(act: Promise<unknown>): Promise<string> {
  try {
    await act
    return 'allowed'
  } catch (error) {
    const { cause, message } = error as { cause?: { message?: string }; message: string }
    return `${message} ${cause?.message ?? ''}`
  }
}

const OFFICE = '192.0.2.44'
const asReviewer = { 'x-forwarded-for': OFFICE }

describe('every act is on record, with who, what, when and from where', () => {
  it('sign-ins, role and agency changes, publish, unpublish, restore and delete', async () => {
    // The API helper signs each role in on first use, from no address: do it before the window.
    await api.rest('reviewerA', 'GET', 'users/me')
    const start = new Date().toISOString()
    const reviewer = world.users.reviewerA
    const failed = await api.rest(
      'public',
      'POST',
      'users/login',
      { email: reviewer.email, password: 'sai' },
      asReviewer,
    )
    expect(failed.status).toBe(401)
    const signedIn = await api.rest(
      'public',
      'POST',
      'users/login',
      { email: reviewer.email, password: STAFF_PASSWORD },
      asReviewer,
    )
    expect(signedIn.status).toBe(200)

    const { data } = await newRecord(world, 'procedures', world.agencies.departmentA)
    const created = await api.rest('reviewerA', 'POST', 'procedures?draft=true', data, asReviewer)
    expect(created.status).toBe(201)
    const id = created.body.doc.id as number
    const act = (method: string, path: string, body?: unknown) =>
      api.rest('reviewerA', method, path, body, asReviewer).then((answer) => expect(answer.status).toBe(200))
    await act('PATCH', `procedures/${id}`, { _status: 'published' })
    await act('PATCH', `procedures/${id}`, { _status: 'draft' })
    const { docs } = await t.payload.findVersions({
      collection: 'procedures',
      where: { and: [{ parent: { equals: id } }, { 'version._status': { equals: 'published' } }] },
      limit: 1,
    })
    await act('POST', `procedures/versions/${docs[0]?.id}`)
    await act('DELETE', `procedures/${id}`)

    const officer = world.users.officerA
    const roles = await api.rest('admin', 'PATCH', `users/${officer.id}`, { roles: ['officer', 'editor'] }, asReviewer)
    expect(roles.status).toBe(200)
    const agency = await api.rest('admin', 'PATCH', `users/${officer.id}`, { agency: world.agencies.departmentA })
    expect(agency.status).toBe(200)
    const end = new Date(Date.now() + 1000).toISOString()

    const log = await entries(`where[createdAt][greater_than]=${start}&sort=createdAt`)
    const summary = log.map((entry) => [entry.action, entry.actorEmail, entry.targetCollection, entry.targetId])
    const target = ['procedures', String(id)]
    expect(summary).toEqual(
      expect.arrayContaining([
        ['login.failure', reviewer.email, null, null],
        ['login.success', reviewer.email, null, null],
        ['publish', reviewer.email, ...target],
        ['unpublish', reviewer.email, ...target],
        ['restore', reviewer.email, ...target],
        ['delete', reviewer.email, ...target],
        ['role.change', world.users.admin.email, 'users', String(officer.id)],
        ['agency.change', world.users.admin.email, 'users', String(officer.id)],
      ]),
    )
    // The restore put a published version back: it is also a publish.
    const reviewerActs = log.filter((entry) => entry.actorEmail === reviewer.email)
    for (const entry of reviewerActs) {
      expect(entry.ip).toBe(OFFICE)
      expect(entry.createdAt >= start && entry.createdAt <= end).toBe(true)
      if (entry.action !== 'login.failure') expect(entry.actor).toBe(reviewer.id)
    }
    // Filterable: one action, one actor.
    const deletes = await entries(`where[action][equals]=delete&where[actor][equals]=${reviewer.id}`)
    expect(deletes.map((entry) => entry.targetId)).toEqual([String(id)])
  })

  it('a rolled-back publish leaves no entry: the entry is written in the act’s transaction', async () => {
    const { data } = await newRecord(world, 'faqs', world.agencies.departmentA)
    const faq = await t.payload.create({ collection: 'faqs', data: data as never, draft: true })
    const req = await createLocalReq({ user: { ...world.users.reviewerA, collection: 'users' } }, t.payload)
    await initTransaction(req)
    await t.payload.update({
      collection: 'faqs',
      id: faq.id,
      data: { _status: 'published' },
      req,
      overrideAccess: false,
    })
    await killTransaction(req)
    expect((await t.payload.findByID({ collection: 'faqs', id: faq.id, depth: 0 }))._status).toBe('draft')
    expect(await entries(`where[targetCollection][equals]=faqs&where[targetId][equals]=${faq.id}`)).toEqual([])
  })
})

describe('the log is append-only and for administrators', () => {
  it.each([['editorA'], ['reviewerA'], ['officerA'], ['public']] as const)('%s cannot read it', async (role) => {
    expect([401, 403]).toContain((await api.rest(role, 'GET', 'audit-log')).status)
    const { plural } = api.names('audit-log')
    const answer = await api.graphql(role, `query { ${plural} { totalDocs } }`)
    expect(answer.body.data?.[plural] ?? null).toBeNull()
  })

  it('no one, administrators included, creates, edits or deletes an entry over REST or GraphQL', async () => {
    const [entry] = await entries('where[action][equals]=login.success')
    expect(entry).toBeDefined()
    const id = entry?.id as number
    for (const role of ['admin', 'editorA', 'public'] as const) {
      expect([401, 403]).toContain((await api.rest(role, 'POST', 'audit-log', { action: 'publish' })).status)
      expect([401, 403, 404]).toContain((await api.rest(role, 'PATCH', `audit-log/${id}`, { actorEmail: 'x' })).status)
      expect([401, 403, 404]).toContain((await api.rest(role, 'DELETE', `audit-log/${id}`)).status)
      const { singular } = api.names('audit-log')
      for (const mutation of [
        `mutation { create${singular}(data: { action: publish }) { id } }`,
        `mutation { update${singular}(id: ${id}, data: { actorEmail: "x" }) { id } }`,
        `mutation { delete${singular}(id: ${id}) { id } }`,
      ]) {
        const answer = await api.graphql(role, mutation)
        expect(answer.body.errors?.length ?? 0, mutation).toBeGreaterThan(0)
      }
    }
    const after = await t.payload.findByID({ collection: 'audit-log', id, depth: 0 })
    expect(after).toMatchObject({ action: entry?.action, actorEmail: entry?.actorEmail, createdAt: entry?.createdAt })
  })

  it('the database itself refuses to rewrite, delete or truncate an entry, whatever the caller', async () => {
    const [entry] = await entries('where[action][equals]=login.success')
    const id = entry?.id as number
    const db = t.payload.db.drizzle
    for (const statement of [
      `update audit_log set actor_email = 'someone.else@test.local' where id = ${id}`,
      `update audit_log set actor_id = null, ip = '10.0.0.1' where id = ${id}`,
      `delete from audit_log where id = ${id}`,
      'truncate audit_log',
    ]) {
      expect(await refusal(db.execute(statement)), statement).toMatch(/append-only/)
    }
    expect(await refusal(t.payload.delete({ collection: 'audit-log', id }))).toMatch(/append-only/)
    const after = await t.payload.findByID({ collection: 'audit-log', id, depth: 0 })
    expect(after).toMatchObject({ action: entry?.action, actorEmail: entry?.actorEmail, ip: entry?.ip })
  })

  it('deleting an account keeps its entries, with the e-mail, and records the delete', async () => {
    const gone = await t.payload.create({
      collection: 'users',
      data: {
        email: 'short.lived@test.local',
        password: STAFF_PASSWORD,
        name: 'Short lived',
        roles: ['editor'],
        agency: world.agencies.ministryA,
      },
    })
    expect(
      (await api.rest('public', 'POST', 'users/login', { email: gone.email, password: STAFF_PASSWORD })).status,
    ).toBe(200)
    const removed = await api.rest('admin', 'DELETE', `users/${gone.id}`)
    expect(removed.status).toBe(200)
    const kept = await entries(`where[actorEmail][equals]=${gone.email}`)
    expect(kept.map((entry) => [entry.action, entry.actor])).toEqual([['login.success', null]])
    const deleted = await entries(
      `where[targetCollection][equals]=users&where[targetId][equals]=${gone.id}&where[action][equals]=delete`,
    )
    expect(deleted.map((entry) => [entry.action, entry.actorEmail])).toEqual([['delete', world.users.admin.email]])
  })

  it.each([['sectors'], ['agencies']] as const)(
    'an administrator deleting from %s is on record',
    async (collection) => {
      const code = `XOA-${collection.toUpperCase()}`
      const data =
        collection === 'sectors'
          ? { code, slug: code.toLowerCase(), name: 'Lĩnh vực thử xóa', ministry: world.agencies.ministryB }
          : {
              code,
              slug: code.toLowerCase(),
              name: 'Cơ quan thử xóa',
              kind: 'department',
              parent: world.agencies.ministryB,
            }
      const created = await t.payload.create({ collection, data: data as never })
      expect((await api.rest('admin', 'DELETE', `${collection}/${created.id}`)).status).toBe(200)
      const log = await entries(`where[targetCollection][equals]=${collection}&where[targetId][equals]=${created.id}`)
      expect(log.map((entry) => [entry.action, entry.actorEmail])).toEqual([['delete', world.users.admin.email]])
    },
  )
})
