import { describe, expect, it } from 'vitest'

import { mapRecord, readRecord } from '../../scripts/import/map.ts'
import type { Lookup, Refs } from '../../scripts/import/refs.ts'
import { formatReport, type Report } from '../../scripts/import/report.ts'

const lookup = (entries: Record<string, number>): Lookup => ({
  resolve: (text) => {
    const id = entries[text]
    return id === undefined ? { problem: 'unknown' } : { id }
  },
})
const refs: Refs = {
  sectors: lookup({ 'Hộ tịch': 7, 'HO-TICH': 7 }),
  agencies: lookup({ BTP: 3 }),
  matchAgencies: () => [],
  agencyId: () => undefined,
  ministryOf: (id) => (id === 3 ? { id: 3, code: 'BTP' } : undefined),
  folderMinistry: () => undefined,
  sectorFor: (name, ministry) =>
    name === 'Hộ tịch' && ministry.id === 3
      ? { id: 7 }
      : { create: { code: 'NEW-BTP', slug: 'new-btp', name, ministry: ministry.id } },
  sectorByCode: (code) => (code === 'HO-TICH' ? 7 : undefined),
  addSector: () => {},
}
const base = {
  ma_thu_tuc: '1.001193',
  ten_thu_tuc: 'Đăng ký khai sinh',
  cap_thuc_hien: 'Cấp xã',
  linh_vuc: 'Hộ tịch',
  co_quan_thuc_hien: 'BTP',
}
const source = { file: 'f.csv', row: 2 }

function map(fields: Record<string, unknown>) {
  const read = readRecord(fields)
  return read.ok ? mapRecord(read, refs, source) : read
}

