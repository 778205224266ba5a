import { describe, expect, it } from 'vitest'

import { correctQuery } from '../../search/src/correct.ts'

/** What a procedure is called, as the best typo-forgiving match returns it (name, keywords...). */
const birth = ['Đăng ký khai sinh', 'giấy khai sinh', 'khai sinh cho con', 'Có con nhỏ']
const absence = ['Khai báo tạm vắng', 'đi vắng dài ngày']
const identity = ['Cấp thẻ căn cước cho người dưới 06 tuổi', 'làm căn cước cho con']

describe('correctQuery', () => {
  it.each([
    ['khai sihn', birth, 'khai sinh'],
    ['đăng ký khai sihn', birth, 'đăng ký khai sinh'],
    ['giay khai sihn cho con', birth, 'giấy khai sinh cho con'],
    ['khai bao tam vagn', absence, 'khai báo tạm vắng'],
  ])('respells "%s" as the best match spells it', (q, texts, respelled) => {
    expect(correctQuery(q, texts)).toBe(respelled)
  })

  it('keeps words the match does not hold (stop words, synonyms) as typed', () => {
    expect(correctQuery('tôi cần khai sihn', birth)).toBe('tôi cần khai sinh')
  })

  it('changes nothing when the query has no typo', () => {
    expect(correctQuery('đăng ký khai sinh', birth)).toBeUndefined()
  })

  it('forgives no typo in a word too short for one (settings.ts: one typo from 4 letters)', () => {
    expect(correctQuery('khai sih', birth)).toBeUndefined()
  })

  it('leaves a last word that is still being typed alone (Meilisearch matches it as a prefix)', () => {
    expect(correctQuery('dnag ky khai si', birth)).toBeUndefined()
  })

  it('says no procedure has a meaningful toned word the match holds only under another tone', () => {
    expect(correctQuery('làm căn cước cho chó', identity)).toBeNull()
  })

  it('does not count a tone on a stop word or a generic word ("cần" met as "căn", "tờ" as "tổ")', () => {
    expect(correctQuery('cần căn cước', identity)).not.toBeNull()
    expect(correctQuery('giấy tờ căn cước', ['căn cước', 'tổ dân phố', 'giấy'])).not.toBeNull()
  })
})
