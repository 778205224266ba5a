/**
 * The editorial policy (cms/src/access/editorial-policy.ts) as a table over REST and GraphQL:
 * for every collection an agency owns and every role, which acts go through on a record of
 * the role's own agency tree ("home") and which on another agency's ("away"). Each outcome
 * is read back as the system, not taken from the answer alone. Issue 12.
 */
import type { CollectionSlug } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { startTestPayload, type TestPayload } from '../support/payload.ts'
import type { Role } from './helpers/access.ts'
import { type Api, apiFor } from './helpers/api.ts'
import { buildWorld, type World } from './helpers/fixtures.ts'
import { newRecord, OWNED, type Owned, touch, VERSIONED } from './helpers/owned-records.ts'

let t: TestPayload
let world: World
let api: Api

beforeAll(async () => {
  t = await startTestPayload()
  world = await buildWorld(t.payload)
  api = await apiFor(t.payload, world)
})
afterAll(async () => t?.close())

/** The collections that attach themselves to procedures (a `procedures` field): where linking is an act. */
const LINKING: ReadonlySet<Owned> = new Set(['faqs', 'life-events', 'forms', 'videos'])

const ACTS = ['create', 'edit', 'publish', 'unpublish', 'delete', 'restore', 'link', 'readDraft'] as const
type Act = (typeof ACTS)[number]
/** Acts tried on another agency's record too: none may go through but an administrator's. */
const AWAY_ACTS = ['edit', 'delete', 'readDraft'] as const
type Outcomes = Partial<Record<Act | `away ${(typeof AWAY_ACTS)[number]}`, boolean>>

const T = true
const F = false
const none: Outcomes = { create: F, edit: F, publish: F, unpublish: F, delete: F, restore: F, link: F, readDraft: F }
const away = (yes: boolean) => ({ 'away edit': yes, 'away delete': yes, 'away readDraft': yes })

/** Reviewed content (procedures, FAQs, life events): editors write drafts, reviewers decide what is live. */
const REVIEWED: Record<Role, Outcomes> = {
  admin: { create: T, edit: T, publish: T, unpublish: T, delete: T, restore: T, link: T, readDraft: T, ...away(T) },
  reviewerA: { create: T, edit: T, publish: T, unpublish: T, delete: T, restore: T, link: F, readDraft: T, ...away(F) },
  editorA: { ...none, create: T, edit: T, readDraft: T, ...away(F) },
  editorB: { ...none, create: T, edit: T, readDraft: T, ...away(F) },
  // Officers process dossiers: they read their own agency's drafts, write nothing.
  officerA: { ...none, readDraft: T, ...away(F) },
  public: { ...none, ...away(F) },
}

/** A life event lists procedures of every agency on the way: its authors link them. */
const LIFE_EVENTS: Record<Role, Outcomes> = {
  ...REVIEWED,
  reviewerA: { ...REVIEWED.reviewerA, link: T },
  editorA: { ...REVIEWED.editorA, link: T },
  editorB: { ...REVIEWED.editorB, link: T },
}

/** An agency's files (forms, videos, images): no drafts; never attached to another agency's procedure. */
const fileAway = { 'away edit': F, 'away delete': F }
const FILES: Record<Role, Outcomes> = {
  admin: { create: T, edit: T, delete: T, link: T, 'away edit': T, 'away delete': T },
  reviewerA: { create: T, edit: T, delete: T, link: F, ...fileAway },
  editorA: { create: T, edit: T, delete: T, link: F, ...fileAway },
  editorB: { create: T, edit: T, delete: T, link: F, ...fileAway },
  officerA: { create: F, edit: F, delete: F, link: F, ...fileAway },
  public: { create: F, edit: F, delete: F, link: F, ...fileAway },
}

const EXPECTED: Record<Owned, Record<Role, Outcomes>> = {
  procedures: REVIEWED,
  faqs: REVIEWED,
  'life-events': LIFE_EVENTS,
  forms: FILES,
  videos: FILES,
  media: FILES,
}

const homeOf = (role: Role) => (role === 'editorB' ? world.agencies.ministryB : world.agencies.departmentA)
const awayOf = (role: Role) => (role === 'editorB' ? world.agencies.departmentA : world.agencies.ministryB)
/** Another agency's published procedure, to link to. */
const awayProcedure = (role: Role) => (role === 'editorB' ? world.procedures.publishedA : world.procedures.publishedB)