describe('mapping a record', () => {
  it('maps the required fields and names the source by file and row', () => {
    expect(map(base)).toEqual({
      ok: true,
      leftOut: [],
      data: {
        code: '1.001193',
        name: 'Đăng ký khai sinh',
        levels: ['commune'],
        sector: 7,
        agency: 3,
        agencyNames: { implementing: 'BTP' },
        source: { name: 'f.csv, row 2' },
      },
    })
  })

  it('keeps every level a record names, "Cơ quan khác" included', () => {
    expect(map({ ...base, cap_thuc_hien: 'Cấp bộ, Cấp tỉnh, Cấp xã, Cơ quan khác' })).toMatchObject({
      ok: true,
      data: { levels: ['central', 'province', 'commune', 'other'] },
    })
  })

  it("creates a sector the database lacks under the agency's ministry, with a code derived from both", () => {
    expect(map({ ...base, linh_vuc: 'Giáo dục' })).toMatchObject({
      ok: true,
      data: { sector: 0 },
      newSector: { code: 'NEW-BTP', name: 'Giáo dục', ministry: 3 },
    })
  })

  it('reads Vietnamese labels as keys, a provincial code, and methods written one per line', () => {
    const result = map({
      'Mã thủ tục': '1.001193.000.00.00.H35',
      'Tên thủ tục': 'Đăng ký khai sinh',
      'Cấp thực hiện': 'Cấp xã',
      'Lĩnh vực': 'HO-TICH',
      'Cơ quan thực hiện': 'BTP',
      'Cách thức thực hiện': 'Trực tiếp | 05 ngày làm việc | Lệ phí: 8.000 đồng\nTrực tuyến | 10-15 ngày | Miễn phí',
      'Đối tượng thực hiện': 'Công dân Việt Nam\nHợp tác xã',
      'Ghi chú': 'x',
    })
    expect(result).toMatchObject({
      ok: true,
      data: {
        code: '1.001193',
        subjects: ['citizen'],
        methods: [
          {
            channel: 'in-person',
            timeAmount: 5,
            timeUnit: 'working-days',
            feeAmount: 8000,
            feeDescription: 'Lệ phí: 8.000 đồng',
          },
          { channel: 'online', timeNote: '10-15 ngày', feeAmount: 0, feeDescription: 'Miễn phí' },
        ],
      },
      leftOut: ['Đối tượng thực hiện "Hợp tác xã": not a known subject'],
    })
    expect(readRecord({ ...base, 'Ghi chú': 'x' })).toMatchObject({ ignored: ['Ghi chú'] })
  })

  it.each([
    [
      { ...base, ma_thu_tuc: 'TT-01' },
      'invalid-code',
      'Mã thủ tục (ma_thu_tuc) "TT-01" is not a national code like 1.001193',
    ],
    [{ ...base, ten_thu_tuc: ' ' }, 'missing-field', 'Tên thủ tục (ten_thu_tuc) is missing'],
    [
      { ...base, cap_thuc_hien: 'Cấp quận' },
      'invalid-value',
      'Cấp thực hiện (cap_thuc_hien) "Cấp quận" is not one of Cấp bộ/ngành, Cấp tỉnh, Cấp xã, Cấp huyện or Cơ quan khác',
    ],
    [{ ...base, co_quan_thuc_hien: undefined }, 'missing-field', 'Cơ quan thực hiện (co_quan_thuc_hien) is missing'],
    [
      { ...base, cach_thuc_thuc_hien: [{ hinh_thuc_nop: 'Trực tiếp', phi_le_phi: 'Lệ phí: -5.000 đồng' }] },
      'invalid-value',
      'Cách thức thực hiện #1 feeAmount: a fee cannot be negative (-5000)',
    ],
    [
      { ...base, cach_thuc_thuc_hien: ['Trực tuyến | 0 ngày'] },
      'invalid-value',
      'Cách thức thực hiện #1 timeAmount: a processing time must be greater than 0 (0)',
    ],
    ['not a record', 'invalid-record', 'the record is not an object of fields'],
  ])('rejects %j', (fields, problem, reason) => {
    expect(map(fields as Record<string, unknown>)).toEqual({ ok: false, problem, reason })
  })

  it('leaves out what it cannot read, and says so', () => {
    const result = map({
      ...base,
      cach_thuc_thuc_hien: ['Qua điện thoại | 1 ngày'],
      can_cu_phap_ly: ['Luật Hộ tịch'],
      muc_do_dvc: 'Dịch vụ công trực tuyến',
      duong_dan: 'dichvucong.gov.vn',
    })
    // Nothing readable in a list: the list is left out, so an update keeps the saved one.
    expect(result.ok && [result.data.methods, result.data.legalBasis]).toEqual([undefined, undefined])
    expect(result.ok && result.leftOut).toEqual([
      'Mức độ dịch vụ công "Dịch vụ công trực tuyến": not a known online service level',
      'Đường dẫn "dichvucong.gov.vn": not a URL',
      'method "Qua điện thoại": unknown channel',
      'Căn cứ pháp lý "Luật Hộ tịch": no single document number',
    ])
  })
})

describe('the report', () => {
  it('prints a table and totals', () => {
    const report: Report = {
      source: 'f.csv',
      status: 'draft',
      rows: [
        { row: 2, code: '1.001193', result: 'created', leftOut: [], id: 1, reviewFlags: ['time-unit-unknown'] },
        { row: 4, code: '1.000232', result: 'unchanged', leftOut: [], id: 3 },
        { row: 3, code: '1.004222', result: 'updated', leftOut: ['Từ khóa "x": y'], id: 2 },
        {
          row: 10,
          code: null,
          result: 'rejected',
          problem: 'missing-field',
          reason: 'Mã thủ tục is missing',
          leftOut: [],
        },
      ],
      totals: { created: 1, updated: 1, unchanged: 1, rejected: 1 },
      ignoredFields: ['Ghi chú'],
    }
    expect(formatReport(report)).toBe(
      [
        'row  code      result     reason',
        '2    1.001193  created    flagged: time-unit-unknown',
        '4    1.000232  unchanged',
        '3    1.004222  updated    left out: Từ khóa "x": y',
        '10   -         rejected   Mã thủ tục is missing',
        '',
        '1 created, 1 updated (drafts), 1 unchanged, 1 rejected, 4 rows',
        '1 of the saved records flagged for editors',
        'fields not imported: Ghi chú',
        '',
      ].join('\n'),
    )
  })
})
