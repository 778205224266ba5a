import { describe, expect, it } from 'vitest'

import { listOf, plainText, stepsOf } from '../../scripts/import/text.ts'

describe('lists and text', () => {
  it('reads a list from a JSON array, a JSON array in a CSV cell, or one item per line', () => {
    expect(listOf(['a', '', null, 'b'])).toEqual(['a', 'b'])
    expect(listOf('["Đăng ký, quản lý cư trú", "Hộ tịch"]')).toEqual(['Đăng ký, quản lý cư trú', 'Hộ tịch'])
    expect(listOf('Công dân Việt Nam\r\n\nDoanh nghiệp, tổ chức\n')).toEqual([
      'Công dân Việt Nam',
      'Doanh nghiệp, tổ chức',
    ])
    expect(listOf('[not json')).toEqual(['[not json'])
    expect(listOf(undefined)).toEqual([])
  })

  it('turns the API HTML into plain text', () => {
    expect(plainText('<p>Bước 1: nộp&nbsp;hồ sơ</p><p>Bước 2: nhận &amp; ký</p>')).toBe(
      'Bước 1: nộp hồ sơ\nBước 2: nhận & ký',
    )
    expect(plainText('a < b')).toBe('a < b')
  })

  it('cuts steps at "Bước N" and drops the marker', () => {
    expect(stepsOf('Bước 1: Nộp hồ sơ. Bước 2: Cán bộ kiểm tra. Bước 3 - Trả kết quả')).toEqual([
      'Nộp hồ sơ.',
      'Cán bộ kiểm tra.',
      'Trả kết quả',
    ])
    expect(stepsOf(['Bước 1: Nộp', 'Bước 2: Nhận'])).toEqual(['Nộp', 'Nhận'])
    expect(stepsOf([{ name: 'Bước 1', description: '<p>Nộp tờ khai</p>' }])).toEqual(['Nộp tờ khai'])
    expect(stepsOf('Người dân nộp hồ sơ, xem bước 2: nhận kết quả')).toEqual([
      'Người dân nộp hồ sơ, xem bước 2: nhận kết quả',
    ])
  })
})