async function seed(collection: Owned, agency: number, status: 'draft' | 'published'): Promise<number> {
  const { data, file } = await newRecord(world, collection, agency)
  const versioned = VERSIONED.has(collection)
  const doc = await t.payload.create({
    collection: collection as CollectionSlug,
    data: { ...data, ...(versioned ? { _status: status } : {}) } as never,
    file,
    ...(versioned && status === 'draft' ? { draft: true } : {}),
    // Only the act under test goes to the search index: seeds are many, Meilisearch is shared.
    context: { seeding: true },
  })
  return doc.id as number
}

/** The live record as stored (main table), or null when it is gone. */
async function live(collection: Owned, id: number): Promise<Record<string, unknown> | null> {
  const { docs } = await t.payload.find({
    collection: collection as CollectionSlug,
    where: { id: { equals: id } },
    depth: 0,
    pagination: false,
  })
  return (docs[0] as Record<string, unknown> | undefined) ?? null
}

/** A draft saved over a published record: its version is the newest. */
async function draftVersion(collection: Owned, id: number): Promise<number> {
  await t.payload.update({
    collection: collection as CollectionSlug,
    id,
    data: touch(collection, 'bản nháp để khôi phục') as never,
    draft: true,
    context: { seeding: true },
  })
  const { docs } = await t.payload.findVersions({
    collection: collection as CollectionSlug,
    where: { parent: { equals: id } },
    sort: '-updatedAt',
    limit: 1,
    depth: 0,
  })
  return Number(docs[0]?.id)
}

const PIXEL = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg=='

/** One act over REST: did it go through (and, where it changes state, did the state change)? */
async function viaRest(role: Role, collection: Owned, act: Act, agency: number): Promise<boolean> {
  const ok = (status: number) => status >= 200 && status < 300
  const draft = VERSIONED.has(collection) ? '?draft=true' : ''
  switch (act) {
    case 'create': {
      const { data } = await newRecord(world, collection, agency)
      if (collection !== 'media') return ok((await api.rest(role, 'POST', `${collection}${draft}`, data)).status)
      const form = new FormData()
      form.append('file', new Blob([Buffer.from(PIXEL, 'base64')], { type: 'image/png' }), `p-${Date.now()}.png`)
      form.append('_payload', JSON.stringify(data))
      return ok((await api.restForm(role, 'POST', 'media', form)).status)
    }
    case 'edit': {
      const id = await seed(collection, agency, 'published')
      return ok((await api.rest(role, 'PATCH', `${collection}/${id}${draft}`, touch(collection, `sửa ${role}`))).status)
    }
    case 'publish': {
      const id = await seed(collection, agency, 'draft')
      const { status } = await api.rest(role, 'PATCH', `${collection}/${id}`, { _status: 'published' })
      return ok(status) && (await live(collection, id))?._status === 'published'
    }
    case 'unpublish': {
      const id = await seed(collection, agency, 'published')
      const { status } = await api.rest(role, 'PATCH', `${collection}/${id}`, { _status: 'draft' })
      return ok(status) && (await live(collection, id))?._status === 'draft'
    }
    case 'delete': {
      const id = await seed(collection, agency, 'published')
      const { status } = await api.rest(role, 'DELETE', `${collection}/${id}`)
      return ok(status) && (await live(collection, id)) === null
    }
    case 'restore': {
      const id = await seed(collection, agency, 'published')
      const version = await draftVersion(collection, id)
      const { status } = await api.rest(role, 'POST', `${collection}/versions/${version}`)
      return ok(status) && (await live(collection, id))?._status === 'draft'
    }
    case 'link': {
      const id = await seed(collection, agency, 'published')
      const data = { procedures: [awayProcedure(role)] }
      return ok((await api.rest(role, 'PATCH', `${collection}/${id}${draft}`, data)).status)
    }
    case 'readDraft': {
      const id = await seed(collection, agency, 'draft')
      const one = await api.rest(role, 'GET', `${collection}/${id}?draft=true&depth=0`)
      const versions = await api.rest(role, 'GET', `${collection}/versions?where[parent][equals]=${id}&depth=0`)
      const listed = ok(versions.status) && versions.body.totalDocs > 0
      expect(listed, `${role} ${collection}: a draft and its versions are read alike`).toBe(ok(one.status))
      return ok(one.status)
    }
  }
}

