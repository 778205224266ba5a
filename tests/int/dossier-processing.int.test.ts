import { randomUUID } from 'node:crypto'
import { startWorker, type Worker } from '@dvc/cms/jobs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { SYNTHETIC_PEOPLE } from '../../cms/src/sso/accounts/synthetic-people.ts'
import { type DossierWorld, PDF, startDossierWorld } from '../support/dossier-world.ts'
import { startMailSink } from '../support/mail-sink.ts'
import { eventually } from '../support/search.ts'

/**
 * A dossier from submission to result (issue 15): officers' steps through the declared state
 * machine, the clock stopped by a supplement request and restarted by the supplement, the
 * result file, the citizen's view with every step and every staff read, notifications by
 * mail (a real SMTP server) and SMS (the development outbox) through the durable queue,
 * documents offered again (once-only), and who is refused.
 */
let w: DossierWorld
let mail: Awaited<ReturnType<typeof startMailSink>>
let worker: Worker
const [an, binh] = SYNTHETIC_PEOPLE as [(typeof SYNTHETIC_PEOPLE)[number], (typeof SYNTHETIC_PEOPLE)[number]]
const OFFICER_A = 'officer.a@test.local'
const EDITOR_A = 'editor.a@test.local'
let token: string

beforeAll(async () => {
  mail = await startMailSink()
  process.env.SMTP_URL = mail.url
  w = await startDossierWorld()
  token = await w.token(an)
  worker = await startWorker(w.payload, { pollIntervalMs: 100 })
}, 120_000)
afterAll(async () => {
  await worker?.stop()
  await w?.close()
  await mail?.close()
  delete process.env.SMTP_URL
})

async function newDossier(person = an, tokenOf = token): Promise<{ code: string; id: number; secret: string }> {
  const upload = await w.api(
    'POST',
    `/api/portal/uploads?name=chung-sinh.pdf&procedure=${w.procedureCode}&document=birthNotification`,
    {
      token: tokenOf,
      raw: { bytes: PDF(randomUUID()), type: 'application/pdf' },
    },
  )
  const answer = await w.api('POST', '/api/portal/dossiers', {
    token: tokenOf,
    headers: { 'idempotency-key': randomUUID() },
    body: {
      procedure: w.procedureCode,
      locale: 'vi',
      fields: {
        childName: 'Con (synthetic)',
        childBirthDate: '2026-11-20',
        relation: 'parent',
        parentId: person.citizenId,
        birthPlace: { province: '01', commune: '00004' },
      },
      documents: [{ key: 'birthNotification', files: [upload.body.id] }],
    },
  })
  expect(answer.status, JSON.stringify(answer.body)).toBe(201)
  const { docs } = await w.payload.find({
    collection: 'dossiers',
    where: { code: { equals: answer.body.code } },
    overrideAccess: true,
  })
  return { code: answer.body.code, id: docs[0]!.id, secret: answer.body.secret }
}

const step = (id: number, body: Record<string, unknown>, staff = OFFICER_A, language: 'vi' | 'en' = 'vi') =>
  w.api('POST', `/api/dossiers/${id}/transition`, { staff, body, language })

/** The officer's upload of a result, as the admin sends it: multipart to Payload's REST API. */
async function resultFile(): Promise<number> {
  const form = new FormData()
  form.append(
    'file',
    new Blob([PDF('result') as Uint8Array<ArrayBuffer>], { type: 'application/pdf' }),
    'giay-khai-sinh.pdf',
  )
  form.append('_payload', JSON.stringify({ kind: 'citizen', agency: w.world.agencies.ministryB }))
  const answer = await w.api('POST', '/api/dossier-files', { staff: OFFICER_A, form })
  expect(answer.status, JSON.stringify(answer.body)).toBe(201)
  // Whatever the form said, an officer's upload is a result of the officer's own agency.
  expect(answer.body.doc.kind).toBe('result')
  expect(answer.body.doc.agency?.id ?? answer.body.doc.agency).toBe(w.world.agencies.ministryA)
  return answer.body.doc.id
}

