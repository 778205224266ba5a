import { describe, expect, it } from 'vitest'

import {
  MAX_SYNONYM_KEY_WORDS,
  ONE_WAY_SYNONYMS,
  SPOKEN_TERMS,
  SYNONYM_GROUPS,
  synonymMap,
} from '../../search/src/synonyms.ts'
import { tones } from '../../search/src/tones.ts'

const map = synonymMap()

describe('synonymMap', () => {
  it.each([
    ['cccd', 'căn cước'],
    ['cmnd', 'căn cước'],
    ['căn cước', 'id card'],
    ['id card', 'căn cước'],
    ['gplx', 'giấy phép lái xe'],
    ['bằng lái', 'giấy phép lái xe'],
    ['bằng lái', 'driving licence'],
    ['bhxh', 'bảo hiểm xã hội'],
    ['bhyt', 'bảo hiểm y tế'],
    ['health insurance', 'bảo hiểm y tế'],
    ['đkkd', 'đăng ký kinh doanh'],
    ['đkkd', 'giấy phép kinh doanh'],
    ['business registration', 'đăng ký kinh doanh'],
    ['khai sinh', 'birth certificate'],
    ['birth certificate', 'khai sinh'],
    ['hộ khẩu', 'thường trú'],
    ['thường trú', 'permanent residence'],
    ['kt3', 'tạm trú'],
    ['hộ chiếu', 'passport'],
    ['passport', 'hộ chiếu'],
    ['sổ đỏ', 'giấy chứng nhận quyền sử dụng đất'],
    ['sổ hồng', 'land use right certificate'],
    ['land title', 'sổ đỏ'],
    ['lý lịch', 'lý lịch tư pháp'],
    ['criminal record', 'lý lịch tư pháp'],
  ])('%s -> %s', (key, value) => {
    expect(map[key]).toContain(value)
  })

  it('is mutual inside a group: each term reaches every other, in its spelling and in Telex', () => {
    for (const group of SYNONYM_GROUPS) {
      const keys = group.filter((term) => term.split(' ').length <= MAX_SYNONYM_KEY_WORDS)
      for (const key of keys) {
        const others = group.filter((term) => term !== key)
        expect(new Set(map[key])).toEqual(new Set(others))
        expect(new Set(map[tones(key)])).toEqual(new Set(others.map(tones)))
      }
    }
  })

  it('holds every entry in Telex too, for the query matched as typed (tones.ts)', () => {
    expect(map['hooj chieeus']).toEqual(['passportz'])
    expect(map['laans ddaats']).toEqual(['tranhz chaaps ddaats ddaiz'])
    expect(map.cccdz).toContain('cawnz cuwowcs')
    expect(map.cccd).toContain('căn cước')
  })

  it('is one-way for everyday words: a land dispute is not always encroachment', () => {
    expect(map['lấn đất']).toEqual(['tranh chấp đất đai'])
    expect(map['tranh chấp đất đai']).toBeUndefined()
  })

  it('has no key Meilisearch would ignore (more than three words) and no key mapping to itself', () => {
    for (const [key, values] of Object.entries(map)) {
      expect(key.split(' ').length).toBeLessThanOrEqual(MAX_SYNONYM_KEY_WORDS)
      expect(values).not.toContain(key)
      expect(key).toBe(key.toLowerCase())
    }
    // A long official name is still a target, reached from its short forms.
    expect(map['chứng minh nhân dân']).toBeUndefined()
    expect(map.cmnd).toContain('chứng minh nhân dân')
  })

  it('is stable: keys and values sorted, so the settings diff sees no change between runs', () => {
    expect(Object.keys(map)).toEqual([...Object.keys(map)].sort((a, b) => a.localeCompare(b)))
    for (const values of Object.values(map)) expect(values).toEqual([...values].sort())
    expect(synonymMap()).toEqual(map)
  })

  it('merges a one-way entry into a group key', () => {
    const merged = synonymMap([['a b', 'c']], { 'a b': ['d'] })
    expect(merged).toEqual({ 'a b': ['c', 'd'], c: ['a b'], 'az bz': ['cz', 'dz'], cz: ['az bz'] })
    expect(Object.keys(ONE_WAY_SYNONYMS).length).toBeGreaterThan(0)
  })
})

describe('SPOKEN_TERMS', () => {
  it("holds each group term of two or three words but the first, with the group's first as its official term", () => {
    const spoken = new Map(SPOKEN_TERMS.map((term) => [term.words.join(' '), term.official]))
    expect(spoken.get('giấy chứng tử')).toBe('khai tử')
    expect(spoken.get('bằng lái xe')).toBe('giấy phép lái xe')
    expect(spoken.get('xin con nuôi')).toBe('nuôi con nuôi')
    // One word is no phrase to split; four words are never a synonym key (MAX_SYNONYM_KEY_WORDS).
    expect(spoken.has('cccd')).toBe(false)
    expect(spoken.has('chứng minh nhân dân')).toBe(false)
    // The first term of a group is what the others are searched as, never replaced itself.
    expect(spoken.has('khai tử')).toBe(false)
  })
})