/** The same act over GraphQL. Uploads are REST only: creating an image has no GraphQL form. */
async function viaGraphql(role: Role, collection: Owned, act: Act, agency: number): Promise<boolean | undefined> {
  const { singular: S, plural: P } = api.names(collection as CollectionSlug)
  const versioned = VERSIONED.has(collection)
  const draftArg = versioned ? ', draft: true' : ''
  const went = (answer: { body: { errors?: unknown[]; data?: Record<string, unknown> | null } }) =>
    !answer.body.errors?.length && Object.values(answer.body.data ?? {}).every((value) => value !== null)
  const update = (id: number, data: Record<string, unknown>, draft: boolean) =>
    api.graphql(
      role,
      `mutation($id: Int!, $data: mutation${S}UpdateInput!) { update${S}(id: $id, data: $data${draft ? draftArg : ''}) { id } }`,
      { id, data },
    )
  switch (act) {
    case 'create': {
      if (collection === 'media') return undefined
      const { data } = await newRecord(world, collection, agency)
      const query = `mutation($data: mutation${S}Input!) { create${S}(data: $data${draftArg}) { id } }`
      return went(await api.graphql(role, query, { data }))
    }
    case 'edit': {
      const id = await seed(collection, agency, 'published')
      return went(await update(id, touch(collection, `sửa ${role}`), true))
    }
    case 'publish': {
      const id = await seed(collection, agency, 'draft')
      return (
        went(await update(id, { _status: 'published' }, false)) && (await live(collection, id))?._status === 'published'
      )
    }
    case 'unpublish': {
      const id = await seed(collection, agency, 'published')
      return went(await update(id, { _status: 'draft' }, false)) && (await live(collection, id))?._status === 'draft'
    }
    case 'delete': {
      const id = await seed(collection, agency, 'published')
      const answer = await api.graphql(role, `mutation($id: Int!) { delete${S}(id: $id) { id } }`, { id })
      return went(answer) && (await live(collection, id)) === null
    }
    case 'restore': {
      const id = await seed(collection, agency, 'published')
      const version = await draftVersion(collection, id)
      const answer = await api.graphql(role, `mutation { restoreVersion${S}(id: ${version}) { id } }`)
      return went(answer) && (await live(collection, id))?._status === 'draft'
    }
    case 'link': {
      const id = await seed(collection, agency, 'published')
      return went(await update(id, { procedures: [awayProcedure(role)] }, true))
    }
    case 'readDraft': {
      const id = await seed(collection, agency, 'draft')
      const one = await api.graphql(role, `query { ${S}(id: ${id}, draft: true) { id } }`)
      const versions = await api.graphql(
        role,
        `query { versions${P}(where: { parent: { equals: ${id} } }) { totalDocs } }`,
      )
      const total = (versions.body.data?.[`versions${P}`] as { totalDocs?: number } | null)?.totalDocs ?? 0
      const listed = went(versions) && total > 0
      expect(listed, `${role} ${collection}: a draft and its versions are read alike`).toBe(went(one))
      return went(one)
    }
  }
}

const TRANSPORTS = { rest: viaRest, graphql: viaGraphql } as const

describe.each(OWNED.map((collection) => [collection]))('%s', (collection: Owned) => {
  describe.each(Object.keys(TRANSPORTS).map((transport) => [transport as keyof typeof TRANSPORTS]))(
    'over %s',
    (transport) => {
      it.each(Object.entries(EXPECTED[collection]) as [Role, Outcomes][])(
        'as %s',
        async (role, expected) => {
          const run = TRANSPORTS[transport]
          const outcomes: Outcomes = {}
          for (const act of ACTS) {
            if (!(act in expected) || (act === 'link' && !LINKING.has(collection))) continue
            const outcome = await run(role, collection, act, homeOf(role))
            if (outcome !== undefined) outcomes[act] = outcome
          }
          for (const act of AWAY_ACTS) {
            if (!(`away ${act}` in expected)) continue
            const outcome = await run(role, collection, act, awayOf(role))
            if (outcome !== undefined) outcomes[`away ${act}`] = outcome
          }
          const applicable = Object.fromEntries(Object.entries(expected).filter(([act]) => act in outcomes))
          expect(outcomes).toEqual(applicable)
          // An administrator's row tries every act twice over: on a loaded machine that takes a while.
        },
        180_000,
      )
    },
  )
})
