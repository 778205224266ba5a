import { describe, expect, it } from 'vitest'

import { untranslatedOf } from '../../cms/src/hooks/mark-untranslated.ts'
import { stampOf } from '../../scripts/lib/content-stamp.ts'
import { stageOf } from '../../scripts/lib/prepare-stages.ts'

describe("prepare's lines as npm start reads them", () => {
  it.each([
    ['[prepare] schema in place (5679 ms)', 'schema'],
    ['[prepare] content in place (6927 ms)', 'content'],
    ['[prepare] database has content: seed skipped', undefined],
    ['[prepare] search settings up to date (597 ms)', undefined],
    // A record's text that happens to say it is not a stage line.
    ['[prepare] schema in place', undefined],
  ])('%s is stage %s', (line, stage) => {
    expect(stageOf(line)).toBe(stage)
  })

  it('reads the content stamp whole, spaces and colons included', () => {
    const stamp = 'procedures:2648@2026-12-01T02:33:21.966Z faqs:64@2026-12-01T02:32:59.216Z videos:0@'
    expect(stampOf(`[prepare] content stamp: ${stamp}`)).toBe(stamp)
    expect(stampOf('[prepare] content in place (12 ms)')).toBeUndefined()
  })
})

describe('untranslatedOf (the hook’s answer for a record written in every locale at once)', () => {
  const paths = ['name', 'result', 'steps.text']
  const record = (en: { name?: string; result?: string; step?: string }) => ({
    name: { vi: 'Đăng ký kết hôn', ...(en.name ? { en: en.name } : {}) },
    result: { vi: 'Giấy chứng nhận kết hôn', ...(en.result ? { en: en.result } : {}) },
    steps: [{ id: 'a1', text: { vi: 'Nộp hồ sơ', ...(en.step ? { en: en.step } : {}) } }],
  })

  it.each([
    ['every path in both languages', record({ name: 'Marriage', result: 'Certificate', step: 'Submit' }), []],
    ['no English at all', record({}), ['en']],
    ['an English name but a step without English', record({ name: 'Marriage', result: 'Certificate' }), ['en']],
    ['blank English text', record({ name: '  ', result: 'Certificate', step: 'Submit' }), ['en']],
  ])('%s', (_, data, expected) => {
    expect(untranslatedOf(paths, data)).toEqual(expected)
  })
})
