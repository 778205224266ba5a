import { describe, expect, it } from 'vitest'

import { loadContent, loadNational } from '../../content/schema.ts'
import { splitDocuments, splitLegalBasis, splitMethods, splitResults } from '../../scripts/catalogue/tables.ts'

describe('the shipped national catalogue (content/national/)', () => {
  const catalogue = loadNational()
  const content = loadContent()

  it('holds every record of the capture once, each with its source page', () => {
    expect(catalogue.procedures).toHaveLength(2642)
    expect(new Set(catalogue.procedures.map((p) => p.code)).size).toBe(2642)
    for (const p of catalogue.procedures) {
      expect(p.source.url, p.code).toMatch(/^https:\/\/dichvucong\.gov\.vn\/thu-tuc-hanh-chinh\/[0-9a-f-]{36}$/)
    }
  })

  it('names only sectors and agencies that exist, and flags what it could not normalize', () => {
    const sectors = new Set([...content.sectors, ...catalogue.sectors].map((s) => s.code))
    const agencies = new Set(content.agencies.map((a) => a.code))
    for (const p of catalogue.procedures) {
      expect(sectors.has(p.sector), `${p.code} sector ${p.sector}`).toBe(true)
      expect(agencies.has(p.agency), `${p.code} agency ${p.agency}`).toBe(true)
      // A flagged record says why, for the editor who opens it.
      if (p.reviewFlags) expect(p.reviewNote, p.code).toBeTruthy()
    }
    const flagged = catalogue.procedures.filter((p) => p.reviewFlags?.length)
    expect(flagged.length).toBe(696)
    // Units the capture lost stay unknown, never guessed.
    const unknown = catalogue.procedures.filter((p) => p.methods.some((m) => m.time?.unit === 'unknown'))
    expect(unknown.every((p) => p.reviewFlags?.includes('time-unit-unknown'))).toBe(true)
  })
})

describe('splitting the flattened tables back', () => {
  it('reads methods with their time, fee and description, and keeps a time without unit as unknown', () => {
    const text =
      'Hình thức nộpThời gianPhí, lệ phíMô tảTrực tuyến1Miễn phíTrực tiếp22 Ngày làm việcLệ phí : 50.000 ĐồngNộp tại trụ sở.'
    expect(splitMethods(text)).toEqual({
      rows: [
        {
          channel: 'online',
          time: { amount: 1, unit: 'unknown' },
          unitLost: true,
          fee: { amount: 0, text: 'Miễn phí' },
        },
        {
          channel: 'in-person',
          time: { amount: 22, unit: 'working-days' },
          fee: { amount: 50000, text: 'Lệ phí : 50.000 Đồng' },
          description: 'Nộp tại trụ sở.',
        },
      ],
    })
  })

  it('reads documents with their counts and a template file after a clear end of the name', () => {
    const text =
      '--Tên giấy tờMẫu đơn, tờ khaiSố lượngĐơn đề nghị theo Mẫu số 08;Mus08.docx1 bản chínhBản sao giấy phép0 bản chính,1 bản sao'
    expect(splitDocuments(text)).toEqual({
      rows: [
        { name: 'Đơn đề nghị theo Mẫu số 08;', form: 'Mus08.docx', originals: 1 },
        { name: 'Bản sao giấy phép', originals: 0, copies: 1 },
      ],
      unsplitForms: 0,
    })
  })

  it('reads legal documents whose title repeats the number, and names what is left', () => {
    const text = 'Tên văn bản pháp lýMã văn bảnLuật 54/2014/QH1354/2014/QH13Thuế xuất khẩu, thuế nhập khẩu107/2016/QH13'
    expect(splitLegalBasis(text)).toEqual({
      rows: [
        { number: '54/2014/QH13', title: 'Luật 54/2014/QH13' },
        { number: '107/2016/QH13', title: 'Thuế xuất khẩu, thuế nhập khẩu' },
      ],
    })
  })

  it('cuts the page furniture after the results', () => {
    const text =
      'Công văn thông báo (NB10)Mã: KQ.G01.000068Từ khóaKhông có thông tinMô tảKhông có thông tinChọn cơ quan thực hiệnTỉnh/ Thành phốNộp hồ sơ'
    expect(splitResults(text)).toEqual({ results: ['Công văn thông báo (NB10)'], keywords: [] })
  })
})
