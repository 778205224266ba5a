import { describe, expect, it } from 'vitest'

import {
  nationalCode,
  parseChannel,
  parseFee,
  parseLevel,
  parseServiceLevel,
  parseSubject,
  parseTime,
} from '../../scripts/import/values.ts'

describe('nationalCode', () => {
  it.each([
    ['1.001193', '1.001193'],
    [' 3.000722 ', '3.000722'],
    ['2.002307.000.00.00.H35', '2.002307'],
    ['2.000815.000.00.00.H55.02', '2.000815'],
    ['C08_XPHCDB', undefined],
    ['1.00119', undefined],
    ['1.0011930', undefined],
    ['', undefined],
  ])('%j → %j', (text, code) => {
    expect(nationalCode(text)).toBe(code)
  })
})

describe('parseLevel', () => {
  it.each([
    ['Cấp bộ/ngành', 'central'],
    ['Cấp Bộ', 'central'],
    ['Cấp tỉnh', 'province'],
    ['Cấp Tỉnh', 'province'],
    ['Tỉnh', 'province'],
    ['Cấp xã', 'commune'],
    ['Cấp Xã', 'commune'],
    ['Cấp huyện', 'district'],
    ['Cơ quan khác', 'other'],
    ['Cấp', undefined],
  ])('%j → %j', (text, level) => {
    expect(parseLevel(text)).toBe(level)
  })
})

describe('parseTime', () => {
  it.each([
    ['07 ngày làm việc', { amount: 7, unit: 'working-days' }],
    ['07 Ngày làm việc', { amount: 7, unit: 'working-days' }],
    ['1 ngày', { amount: 1, unit: 'days' }],
    ['Không quá 17 ngày làm việc', { amount: 17, unit: 'working-days' }],
    ['0,5 ngày làm việc', { amount: 0.5, unit: 'working-days' }],
    ['4 giờ làm việc', { amount: 4, unit: 'hours' }],
    ['3 tháng', { amount: 3, unit: 'months' }],
  ])('%j → %j', (text, time) => {
    expect(parseTime(text)).toEqual(time)
  })

  it.each([
    '10-15 ngày',
    '10 hoặc 20 ngày làm việc tùy trường hợp',
    '03 ngày làm việc (xác minh: không quá 05 ngày làm việc)',
    'Trong ngày',
    '5 tuần',
  ])('leaves %j unparsed rather than guess', (text) => {
    expect(parseTime(text)).toBeUndefined()
  })
})

describe('parseFee', () => {
  it.each([
    ['Lệ phí: 8.000 đồng', 8000],
    ['Lệ phí: 20.000 Đồng', 20000],
    ['Lệ phí 20.000 đồng/lần', 20000],
    ['Phí: 1.500.000 đ', 1500000],
    ['Phí, lệ phí: 200000 VNĐ', 200000],
    ['50.000', 50000],
    ['Miễn phí', 0],
    ['Miễn phí.', 0],
    ['0 đồng', 0],
    ['Lệ phí: -5.000 đồng', -5000],
  ])('%j → %j', (text, amount) => {
    expect(parseFee(text)).toBe(amount)
  })

  it.each([
    '10.000 / 15.000 / Miễn phí (tùy trường hợp)',
    'Cấp mới GCN 100.000 đ/giấy; chỉnh lý 25.000 đ/giấy',
    'Theo các TTHC tương ứng',
    'Miễn phí. Nếu có yêu cầu cấp bản sao thì nộp phí',
    'Lệ phí: 0,5 đồng',
  ])('leaves %j without an amount rather than guess', (text) => {
    expect(parseFee(text)).toBeUndefined()
  })
})

describe('channels, subjects and service levels', () => {
  it('reads the portal labels', () => {
    expect(['Trực tiếp', 'Trực tuyến', 'Dịch vụ bưu chính', 'trực  TUYẾN'].map(parseChannel)).toEqual([
      'in-person',
      'online',
      'post',
      'online',
    ])
    expect(parseChannel('Qua điện thoại')).toBeUndefined()
    expect(['Công dân Việt Nam', 'Người Việt Nam định cư ở nước ngoài', 'Doanh nghiệp'].map(parseSubject)).toEqual([
      'citizen',
      'overseas-vietnamese',
      'business',
    ])
    expect(parseSubject('Hợp tác xã')).toBeUndefined()
    expect(
      ['Dịch vụ công trực tuyến toàn trình', 'Một phần', 'Toàn trình (Cổng DVCQG)', 'Mức độ 3', 'Không'].map(
        parseServiceLevel,
      ),
    ).toEqual(['full', 'partial', 'full', 'partial', 'none'])
    expect(parseServiceLevel('Dịch vụ công trực tuyến')).toBeUndefined()
  })
})