describe('an officer works a dossier to its result', () => {
  it('receives it, asks for a supplement, gets it, resolves with a result; the citizen sees all of it', async () => {
    const dossier = await newDossier()
    // Opening it in the admin (REST by id) is a read the citizen will see.
    const opened = await w.api('GET', `/api/dossiers/${dossier.id}?depth=0`, { staff: OFFICER_A })
    expect(opened.status).toBe(200)

    const received = await step(dossier.id, { to: 'received' })
    expect(received.status, JSON.stringify(received.body)).toBe(200)
    expect(received.body.dossier).toMatchObject({
      state: 'received',
      timing: 'on_time',
      dueDate: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
    })
    const firstDue = received.body.dossier.dueDate as string

    const noReason = await step(dossier.id, { to: 'supplement_requested' })
    expect(noReason.status).toBe(400)
    expect(noReason.body.error.code).toBe('dossier.note_required')
    const asked = await step(dossier.id, {
      to: 'supplement_requested',
      note: 'Bổ sung bản sao giấy chứng sinh rõ nét hơn.',
    })
    expect(asked.body.dossier).toMatchObject({ state: 'supplement_requested', timing: 'paused' })

    const mine = await w.api('GET', `/api/portal/dossiers/mine/${dossier.code}`, { token })
    expect(mine.body.actions).toEqual(['supplement'])
    expect(mine.body.supplement.note).toBe('Bổ sung bản sao giấy chứng sinh rõ nét hơn.')

    const extra = await w.api('POST', '/api/portal/uploads?name=bo-sung.pdf', {
      token,
      raw: { bytes: PDF('supplement'), type: 'application/pdf' },
    })
    const supplied = await w.api('POST', `/api/portal/dossiers/mine/${dossier.code}/supplement`, {
      token,
      body: { documents: [{ key: 'birthNotification', files: [extra.body.id] }], note: 'Đã bổ sung' },
    })
    expect(supplied.status, JSON.stringify(supplied.body)).toBe(200)
    expect(supplied.body.state).toBe('processing')
    // Same day: the clock stood still for no working day, the due date stays.
    expect(supplied.body.dueDate).toBe(firstDue)

    const noResult = await step(dossier.id, { to: 'resolved' })
    expect(noResult.status).toBe(400)
    expect(noResult.body.error.code).toBe('dossier.result_required')
    const resolved = await step(dossier.id, {
      to: 'resolved',
      note: 'Đã cấp giấy khai sinh.',
      resultFiles: [await resultFile()],
    })
    expect(resolved.status, JSON.stringify(resolved.body)).toBe(200)
    expect(resolved.body.dossier).toMatchObject({ state: 'resolved', timing: 'done_on_time' })

    const detail = await w.api('GET', `/api/portal/dossiers/mine/${dossier.code}`, { token })
    expect(detail.body.state).toBe('resolved')
    expect(detail.body.events.map((event: { to: string }) => event.to)).toEqual([
      'submitted',
      'received',
      'supplement_requested',
      'processing',
      'resolved',
    ])
    expect(detail.body.events[1]).toMatchObject({ by: 'officer', officer: OFFICER_A })
    expect(detail.body.documents[0].files).toHaveLength(2)
    expect(detail.body.result).toMatchObject({
      note: 'Đã cấp giấy khai sinh.',
      files: [{ name: 'giay-khai-sinh.pdf' }],
    })
    const purposes = detail.body.accessLog.map(
      (entry: { purpose: string; officer: string }) => `${entry.purpose}:${entry.officer}`,
    )
    expect(purposes).toEqual(expect.arrayContaining([`view:${OFFICER_A}`, `process:${OFFICER_A}`]))
    expect(detail.body.accessLog[0]).toMatchObject({ agency: 'Bộ Tư pháp' })

    const resultId = detail.body.result.files[0].id
    // The officer's upload now belongs to the dossier's agency (a department under the officer's ministry).
    const result = await w.payload.findByID({
      collection: 'dossier-files',
      id: Number(resultId),
      depth: 0,
      overrideAccess: true,
    })
    expect(result.agency).toBe(w.world.agencies.departmentA)
    const download = await w.api('GET', `/api/portal/dossiers/mine/${dossier.code}/files/${resultId}`, { token })
    expect(download.status).toBe(200)
    expect(new TextDecoder().decode(download.body as ArrayBuffer)).toContain('result')

    // Mail and SMS for each step, in the citizen's language, through the queue.
    await eventually(
      'five mails',
      async () => mail.inbox.filter((m) => m.to.includes(an.email) && m.text.includes(dossier.code)).length >= 5,
      20_000,
    )
    const texts = mail.inbox.filter((m) => m.text.includes(dossier.code)).map((m) => m.text)
    expect(texts.some((text) => text.includes('Yêu cầu bổ sung giấy tờ') && text.includes('rõ nét hơn'))).toBe(true)
    const { rows } = await w.pool.query<{ body: string }>('select body from sso.sms_outbox where body like $1', [
      `%${dossier.code}%`,
    ])
    expect(rows.length).toBeGreaterThanOrEqual(5)
  })

  it('refuses a step the state machine does not have from the current state (409), in English too', async () => {
    const dossier = await newDossier()
    const answer = await step(dossier.id, { to: 'resolved', resultFiles: [] }, OFFICER_A, 'en')
    expect(answer.status).toBe(409)
    expect(answer.body.error).toMatchObject({
      code: 'dossier.transition_refused',
      message: 'A dossier cannot go from "Submitted" to "Resolved".',
    })
  })

  it('lets the citizen withdraw before reception, not after', async () => {
    const before = await newDossier()
    const withdrawn = await w.api('POST', `/api/portal/dossiers/mine/${before.code}/withdraw`, { token, body: {} })
    expect(withdrawn.status).toBe(200)
    expect(withdrawn.body.state).toBe('withdrawn')
    const after = await newDossier()
    await step(after.id, { to: 'received' })
    const late = await w.api('POST', `/api/portal/dossiers/mine/${after.code}/withdraw`, { token })
    expect(late.status).toBe(409)
  })
})

