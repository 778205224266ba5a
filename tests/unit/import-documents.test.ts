import { describe, expect, it } from 'vitest'

import {
  parseCounts,
  parseDate,
  parseDecisionNumber,
  parseDocument,
  parseLegalBasis,
} from '../../scripts/import/documents.ts'

describe('document counts', () => {
  it.each([
    ['Bản chính: 1 - Bản sao: 0', { originals: 1, copies: 0 }],
    ['Bản chính: 02 - Bản sao: 01', { originals: 2, copies: 1 }],
    ['1 bản chính', { originals: 1 }],
    ['01 bản chính, 02 bản sao', { originals: 1, copies: 2 }],
    ['Bản sao 1', { copies: 1 }],
    ['1 bản chính hoặc 2 bản chính', {}],
    ['không rõ', {}],
  ])('%j → %j', (text, counts) => {
    expect(parseCounts(text)).toEqual(counts)
  })
})

describe('parseDocument', () => {
  it('takes the count off the end of the name', () => {
    expect(parseDocument('Giấy chứng sinh (hoặc văn bản người làm chứng / giấy cam đoan) - 1 bản chính')).toEqual({
      name: 'Giấy chứng sinh (hoặc văn bản người làm chứng / giấy cam đoan)',
      originals: 1,
    })
    expect(parseDocument('Tờ khai thay đổi thông tin cư trú (Mẫu CT01) - Bản chính 1')).toEqual({
      name: 'Tờ khai thay đổi thông tin cư trú (Mẫu CT01)',
      originals: 1,
    })
    expect(parseDocument('Đơn đề nghị: Bản chính: 1 - Bản sao: 0')).toEqual({
      name: 'Đơn đề nghị',
      originals: 1,
      copies: 0,
    })
    expect(parseDocument('Giấy tờ tùy thân (01 bản sao)')).toEqual({ name: 'Giấy tờ tùy thân', copies: 1 })
  })

  it('keeps a name without counts whole, and marks "(nếu ...)" documents as not always required', () => {
    expect(parseDocument('Giấy tờ chứng minh chỗ ở hợp pháp')).toEqual({ name: 'Giấy tờ chứng minh chỗ ở hợp pháp' })
    expect(parseDocument('Biên bản trẻ bị bỏ rơi (nếu có)')).toEqual({
      name: 'Biên bản trẻ bị bỏ rơi (nếu có)',
      required: false,
    })
    expect(parseDocument('Văn bản ủy quyền (nếu ủy quyền) - 1 bản chính')).toEqual({
      name: 'Văn bản ủy quyền (nếu ủy quyền)',
      originals: 1,
      required: false,
    })
  })

  it('reads the table columns of an object, and refuses a document without a name', () => {
    expect(parseDocument({ 'Tên giấy tờ': 'Tờ khai', 'Số lượng': 'Bản chính: 1 - Bản sao: 0' })).toEqual({
      name: 'Tờ khai',
      originals: 1,
      copies: 0,
    })
    expect(parseDocument({ ten_giay_to: 'Ảnh 4x6', ban_chinh: 2 })).toEqual({ name: 'Ảnh 4x6', originals: 2 })
    expect(parseDocument({ so_luong: '1 bản chính' })).toBeUndefined()
    expect(parseDocument('  ')).toBeUndefined()
  })
})

describe('legal basis', () => {
  it.each([
    ['Luật Cư trú 68/2020/QH14', { number: '68/2020/QH14', title: 'Luật Cư trú' }],
    ['Thông tư 66/2023/TT-BCA', { number: '66/2023/TT-BCA', title: 'Thông tư' }],
    ['Nghị định 118/2025/NĐ-CP ngày 09/6/2025', { number: '118/2025/NĐ-CP', title: 'Nghị định', date: '2025-06-09' }],
    ['Luật Hộ tịch số 60/2014/QH13', { number: '60/2014/QH13', title: 'Luật Hộ tịch' }],
    ['Quyết định 2304/QĐ-BNNMT', { number: '2304/QĐ-BNNMT', title: 'Quyết định' }],
  ])('%j → %j', (text, basis) => {
    expect(parseLegalBasis(text)).toEqual(basis)
  })

  it('needs exactly one document number', () => {
    expect(parseLegalBasis('Luật Cư trú')).toBeUndefined()
    expect(parseLegalBasis('Nghị định 101/2024/NĐ-CP và 151/2025/NĐ-CP')).toBeUndefined()
  })

  it('reads the table columns of an object', () => {
    expect(
      parseLegalBasis({ so_hieu: '60/2014/QH13', ten_van_ban: 'Luật Hộ tịch', ngay_ban_hanh: '20/11/2014' }),
    ).toEqual({ number: '60/2014/QH13', title: 'Luật Hộ tịch', date: '2014-11-20' })
    expect(parseLegalBasis({ name: 'Luật Cư trú 68/2020/QH14' })).toEqual({
      number: '68/2020/QH14',
      title: 'Luật Cư trú',
    })
  })

  it('reads dates and refuses impossible ones', () => {
    expect(parseDate('ngày 23/6/2025')).toBe('2025-06-23')
    expect(parseDate('2025-06-23')).toBe('2025-06-23')
    expect(parseDate('ngày 31/2/2025')).toBeUndefined()
  })

  it('keeps the decision number without its date', () => {
    expect(parseDecisionNumber('2304/QĐ-BNNMT ngày 23/6/2025')).toBe('2304/QĐ-BNNMT')
    expect(parseDecisionNumber('Quyết định số 1085/QĐ-BTP')).toBe('1085/QĐ-BTP')
    expect(parseDecisionNumber('chưa công bố')).toBe('chưa công bố')
  })
})
