import { describe, expect, it } from 'vitest'

import { buildStore, type Collections } from '../../site/src/lib/cms.ts'
import type { Procedure } from '../../site/src/lib/types.ts'
import { levelsOf, officeKinds, onlineAction, stepsByRoute } from '../../site/src/lib/views/procedure-facts.ts'

const at = '2026-11-01T00:00:00.000Z'

function procedure(overrides: Partial<Procedure> = {}): Procedure {
  return {
    id: 1,
    code: '1.001193',
    name: { vi: 'Đăng ký khai sinh' },
    levels: ['commune'],
    serviceLevel: 'full',
    sector: 1,
    agency: 5,
    updatedAt: at,
    ...overrides,
  }
}

function store(agencyCode: string, parentCode?: string) {
  const own = parentCode ? { parent: 6, kind: 'department' as const } : { kind: 'ministry' as const }
  const collections: Collections = {
    agencies: [
      { id: 5, code: agencyCode, slug: 'a', name: { vi: 'A' }, ...own, updatedAt: at },
      ...(parentCode
        ? [{ id: 6, code: parentCode, slug: 'b', name: { vi: 'B' }, kind: 'ministry' as const, updatedAt: at }]
        : []),
    ],
    sectors: [],
    procedures: [],
    lifeEvents: [],
    faqs: [],
    forms: [],
    videos: [],
  }
  return buildStore(collections)
}

describe('a procedure’s key facts', () => {
  it('reads the levels from `levels`', () => {
    expect(levelsOf({ levels: ['central', 'province'] })).toEqual(['central', 'province'])
    expect(levelsOf({ levels: [] })).toEqual([])
  })

  it.each([
    ['a commune-level civil status procedure', 'BTP', undefined, { levels: ['commune'] }, ['commune']],
    ['a province-level land procedure', 'BNNMT', undefined, { levels: ['province'] }, ['province-centre']],
    [
      'a procedure at both levels',
      'BNNMT',
      undefined,
      { levels: ['province', 'commune'] },
      ['commune', 'province-centre'],
    ],
    ['a central procedure', 'BTP', undefined, { levels: ['central'] }, ['agency']],
    ['a residence procedure (police), even at commune level', 'BCA', undefined, { levels: ['commune'] }, ['police']],
    ['a unit below the Ministry of Public Security', 'BCA-XNC', 'BCA', { levels: ['central'] }, ['police']],
  ] as const)('names the office that receives %s', (_, code, parent, fields, expected) => {
    expect(officeKinds(procedure({ levels: [...fields.levels] }), store(code, parent))).toEqual(expected)
  })

  it('splits the steps that name their route from the shared ones, in both languages', () => {
    const text = (value: string) => ({ text: value })
    const split = stepsByRoute([
      text('Nộp trực tiếp: tại Trung tâm Phục vụ hành chính công.'),
      text('Nộp trực tuyến: trên Cổng Dịch vụ công quốc gia.'),
      text('Cán bộ kiểm tra hồ sơ.'),
      text('By post: send the dossier.'),
      text('Online: fill in the form.'),
      text('The officer checks the form for online filing.'),
    ])
    expect(split.routes.map((route) => [route.channel, route.steps.length])).toEqual([
      ['online', 2],
      ['in-person', 1],
      ['post', 1],
    ])
    expect(split.shared.map((step) => step.text)).toEqual([
      'Cán bộ kiểm tra hồ sơ.',
      'The officer checks the form for online filing.',
    ])
  })

  it('keeps every step shared when none names a route', () => {
    expect(stepsByRoute([{ text: 'Nộp hồ sơ' }])).toEqual({ shared: [{ text: 'Nộp hồ sơ' }], routes: [] })
  })

  it('sends the online button to the record’s source page, never for a service that is not online', () => {
    const source = { name: 'Cổng Dịch vụ công quốc gia', url: 'https://dichvucong.gov.vn/p/x?ma=1.001193' }
    expect(onlineAction(procedure({ source }))).toEqual({ href: source.url, host: 'dichvucong.gov.vn' })
    expect(onlineAction(procedure({ source, serviceLevel: 'none' }))).toBeUndefined()
    expect(onlineAction(procedure({ source: { url: 'javascript:alert(1)' } }))).toBeUndefined()
    expect(onlineAction(procedure({ source: { url: 'not a url' } }))).toBeUndefined()
    expect(onlineAction(procedure())).toBeUndefined()
  })
})
