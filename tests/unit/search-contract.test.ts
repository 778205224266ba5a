import { fold, foldAll, pageWindow } from '@dvc/search/contract'
import { describe, expect, it } from 'vitest'

describe('search contract: fold', () => {
  it.each([
    ['Đăng ký khai sinh', 'dang ky khai sinh'],
    ['ĐĂNG KÝ THƯỜNG TRÚ', 'dang ky thuong tru'],
    ['Cấp thẻ căn cước', 'cap the can cuoc'],
    ['Giấy chứng nhận quyền sử dụng đất', 'giay chung nhan quyen su dung dat'],
    ['Hòa giải tranh chấp', 'hoa giai tranh chap'],
    ['Khôi phục hộ chiếu', 'khoi phuc ho chieu'],
    ['ưu tiên, ơn', 'uu tien, on'],
    ['  hai   khoảng  ', 'hai khoang'],
    ['Birth registration', 'birth registration'],
    ['1.001193', '1.001193'],
  ])('%s -> %s', (input, expected) => {
    expect(fold(input)).toBe(expected)
  })

  it('folds text typed with combining marks (NFD) like precomposed text', () => {
    expect(fold('Đăng ký'.normalize('NFD'))).toBe('dang ky')
  })

  it('collapses tones as Meilisearch does: bán, bàn, bạn are one word', () => {
    expect(new Set(['bán', 'bàn', 'bạn'].map(fold))).toEqual(new Set(['ban']))
  })
})

describe('search contract: foldAll', () => {
  it('keeps only the folded copies that differ, once each', () => {
    expect(foldAll(['đăng ký tạm trú', 'CCCD', 'KT3', 'tạm trú', 'Tạm trú'])).toEqual(['dang ky tam tru', 'tam tru'])
  })
})

describe('search contract: pageWindow', () => {
  it('shows the first, the last and two either side of the current page, null for a gap', () => {
    expect(pageWindow(1, 1)).toEqual([1])
    expect(pageWindow(1, 3)).toEqual([1, 2, 3])
    expect(pageWindow(1, 20)).toEqual([1, 2, 3, null, 20])
    expect(pageWindow(10, 20)).toEqual([1, null, 8, 9, 10, 11, 12, null, 20])
    expect(pageWindow(4, 6)).toEqual([1, 2, 3, 4, 5, 6])
  })
})
