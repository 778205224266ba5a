import { randomUUID } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { SYNTHETIC_PEOPLE } from '../../cms/src/sso/accounts/synthetic-people.ts'
import { type DossierWorld, PDF, startDossierWorld } from '../support/dossier-world.ts'
import type { Role } from './helpers/access.ts'
import { type Api, apiFor } from './helpers/api.ts'

/**
 * Who may do what with the dossier collections through REST (issue 15), one row per
 * collection, act and role, deletes included. Dossiers are personal: only administrators and
 * the officers of the agency tree read them, nobody writes them through REST (the portal API
 * and the step endpoint do), nobody deletes them; the online forms are public and edited by
 * the agency's editors; the calendar is public and kept by administrators.
 */
let w: DossierWorld
let api: Api
const ids: Record<string, number> = {}

beforeAll(async () => {
  w = await startDossierWorld()
  api = await apiFor(w.payload, w.world)
  const token = await w.token(SYNTHETIC_PEOPLE[0] as (typeof SYNTHETIC_PEOPLE)[number])
  const upload = await w.api('POST', `/api/portal/uploads?name=a.pdf`, {
    token,
    raw: { bytes: PDF(), type: 'application/pdf' },
  })
  const submitted = await w.api('POST', '/api/portal/dossiers', {
    token,
    headers: { 'idempotency-key': randomUUID() },
    body: {
      procedure: w.procedureCode,
      locale: 'vi',
      fields: {
        childName: 'Bảng quyền (synthetic)',
        childBirthDate: '2026-11-20',
        relation: 'parent',
        parentId: '001085012345',
        birthPlace: { province: '01', commune: '00004' },
      },
      documents: [{ key: 'birthNotification', files: [upload.body.id] }],
    },
  })
  const find = async (
    collection: 'dossiers' | 'dossier-files' | 'dossier-events' | 'dossier-drafts' | 'dossier-forms' | 'holidays',
  ) =>
    (await w.payload.find({ collection, limit: 1, overrideAccess: true, depth: 0, context: { skipReadLog: true } }))
      .docs[0]?.id as number
  ids.dossiers = (
    await w.payload.find({
      collection: 'dossiers',
      where: { code: { equals: submitted.body.code } },
      overrideAccess: true,
      context: { skipReadLog: true },
    })
  ).docs[0]!.id
  ids['dossier-files'] = Number(upload.body.id)
  ids['dossier-events'] = await find('dossier-events')
  ids['dossier-forms'] = await find('dossier-forms')
  await w.payload.create({
    collection: 'holidays',
    data: { date: '2030-09-03', kind: 'holiday', name: 'Thử (synthetic)' },
  })
  ids.holidays = await find('holidays')
  await w.api('PUT', `/api/portal/drafts/${w.procedureCode}`, {
    token,
    body: { procedure: w.procedureCode, fields: {}, documents: [], step: 0 },
  })
  ids['dossier-drafts'] = await find('dossier-drafts')
}, 180_000)
afterAll(async () => w?.close())

const ROLES: Role[] = ['public', 'admin', 'editorA', 'reviewerA', 'editorB', 'officerA']
type Expect = Partial<Record<Role, number>>
const all = (status: number): Expect => Object.fromEntries(ROLES.map((role) => [role, status]))

/** Expected status of GET by id, PATCH and DELETE per collection and role. */
const TABLE: Record<string, { read: Expect; update: Expect; remove: Expect }> = {
  dossiers: {
    read: { ...all(403), admin: 200, officerA: 200 },
    update: all(403),
    remove: all(403),
  },
  'dossier-files': {
    read: { ...all(403), admin: 200, officerA: 200 },
    update: all(403),
    remove: all(403),
  },
  'dossier-events': {
    read: { ...all(403), admin: 200, officerA: 200 },
    update: all(403),
    remove: all(403),
  },
  'dossier-drafts': { read: all(403), update: all(403), remove: all(403) },
  'dossier-forms': {
    read: all(200),
    update: { ...all(403), admin: 200, editorA: 200, reviewerA: 200 },
    remove: { ...all(403), admin: 200, editorA: 200, reviewerA: 200 },
  },
  holidays: {
    read: all(200),
    update: { ...all(403), admin: 200 },
    remove: { ...all(403), admin: 200 },
  },
}

const rows = Object.entries(TABLE).flatMap(([collection, acts]) =>
  ROLES.flatMap((role) => [
    [collection, 'GET', role, acts.read[role]] as const,
    [collection, 'PATCH', role, acts.update[role]] as const,
    [collection, 'DELETE', role, acts.remove[role]] as const,
  ]),
)

describe('REST access to the dossier collections', () => {
  it.each(rows)('%s %s as %s: %i', async (collection, method, role, expected) => {
    // Deletes that would succeed are not run (the row is needed by the next rows): the table says them.
    if (method === 'DELETE' && expected === 200) return
    const body =
      method === 'PATCH'
        ? collection === 'holidays'
          ? { basis: 'x' }
          : collection === 'dossier-forms'
            ? { maxFileMb: 2 }
            : { state: 'resolved' }
        : undefined
    const answer = await api.rest(role, method, `${collection}/${ids[collection]}?depth=0`, body)
    expect(answer.status, JSON.stringify(answer.body).slice(0, 200)).toBe(expected)
    if (answer.status >= 400) expect(answer.body.error?.code ?? answer.body.errors?.[0]?.message).toBeTruthy()
  })

  it('nobody creates a dossier, a step or a read through REST, administrators included', async () => {
    for (const role of ROLES) {
      for (const collection of ['dossiers', 'dossier-events', 'dossier-reads', 'dossier-drafts', 'dossier-sequences']) {
        expect(
          (await api.rest(role, 'POST', collection, { code: 'x' })).status,
          `${role} ${collection}`,
        ).toBeGreaterThanOrEqual(400)
      }
    }
  })

  it('the staff reads of dossiers are read by administrators only', async () => {
    expect((await api.rest('admin', 'GET', 'dossier-reads?limit=1')).status).toBe(200)
    for (const role of ['officerA', 'editorA', 'public'] as const)
      expect((await api.rest(role, 'GET', 'dossier-reads?limit=1')).status).toBe(403)
  })
})
