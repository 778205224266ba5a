import { randomUUID } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { SYNTHETIC_PEOPLE } from '../../cms/src/sso/accounts/synthetic-people.ts'
import { type DossierWorld, PDF, PNG, startDossierWorld } from '../support/dossier-world.ts'

/**
 * Dossiers through the portal API (issue 15) on real PostgreSQL with the real SSO provider's
 * access tokens: the online form, uploads judged by content, submission with an
 * Idempotency-Key, the signed receipt, tracking by code and secret, the officers' steps by the
 * declared state machine, the deadline clock, the access log, and who is refused.
 */
let w: DossierWorld
const [an, binh] = SYNTHETIC_PEOPLE as [(typeof SYNTHETIC_PEOPLE)[number], (typeof SYNTHETIC_PEOPLE)[number]]
let tokenAn: string
let tokenBinh: string

beforeAll(async () => {
  w = await startDossierWorld()
  tokenAn = await w.token(an)
  tokenBinh = await w.token(binh)
}, 120_000)
afterAll(async () => w?.close())

async function upload(token: string, bytes = PDF(), name = 'giay-chung-sinh.pdf') {
  const answer = await w.api(
    'POST',
    `/api/portal/uploads?name=${encodeURIComponent(name)}&procedure=${w.procedureCode}&document=birthNotification`,
    {
      token,
      raw: { bytes, type: 'application/pdf' },
    },
  )
  expect(answer.status, JSON.stringify(answer.body)).toBe(201)
  return answer.body as { id: string; sha256: string; type: string; name: string }
}

const fields = {
  childName: 'Nguyễn Thị Con (synthetic)',
  childBirthDate: '2026-11-20',
  relation: 'parent',
  parentId: an.citizenId,
  birthPlace: { province: '01', commune: '00004' },
}

async function submit(
  token: string,
  documents: { key: string; files: string[] }[],
  key = randomUUID(),
  language: 'vi' | 'en' = 'vi',
) {
  return w.api('POST', '/api/portal/dossiers', {
    token,
    language,
    headers: { 'idempotency-key': key },
    body: { procedure: w.procedureCode, locale: language, fields, documents },
  })
}

describe('the online form and places', () => {
  it('answers the form of a procedure with its fields and documents, in the asked language', async () => {
    const { status, body } = await w.api('GET', `/api/portal/dossier-forms/${w.procedureCode}`)
    expect(status).toBe(200)
    expect(body.fields.map((field: { key: string }) => field.key)).toEqual([
      'childName',
      'childBirthDate',
      'relation',
      'parentId',
      'birthPlace',
    ])
    expect(body.documents[1]).toMatchObject({
      key: 'authorisation',
      requiredWhen: { field: 'relation', equals: 'authorised' },
    })
    expect(body).toMatchObject({ processingDays: 3, maxFileBytes: 1024 * 1024, minimumAcr: 'loa2' })
  })

  it('says in the request language that a procedure has no online form (404, error shape)', async () => {
    const vi = await w.api('GET', '/api/portal/dossier-forms/9.999999')
    const en = await w.api('GET', '/api/portal/dossier-forms/9.999999', { language: 'en' })
    expect(vi.status).toBe(404)
    expect(vi.body.error).toMatchObject({
      code: 'dossier.form_unknown',
      message: 'Thủ tục này không có biểu mẫu nộp trực tuyến.',
    })
    expect(en.body.error.message).toBe('This procedure cannot be submitted online.')
  })

  it('lists the 34 provinces and the communes of one (two-level units since 1 July 2025)', async () => {
    const provinces = await w.api('GET', '/api/portal/places')
    expect(provinces.body).toHaveLength(34)
    const hanoi = await w.api('GET', '/api/portal/places/01')
    expect(hanoi.body).toHaveLength(126)
    expect((await w.api('GET', '/api/portal/places/99')).status).toBe(400)
  })
})

