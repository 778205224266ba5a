import { join } from 'node:path'
import { indexEverything } from '@dvc/cms/search'
import type { Meilisearch } from 'meilisearch'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { importProcedures } from '../../scripts/import/import-procedures.ts'
import { readRecordsFile, type SourceRecord } from '../../scripts/import/read.ts'
import { startTestPayload, type TestPayload } from '../support/payload.ts'
import { dropIndexes, eventually, testClient, uniquePrefix, useIndexPrefix } from '../support/search.ts'

const fixtures = join(import.meta.dirname, '..', 'fixtures', 'import')
const load = (name: string) => readRecordsFile(join(fixtures, name)).records
const VALID_CODES = ['1.001193', '1.004222', '1.012756', '3.000722']

const prefix = uniquePrefix()
let client: Meilisearch
let t: TestPayload
let ids: { agencies: Record<string, number>; sectors: Record<string, number> }

/** The agencies and sectors the sample files name, with the seed content's codes and names. */
async function buildWorld(payload: Payload) {
  const agencies: Record<string, number> = {}
  for (const [code, name] of [
    ['BTP', 'Bộ Tư pháp'],
    ['BCA', 'Bộ Công an'],
    ['BNNMT', 'Bộ Nông nghiệp và Môi trường'],
  ] as const) {
    const data = { code, slug: code.toLowerCase(), name, kind: 'ministry' as const }
    agencies[code] = (await payload.create({ collection: 'agencies', data })).id
  }
  const sectors: Record<string, number> = {}
  for (const [code, name, ministry] of [
    ['HO-TICH', 'Hộ tịch', 'BTP'],
    ['CU-TRU', 'Đăng ký, quản lý cư trú', 'BCA'],
    ['CAN-CUOC', 'Cấp, quản lý căn cước', 'BCA'],
    ['LIEN-THONG', 'Thủ tục hành chính liên thông', 'BCA'],
    ['DAT-DAI', 'Đất đai', 'BNNMT'],
  ] as const) {
    const data = { code, slug: code.toLowerCase(), name, ministry: agencies[ministry] as number }
    sectors[code] = (await payload.create({ collection: 'sectors', data })).id
  }
  return { agencies, sectors }
}

const count = async (code: string) =>
  (await t.payload.count({ collection: 'procedures', where: { code: { equals: code } } })).totalDocs
const countVersions = async (code: string) =>
  (await t.payload.countVersions({ collection: 'procedures', where: { 'version.code': { equals: code } } })).totalDocs
const latest = async (code: string, draft = true) => {
  const { docs } = await t.payload.find({
    collection: 'procedures',
    where: { code: { equals: code } },
    draft,
    locale: 'vi',
    depth: 0,
    limit: 1,
  })
  return docs[0]
}
const outcome = (report: { rows: { row: number; code: string | null; result: string }[] }) =>
  report.rows.map(({ row, code, result }) => [row, code, result])

/** Whether the search index holds the Vietnamese document of a procedure (ids: search/src/documents.ts). */
const searchable = async (code: string) => {
  try {
    await client.index(`${prefix}procedures`).getDocument(`${code.replace('.', '_')}-vi`)
    return true
  } catch {
    return false
  }
}

/** Every search task of this file's index applied, so that an absence means something. */
const searchSettled = () =>
  eventually('the search tasks are applied', async () => {
    const statuses = ['enqueued' as const, 'processing' as const]
    return (await client.tasks.getTasks({ indexUids: [`${prefix}procedures`], statuses })).results.length === 0
  })

beforeAll(async () => {
  useIndexPrefix(prefix)
  client = testClient()
  t = await startTestPayload()
  ids = await buildWorld(t.payload)
  // The indexes exist with their settings before any record is synced, as after `npm start`'s seed.
  await indexEverything(t.payload)
})
afterAll(async () => {
  await dropIndexes(client, prefix)
  await t?.close()
})

