import { describe, expect, it } from 'vitest'

import en from '../../site/src/i18n/en.json'
import { translator } from '../../site/src/i18n/index.ts'
import vi from '../../site/src/i18n/vi.json'
import { translator as islandTranslator } from '../../site/src/islands/search/translate.ts'

describe('counts read as each language writes numbers', () => {
  it('on the pages: 1.606 in Vietnamese, 1,606 in English', () => {
    expect(translator('vi')('list.count', { count: 1606 })).toBe('1.606 thủ tục')
    expect(translator('en')('list.count', { count: 1606 })).toBe('1,606 procedures')
    expect(translator('en')('list.count', { count: 1 })).toBe('1 procedure')
  })

  it('in the search island, which reads the same catalogue without i18next', () => {
    const tVi = islandTranslator('vi', vi as Record<string, string>)
    const tEn = islandTranslator('en', en as Record<string, string>)
    expect(tVi('search.results.countFor', { count: 12345, q: 'khai sinh' })).toBe(
      'Tìm thấy 12.345 kết quả cho “khai sinh”',
    )
    expect(tEn('search.results.count', { count: 1 })).toBe('1 result')
    expect(tEn('search.results.count', { count: 2500 })).toBe('2,500 results')
  })
})