describe('refusals in the error shape, in the request language', () => {
  it('POST /api/portal/dossiers without a token: 401', async () => {
    const vi = await w.api('POST', '/api/portal/dossiers', { body: {} })
    const en = await w.api('POST', '/api/portal/dossiers', { body: {}, language: 'en' })
    expect(vi.status).toBe(401)
    expect(vi.body.error.code).toBe('dossier.sign_in')
    expect(en.body.error.message).toBe('Please log in with your public service portal account to do this.')
  })

  it('a token that is not one of ours: 401', async () => {
    const answer = await w.api('POST', '/api/portal/dossiers', { token: 'x'.repeat(43), body: {} })
    expect(answer.status).toBe(401)
  })

  it('malformed JSON: 400', async () => {
    const answer = await w.api('POST', '/api/portal/dossiers', {
      token: tokenAn,
      body: '{"procedure": ',
      headers: { 'idempotency-key': randomUUID() },
      language: 'en',
    })
    expect(answer.status).toBe(400)
    expect(answer.body.error).toMatchObject({
      code: 'dossier.body_invalid',
      message: 'The request body is not valid JSON.',
    })
  })

  it('no Idempotency-Key: 400', async () => {
    const answer = await w.api('POST', '/api/portal/dossiers', { token: tokenAn, body: {} })
    expect(answer.status).toBe(400)
    expect(answer.body.error.code).toBe('dossier.idempotency_key')
  })

  it('an unknown code on the tracking endpoint: 404, the same as a wrong secret', async () => {
    const vi = await w.api('GET', '/api/portal/dossiers/BTP-HT-261201-9999?secret=ABCDEFGHJKMN')
    const en = await w.api('GET', '/api/portal/dossiers/BTP-HT-261201-9999?secret=ABCDEFGHJKMN', { language: 'en' })
    expect(vi.status).toBe(404)
    expect(vi.body.error).toMatchObject({
      code: 'dossier.not_found',
      message: 'Không tìm thấy hồ sơ với mã và mã tra cứu này.',
    })
    expect(en.body.error.message).toBe('No dossier was found with this code and lookup secret.')
    expect((await w.api('GET', '/api/portal/dossiers/BTP-HT-261201-9999')).body.error.code).toBe(
      'dossier.secret_required',
    )
  })
})

describe('uploads', () => {
  it('keeps a PDF with its sha256, under a random name', async () => {
    const bytes = PDF('hash me')
    const file = await upload(tokenAn, bytes, '../../etc/giấy chứng sinh.pdf')
    const expected = (await import('node:crypto')).createHash('sha256').update(bytes).digest('hex')
    expect(file).toMatchObject({ sha256: expected, type: 'application/pdf', name: 'giấy chứng sinh.pdf' })
    const row = await w.payload.findByID({ collection: 'dossier-files', id: Number(file.id), overrideAccess: true })
    expect(row.filename).toMatch(/^[0-9a-f-]{36}\.pdf$/)
  })

  it('judges the type by the bytes: an executable named .pdf is refused (415), in English too', async () => {
    const exe = Uint8Array.from([0x4d, 0x5a, 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, 0xff, 0xff, 0, 0])
    const answer = await w.api('POST', '/api/portal/uploads?name=giay.pdf', {
      token: tokenAn,
      raw: { bytes: exe, type: 'application/pdf' },
      language: 'en',
    })
    expect(answer.status).toBe(415)
    expect(answer.body.error).toMatchObject({ code: 'dossier.file_type' })
    expect(answer.body.error.message).toContain('Only PDF, JPEG or PNG')
  })

  it('refuses an empty file (400) and one over the form limit (413)', async () => {
    const empty = await w.api('POST', '/api/portal/uploads?name=a.pdf', {
      token: tokenAn,
      raw: { bytes: new Uint8Array(), type: 'application/pdf' },
    })
    expect(empty.status).toBe(400)
    const big = new Uint8Array(1024 * 1024 + 10)
    big.set(PDF())
    const tooBig = await w.api('POST', `/api/portal/uploads?name=a.pdf&procedure=${w.procedureCode}`, {
      token: tokenAn,
      raw: { bytes: big, type: 'application/pdf' },
    })
    expect(tooBig.status).toBe(413)
    expect(tooBig.body.error.code).toBe('dossier.file_too_large')
  })

  it('takes a PNG judged by its signature', async () => {
    const answer = await w.api('POST', '/api/portal/uploads?name=anh.png', {
      token: tokenAn,
      raw: { bytes: await PNG(), type: 'image/png' },
    })
    expect(answer.status).toBe(201)
    expect(answer.body.type).toBe('image/png')
  })
})