describe('importing national portal records', () => {
  it('creates the valid rows as drafts, with the values read from the portal text', async () => {
    const report = await importProcedures(t.payload, load('valid.json'), { source: 'valid.json' })
    expect(report.totals).toEqual({ created: 4, updated: 0, unchanged: 0, rejected: 0 })
    expect(outcome(report)).toEqual(VALID_CODES.map((code, i) => [i + 1, code, 'created']))
    expect(report.ignoredFields).toEqual([])

    const residence = await latest('1.004222')
    expect(residence).toMatchObject({
      name: 'Đăng ký thường trú',
      levels: ['commune' as const],
      serviceLevel: 'partial',
      sector: ids.sectors['CU-TRU'],
      agency: ids.agencies.BCA,
      _status: 'draft',
      legalBasis: [
        { number: '68/2020/QH14', title: 'Luật Cư trú' },
        { number: '66/2023/TT-BCA', title: 'Thông tư' },
      ],
      source: {
        name: 'valid.json, row 2',
        url: 'https://dichvucong.bocongan.gov.vn/bocongan/bothutuc/tthc?matt=26360',
      },
    })
    expect(residence?.methods?.map(({ id: _, ...m }) => m)).toEqual([
      {
        channel: 'in-person',
        timeAmount: 7,
        timeUnit: 'working-days',
        timeNote: null,
        feeAmount: 20000,
        feeDescription: 'Lệ phí 20.000 đồng/lần',
        description: null,
      },
      {
        channel: 'online',
        timeAmount: 7,
        timeUnit: 'working-days',
        timeNote: null,
        feeAmount: 10000,
        feeDescription: 'Lệ phí 10.000 đồng/lần',
        description: null,
      },
    ])

    // An unclear time or fee is kept as text, not turned into a number.
    const linked = await latest('3.000722')
    expect(linked?.methods).toMatchObject([
      {
        channel: 'online',
        timeAmount: null,
        timeNote: expect.stringMatching(/^03 ngày làm việc \(xác minh/),
        feeAmount: null,
        feeDescription: 'Theo các TTHC tương ứng',
      },
    ])
    const birth = await latest('1.001193')
    expect(birth?.documents?.map((d) => [d.name.slice(0, 18), d.originals ?? null, d.required])).toEqual([
      ['Tờ khai đăng ký kh', 1, true],
      ['Giấy chứng sinh (h', 1, true],
      ['Văn bản ủy quyền (', 1, false],
      ['Biên bản trẻ bị bỏ', null, false],
      ['Văn bản xác nhận c', null, true],
    ])
    expect(await latest('1.012756')).toMatchObject({ decisionNumber: '2304/QĐ-BNNMT', levels: ['province' as const] })

    // Drafts wait for a reviewer: the public sees none of them.
    const visible = await t.payload.find({ collection: 'procedures', overrideAccess: false, depth: 0 })
    expect(visible.totalDocs).toBe(0)
  })

  it('changes nothing on a second import of the same file, never duplicating nor dropping what editors added', async () => {
    // An editor adds steps (the file has none for 1.012756) and an English name.
    const land = await latest('1.012756')
    const steps = [{ text: 'Nộp hồ sơ tại Văn phòng Đăng ký đất đai' }]
    await t.payload.update({ collection: 'procedures', id: land?.id as number, data: { steps }, draft: true })
    await t.payload.update({
      collection: 'procedures',
      id: land?.id as number,
      data: { name: 'First land registration' },
      locale: 'en',
      draft: true,
    })
    const report = await importProcedures(t.payload, load('valid.json'), { source: 'valid.json' })
    expect(report.totals).toEqual({ created: 0, updated: 0, unchanged: 4, rejected: 0 })
    expect(outcome(report)).toEqual(VALID_CODES.map((code, i) => [i + 1, code, 'unchanged']))
    for (const code of VALID_CODES) expect(await count(code)).toBe(1)
    expect((await t.payload.count({ collection: 'procedures' })).totalDocs).toBe(4)
    expect((await latest('1.012756'))?.steps?.map((step) => step.text)).toEqual([steps[0]?.text])
    const english = await t.payload.findByID({
      collection: 'procedures',
      id: land?.id as number,
      locale: 'en',
      draft: true,
    })
    expect(english.name).toBe('First land registration')
  })

  it('gives the same records from the CSV with Vietnamese labels as from the JSON', async () => {
    const snapshot = async () =>
      Promise.all(
        VALID_CODES.map(async (code) => {
          const { updatedAt: _u, source, ...doc } = (await latest(code)) ?? {}
          return { ...doc, sourceNote: source?.note, sourceUrl: source?.url }
        }),
      )
    await importProcedures(t.payload, load('valid.json'), { source: 'valid.json' })
    const fromJson = await snapshot()
    const report = await importProcedures(t.payload, load('valid.csv'), { source: 'valid.csv' })
    // The same records (where they sit in the file aside): their content hash is the saved one.
    expect(outcome(report)).toEqual(VALID_CODES.map((code, i) => [i + 2, code, 'unchanged']))
    expect(report.rows.every((row) => row.leftOut.length === 0)).toBe(true)
    expect(await snapshot()).toEqual(fromJson)
  })

  it('rejects invalid rows with their reasons and stores nothing of them', async () => {
    const report = await importProcedures(t.payload, load('invalid.json'), { source: 'invalid.json' })
    expect(
      report.rows.map(({ row, code, result, problem, reason }) => ({ row, code, result, problem, reason })),
    ).toEqual([
      { row: 1, code: '1.004194', result: 'created', problem: undefined, reason: undefined },
      {
        row: 2,
        code: null,
        result: 'rejected',
        problem: 'invalid-code',
        reason: 'Mã thủ tục (ma_thu_tuc) "C08_XPHCDB" is not a national code like 1.001193',
      },
      // A sector the database lacks is created under the agency's ministry (the national database has hundreds).
      { row: 3, code: '3.000346', result: 'created', problem: undefined, reason: undefined },
      {
        row: 4,
        code: '2.000200',
        result: 'rejected',
        problem: 'invalid-value',
        reason: 'Cách thức thực hiện #1 feeAmount: a fee cannot be negative (-5000)',
      },
      {
        row: 5,
        code: '1.004194',
        result: 'rejected',
        problem: 'duplicate-in-file',
        reason: 'duplicate in file: code 1.004194 is already on row 1',
      },
      {
        row: 6,
        code: '1.003197',
        result: 'rejected',
        problem: 'unknown-agency',
        reason:
          'Cơ quan thực hiện (co_quan_thuc_hien) "Công an Xã" is not a known agency: add it first or use its code',
      },
    ])
    expect(report.totals).toEqual({ created: 2, updated: 0, unchanged: 0, rejected: 4 })
    expect(
      (await t.payload.count({ collection: 'sectors', where: { name: { equals: 'Sát hạch, cấp giấy phép lái xe' } } }))
        .totalDocs,
    ).toBe(1)
    for (const code of ['C08_XPHCDB', '2.000200', '1.003197']) {
      expect([code, await count(code), await countVersions(code)]).toEqual([code, 0, 0])
    }
    expect(await count('1.004194')).toBe(1)
    // "10.000 / 15.000 / Miễn phí": several rates, so no amount; the text stays.
    expect((await latest('1.004194'))?.methods?.[0]).toMatchObject({
      feeAmount: null,
      feeDescription: '10.000 / 15.000 / Miễn phí (tùy trường hợp)',
    })
  })

  it('leaves nothing of a row that fails after its write, not even in search, and loads the rows after it', async () => {
    // Fresh codes, so that each row creates; the second one fails once Payload has written it.
    const records: SourceRecord[] = load('valid.json').map((record, i) => ({
      ...record,
      fields: { ...(record.fields as object), ma_thu_tuc: `1.90000${i}` },
    }))
    // The database fails the write of the version rows of 1.900001, after its record's own rows went in.
    type Insert = { tableName: string; values: { version_code?: string; version?: { code?: string } }[] }
    const db = new Proxy(t.payload.db, {
      get(target, key, receiver) {
        if (key !== 'insert') return Reflect.get(target, key, receiver)
        const insert = Reflect.get(target, key, receiver) as (args: Insert) => Promise<unknown>
        return async (args: Insert) => {
          const result = await insert.call(target, args)
          const codes = JSON.stringify(args.values)
          if (args.tableName === '_procedures_v' && codes.includes('1.900001')) {
            throw new Error('connection reset after the write')
          }
          return result
        }
      },
    })
    const failing = new Proxy(t.payload, {
      get: (target, key, receiver) => (key === 'db' ? db : Reflect.get(target, key, receiver)),
    })
    const report = await importProcedures(failing, records, { source: 'valid.json', publish: true })
    expect(report.rows.map(({ code, result, reason }) => [code, result, reason])).toEqual([
      ['1.900000', 'created', undefined],
      ['1.900001', 'rejected', 'connection reset after the write'],
      ['1.900002', 'created', undefined],
      ['1.900003', 'created', undefined],
    ])
    expect([await count('1.900001'), await countVersions('1.900001')]).toEqual([0, 0])
    expect(await count('1.900002')).toBe(1)
    await searchSettled()
    expect(await searchable('1.900000')).toBe(true)
    expect(await searchable('1.900003')).toBe(true)
    expect(await searchable('1.900001')).toBe(false)
  })

  it('publishes with --publish; a later draft import leaves the published page as it was', async () => {
    const published = await importProcedures(t.payload, load('valid.json'), { source: 'valid.json', publish: true })
    // Publishing is a change of the record as imported: each is written again, now published.
    expect(published).toMatchObject({
      status: 'published',
      totals: { created: 0, updated: 4, unchanged: 0, rejected: 0 },
    })
    const visible = await t.payload.find({
      collection: 'procedures',
      where: { code: { in: VALID_CODES } },
      overrideAccess: false,
      depth: 0,
    })
    expect(visible.docs.map((doc) => doc.code).sort()).toEqual(VALID_CODES)
    await eventually('the published records are searchable', async () =>
      (await Promise.all(VALID_CODES.map(searchable))).every(Boolean),
    )

    const [first] = load('valid.json')
    const renamed = { ...first, fields: { ...(first?.fields as object), ten_thu_tuc: 'Đăng ký khai sinh (sửa)' } }
    const draft = await importProcedures(t.payload, [renamed as SourceRecord], { source: 'fix.json' })
    expect(outcome(draft)).toEqual([[1, '1.001193', 'updated']])
    expect((await latest('1.001193', false))?.name).toBe('Thủ tục đăng ký khai sinh')
    expect((await latest('1.001193', true))?.name).toBe('Đăng ký khai sinh (sửa)')
    await searchSettled()
    const hit = await client.index(`${prefix}procedures`).getDocument('1_001193-vi')
    expect(hit.name).toBe('Thủ tục đăng ký khai sinh')
    expect(await count('1.001193')).toBe(1)
  })
})
