import { join } from 'node:path'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { loadContent } from '../../content/schema.ts'
import { importProcedures } from '../../scripts/import/import-procedures.ts'
import { readRecordsFile } from '../../scripts/import/read.ts'
import { startTestPayload, type TestPayload } from '../support/payload.ts'

const fixture = join(import.meta.dirname, '..', 'fixtures', 'import', 'national-api.json')
const MINISTRIES = ['BCA', 'BCA-XNC', 'BTP', 'BXD', 'NHNN']

let t: TestPayload
const agencyIds: Record<string, number> = {}

/** The part of our agency tree the fixture's records name, as content/agencies.json has it. */
async function buildAgencies(payload: Payload) {
  const { agencies } = loadContent()
  for (const code of MINISTRIES) {
    const a = agencies.find((agency) => agency.code === code)
    if (!a) throw new Error(`no agency ${code} in content/agencies.json`)
    const parent = a.parent ? agencyIds[a.parent] : undefined
    const data = { code: a.code, slug: a.slug, kind: a.kind, name: a.name.vi, ...(parent ? { parent } : {}) }
    agencyIds[code] = (await payload.create({ collection: 'agencies', data, locale: 'vi' })).id
  }
}

const find = async (code: string) =>
  (
    await t.payload.find({
      collection: 'procedures',
      where: { code: { equals: code } },
      locale: 'vi',
      depth: 0,
      limit: 1,
    })
  ).docs[0]

beforeAll(async () => {
  t = await startTestPayload()
  await buildAgencies(t.payload)
}, 120_000)

afterAll(async () => {
  await t?.close()
})

describe('importing the national portal’s own JSON (api_key shape)', () => {
  const { records, file } = readRecordsFile(fixture)

  it('loads the valid records, rejects each bad one with a reason, and a second run changes nothing', async () => {
    const first = await importProcedures(t.payload, records, { source: file, publish: true })
    expect(first.rows.map((row) => [row.row, row.code, row.result, row.reason])).toEqual([
      [1, '1.000232', 'created', undefined],
      [2, '1.011441', 'created', undefined],
      [3, '1.002349', 'created', undefined],
      [4, '1.000107', 'created', undefined],
      [5, null, 'rejected', 'Mã thủ tục (ma_thu_tuc) is missing'],
      [6, '1.999001', 'rejected', 'Cấp thực hiện (cap_thuc_hien) is missing'],
      [7, '1.999002', 'rejected', 'Tên thủ tục (ten_thu_tuc) is missing'],
    ])
    expect(first.totals).toEqual({ created: 4, updated: 0, unchanged: 0, rejected: 3 })
    const versions = (await t.payload.countVersions({ collection: 'procedures' })).totalDocs
    expect(versions).toBe(4)

    const again = await importProcedures(t.payload, records, { source: file, publish: true })
    expect(again.totals).toEqual({ created: 0, updated: 0, unchanged: 4, rejected: 3 })
    expect((await t.payload.countVersions({ collection: 'procedures' })).totalDocs).toBe(versions)
  })

  it('keeps levels, the source page, agencies as named and mapped, and creates the sector under its ministry', async () => {
    const exit = await find('1.000232')
    expect(exit).toMatchObject({
      levels: ['central'],
      agency: agencyIds['BCA-XNC'],
      competentAgencies: [agencyIds['BCA-XNC']],
      agencyNames: { implementing: 'Cục quản lý xuất nhập cảnh', competent: 'Cục quản lý xuất nhập cảnh' },
      source: { url: 'https://dichvucong.gov.vn/thu-tuc-hanh-chinh/019d2bf7-4fe7-7458-b390-fa60d16e0112' },
      untranslated: ['en'],
      _status: 'published',
    })
    expect(exit?.receivingAddress).toContain('44-46 Trần Phú')
    expect(exit?.methods?.map((method) => method.channel).sort()).toEqual(['in-person', 'online', 'post'])
    const { docs: sectors } = await t.payload.find({
      collection: 'sectors',
      where: { id: { equals: exit?.sector } },
      locale: 'vi',
      depth: 0,
    })
    expect(sectors[0]).toMatchObject({
      code: 'QUAN-LY-XUAT-NHAP-CANH-BCA',
      name: 'Quản lý xuất nhập cảnh',
      ministry: agencyIds.BCA,
    })

    const justice = await find('1.011441')
    expect(justice?.levels?.length).toBeGreaterThan(1)
    expect(justice?.agency).toBe(agencyIds.BTP)
  })

  it('sorts names in Vietnamese order (ICU collation), not byte order', async () => {
    const names = ['Xây dựng', 'Ô tô', 'Đất đai', 'Ăn uống', 'Dân tộc', 'An ninh', 'Ong']
    for (const [i, name] of names.entries()) {
      await t.payload.create({
        collection: 'sectors',
        data: { code: `ORDER-${i}`, slug: `order-${i}`, name, ministry: agencyIds.BTP as number },
        locale: 'vi',
      })
    }
    const { docs } = await t.payload.find({
      collection: 'sectors',
      where: { code: { like: 'ORDER-' } },
      sort: 'name',
      locale: 'vi',
      depth: 0,
      pagination: false,
    })
    expect(docs.map((doc) => doc.name)).toEqual(['An ninh', 'Ăn uống', 'Dân tộc', 'Đất đai', 'Ong', 'Ô tô', 'Xây dựng'])
  })
})