describe('who is refused', () => {
  it('an officer of another agency: the dossier does not exist for them (404), by REST and by the step endpoint', async () => {
    const dossier = await newDossier()
    const read = await w.api('GET', `/api/dossiers/${dossier.id}`, { staff: w.officerB.email })
    expect(read.status).toBe(404)
    expect(read.body.error).toBeDefined()
    const acted = await step(dossier.id, { to: 'received' }, w.officerB.email)
    expect(acted.status).toBe(404)
    expect(acted.body.error.code).toBe('dossier.not_found')
    const list = await w.api('GET', '/api/dossiers?limit=100', { staff: w.officerB.email })
    expect(list.body.docs).toEqual([])
  })

  it('an editor is not an officer (403); nobody deletes or edits a dossier through REST', async () => {
    const dossier = await newDossier()
    const acted = await step(dossier.id, { to: 'received' }, EDITOR_A)
    expect(acted.status).toBe(403)
    expect(acted.body.error.code).toBe('dossier.officer_only')
    for (const staff of [OFFICER_A, 'admin@test.local']) {
      expect((await w.api('DELETE', `/api/dossiers/${dossier.id}`, { staff })).status).toBe(403)
      expect((await w.api('PATCH', `/api/dossiers/${dossier.id}`, { staff, body: { state: 'resolved' } })).status).toBe(
        403,
      )
    }
  })

  it('another citizen: 404 for the dossier and its files, nothing of it in their list', async () => {
    const dossier = await newDossier()
    const other = await w.token(binh)
    expect((await w.api('GET', `/api/portal/dossiers/mine/${dossier.code}`, { token: other })).status).toBe(404)
    expect((await w.api('POST', `/api/portal/dossiers/mine/${dossier.code}/withdraw`, { token: other })).status).toBe(
      404,
    )
    const list = await w.api('GET', '/api/portal/dossiers/mine', { token: other })
    expect(list.body.dossiers.map((d: { code: string }) => d.code)).not.toContain(dossier.code)
  })

  it('keeps the steps and the reads append-only in the database', async () => {
    await expect(w.pool.query('update dossier_events set note = $1', ['rewritten'])).rejects.toThrow(/append-only/)
    await expect(w.pool.query('delete from dossier_reads')).rejects.toThrow(/append-only/)
  })
})

describe('once-only and drafts', () => {
  it('offers a document of an accepted dossier again, and a reuse is recorded as such', async () => {
    const first = await newDossier()
    await step(first.id, { to: 'received' })
    const reusable = await w.api('GET', '/api/portal/documents/reusable', { token })
    const offered = reusable.body.find((entry: { reuseType: string }) => entry.reuseType === 'birth-notification')
    expect(offered).toMatchObject({ dossier: expect.stringMatching(/^BTP-HT-/) })
    const answer = await w.api('POST', '/api/portal/dossiers', {
      token,
      headers: { 'idempotency-key': randomUUID() },
      body: {
        procedure: w.procedureCode,
        locale: 'en',
        fields: {
          childName: 'Second (synthetic)',
          childBirthDate: '2026-11-21',
          relation: 'parent',
          parentId: an.citizenId,
          birthPlace: { province: '01', commune: '00004' },
        },
        documents: [{ key: 'birthNotification', files: [offered.file.id] }],
      },
    })
    expect(answer.status, JSON.stringify(answer.body)).toBe(201)
    const detail = await w.api('GET', `/api/portal/dossiers/mine/${answer.body.code}`, { token })
    expect(detail.body.documents[0].files[0]).toMatchObject({ reused: true, sha256: offered.file.sha256 })
    expect(detail.body.documents[0].files[0].id).not.toBe(offered.file.id)
  })

  it('saves, reads back and deletes a draft; another citizen does not see it', async () => {
    const draft = { procedure: w.procedureCode, fields: { childName: 'Nháp' }, documents: [], step: 1 }
    const saved = await w.api('PUT', `/api/portal/drafts/${w.procedureCode}`, { token, body: draft })
    expect(saved.status).toBe(200)
    const read = await w.api('GET', `/api/portal/drafts/${w.procedureCode}`, { token })
    expect(read.body).toMatchObject(draft)
    expect((await w.api('GET', `/api/portal/drafts/${w.procedureCode}`, { token: await w.token(binh) })).status).toBe(
      204,
    )
    expect(
      (await w.api('PUT', `/api/portal/drafts/${w.procedureCode}`, { token, body: { ...draft, step: 'x' } })).status,
    ).toBe(400)
    expect((await w.api('DELETE', `/api/portal/drafts/${w.procedureCode}`, { token })).status).toBe(204)
    expect((await w.api('GET', `/api/portal/drafts/${w.procedureCode}`, { token })).status).toBe(204)
  })
})