describe('submission', () => {
  it('checks every field and document and words each problem in the request language', async () => {
    const answer = await w.api('POST', '/api/portal/dossiers', {
      token: tokenAn,
      language: 'en',
      headers: { 'idempotency-key': randomUUID() },
      body: {
        procedure: w.procedureCode,
        locale: 'en',
        fields: {
          childName: '',
          childBirthDate: '2026-02-30',
          relation: 'authorised',
          parentId: '12345',
          birthPlace: { province: '01', commune: '99999' },
          extra: 'x',
        },
        documents: [{ key: 'birthNotification', files: ['999999'] }],
      },
    })
    expect(answer.status).toBe(400)
    expect(answer.body.error.code).toBe('dossier.invalid')
    expect(answer.body.error.details.fields).toEqual({
      childName: 'Required.',
      childBirthDate: 'Enter a date as year-month-day (YYYY-MM-DD).',
      parentId: 'A personal identification number has exactly 12 digits.',
      birthPlace: 'Choose a province or city and a commune or ward (units in force since 1 July 2025).',
      extra: 'The form has no such item.',
    })
    expect(answer.body.error.details.documents).toEqual({
      birthNotification: 'The file does not exist or is not yours.',
      authorisation: 'Please provide this document.',
    })
  })

  it('refuses another citizen’s upload as one of mine', async () => {
    const binhFile = await upload(tokenBinh)
    const answer = await submit(tokenAn, [{ key: 'birthNotification', files: [binhFile.id] }])
    expect(answer.status).toBe(400)
    expect(answer.body.error.details.documents.birthNotification).toBe('Tệp không tồn tại hoặc không phải của bạn.')
  })

  it('answers a code, a secret and a receipt the portal signed over the files; tracking shows nothing personal', async () => {
    const file = await upload(tokenAn)
    const answer = await submit(tokenAn, [{ key: 'birthNotification', files: [file.id] }])
    expect(answer.status, JSON.stringify(answer.body)).toBe(201)
    const { code, secret, receipt, verifyUrl } = answer.body
    expect(code).toMatch(/^BTP-HT-\d{6}-\d{4}$/)
    expect(secret).toMatch(/^[A-Z2-9]{12}$/)
    expect(verifyUrl).toBe(`http://127.0.0.1:4421/xac-minh-bien-nhan#${receipt}`)
    const verified = await w.api('POST', '/api/portal/receipts/verify', { body: { receipt } })
    expect(verified.body).toMatchObject({
      valid: true,
      claims: { sub: code, procedure: w.procedureCode, files: [{ key: 'birthNotification', sha256: file.sha256 }] },
    })
    expect(verified.body.claims.submitter).not.toContain(an.citizenId)
    const [head, body, signature] = receipt.split('.')
    const forged = `${head}.${Buffer.from(JSON.stringify({ ...verified.body.claims, sub: 'BTP-HT-261201-0999' })).toString('base64url')}.${signature}`
    expect((await w.api('POST', '/api/portal/receipts/verify', { body: { receipt: forged } })).body).toEqual({
      valid: false,
      reason: 'signature',
    })
    expect((await w.api('POST', '/api/portal/receipts/verify', { body: { receipt: 'not a receipt' } })).status).toBe(
      400,
    )
    expect(body).toBeTruthy()

    const tracked = await w.api('GET', `/api/portal/dossiers/${code}?secret=${secret.toLowerCase()}`)
    expect(tracked.status).toBe(200)
    expect(tracked.body).toMatchObject({
      code,
      state: 'submitted',
      timing: 'not_started',
      procedure: { code: w.procedureCode },
    })
    expect(tracked.body.timeline).toEqual([{ state: 'submitted', at: expect.any(String) }])
    const text = JSON.stringify(tracked.body)
    for (const personal of [an.fullName, an.citizenId, an.email, an.phone, fields.childName])
      expect(text).not.toContain(personal)
    expect((await w.api('GET', `/api/portal/dossiers/${code}?secret=AAAAAAAAAAAA`)).status).toBe(404)
  })

  it('makes one dossier from the same Idempotency-Key sent twice at once, and refuses the key with another body', async () => {
    const file = await upload(tokenAn)
    const key = randomUUID()
    const documents = [{ key: 'birthNotification', files: [file.id] }]
    const [first, second] = await Promise.all([submit(tokenAn, documents, key), submit(tokenAn, documents, key)])
    expect([first.status, second.status].sort()).toEqual([200, 201])
    expect(first.body.code).toBe(second.body.code)
    expect(first.body.secret).toBe(second.body.secret)
    const { totalDocs } = await w.payload.count({
      collection: 'dossiers',
      where: { code: { equals: first.body.code } },
      overrideAccess: true,
    })
    expect(totalDocs).toBe(1)
    // A retry after the answer was lost: the same dossier, though its file is attached by now.
    const later = await submit(tokenAn, documents, key)
    expect(later.status).toBe(200)
    expect(later.body.code).toBe(first.body.code)
    const other = await submit(tokenAn, [...documents, { key: 'other', files: [file.id] }], key)
    expect(other.status).toBe(422)
    expect(other.body.error.code).toBe('dossier.idempotency_mismatch')
  })

  it('gives the next code of the day even when the counter is behind the codes there (a restored backup)', async () => {
    const first = await submit(tokenAn, [{ key: 'birthNotification', files: [(await upload(tokenAn)).id] }])
    await w.pool.query('delete from dossier_sequences')
    const next = await submit(tokenAn, [{ key: 'birthNotification', files: [(await upload(tokenAn)).id] }])
    expect(next.status, JSON.stringify(next.body)).toBe(201)
    expect(Number(next.body.code.slice(-4))).toBe(Number(first.body.code.slice(-4)) + 1)
  })

  it('needs the form’s assurance level (403 with the level)', async () => {
    const form = (await w.payload.find({ collection: 'dossier-forms', limit: 1, overrideAccess: true })).docs[0]!
    await w.payload.update({ collection: 'dossier-forms', id: form.id, data: { minimumAcr: 'loa3' } })
    try {
      const answer = await submit(tokenAn, [])
      expect(answer.status).toBe(403)
      expect(answer.body.error).toMatchObject({ code: 'dossier.assurance', details: { level: 'loa3' } })
    } finally {
      await w.payload.update({ collection: 'dossier-forms', id: form.id, data: { minimumAcr: 'loa2' } })
    }
  })
})
