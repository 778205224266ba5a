import { describe, expect, it } from 'vitest'

import { translator } from '../../site/src/i18n/index.ts'
import { buildStore, type Collections } from '../../site/src/lib/cms.ts'
import { ContentError } from '../../site/src/lib/errors.ts'
import { staticPaths } from '../../site/src/lib/pages.ts'
import { LocaleReader } from '../../site/src/lib/text.ts'
import type { Procedure } from '../../site/src/lib/types.ts'
import { lifeEventPage } from '../../site/src/lib/views/life-event.ts'

const at = '2026-11-01T00:00:00.000Z'
const cms = 'https://cms.example'

const procedure = (id: number, code: string, level: Procedure['levels'][number]): Procedure => ({
  id,
  code,
  name: { vi: `Thủ tục ${code}`, en: `Procedure ${code}` },
  levels: [level],
  serviceLevel: 'full',
  sector: 1,
  agency: 5,
  methods: [{ channel: 'online', timeAmount: 5, timeUnit: 'working-days', feeAmount: 0 }],
  documents: [{ name: { vi: 'Tờ khai', en: 'Form' }, originals: 1, required: true }],
  updatedAt: at,
})

function collections(overrides: Partial<Collections> = {}): Collections {
  return {
    agencies: [
      { id: 5, code: 'BTP', slug: 'bo-tu-phap', name: { vi: 'Bộ Tư pháp' }, kind: 'ministry', updatedAt: at },
      { id: 7, code: '01', slug: 'ha-noi', name: { vi: 'Thành phố Hà Nội' }, kind: 'province', updatedAt: at },
    ],
    sectors: [{ id: 1, code: 'HT', slug: 'ho-tich', name: { vi: 'Hộ tịch' }, ministry: 5, updatedAt: at }],
    procedures: [
      procedure(1, '3.000722', 'commune'),
      procedure(2, '1.001193', 'commune'),
      procedure(3, '1.000001', 'central'),
    ],
    lifeEvents: [
      {
        id: 9,
        slug: 'co-con-nho',
        name: { vi: 'Có con nhỏ', en: 'Having a baby' },
        audience: 'citizen',
        procedures: [1, 2, 404],
        steps: [
          {
            title: { vi: 'Liên thông', en: 'Linked service' },
            connector: 'and',
            choice: 'all',
            recommended: true,
            procedures: [1],
            deadline: { vi: 'Trong 60 ngày', en: 'Within 60 days' },
          },
          { title: { vi: 'Khai sinh', en: 'Birth' }, connector: 'or', choice: 'all', procedures: [2] },
          // A draft procedure (not in the store): the step has nothing public and is dropped.
          { title: { vi: 'Nháp', en: 'Draft' }, connector: 'and', choice: 'all', procedures: [404] },
        ],
        updatedAt: at,
      },
    ],
    faqs: [],
    forms: [],
    videos: [],
    ...overrides,
  }
}

const context = (store: ReturnType<typeof buildStore>, locale: 'vi' | 'en') => ({
  store,
  locale,
  t: translator(locale),
  read: new LocaleReader(locale),
})

describe('a life event’s page', () => {
  it('keeps the steps in order with their "and" / "or", the recommended route and deadlines; drops empty steps', () => {
    const page = lifeEventPage(context(buildStore(collections()), 'en'), 9, cms)
    expect(
      page.steps.map((step) => [step.title.text, step.connector, step.recommended, step.deadline?.text ?? null]),
    ).toEqual([
      ['Linked service', 'and', true, 'Within 60 days'],
      ['Birth', 'or', false, null],
    ])
    expect(page.steps[1]?.procedures.map((p) => p.href)).toEqual(['/en/procedures/1.001193'])
  })

  it('gathers one checklist of documents, time and fees of every procedure, each once', () => {
    const page = lifeEventPage(context(buildStore(collections()), 'vi'), 9, cms)
    expect(page.checklist.map((view) => view.code)).toEqual(['3.000722', '1.001193'])
    expect(page.checklist[0]?.documents.map((d) => d.name.text)).toEqual(['Tờ khai'])
    expect(page.checklist[0]?.methods[0]).toMatchObject({ channel: 'online', fee: 0 })
  })
})

describe('the page table', () => {
  it('lists on a province’s page what its people do there: procedures at province or commune level', () => {
    const paths = staticPaths(buildStore(collections())).map((page) => page.params.path)
    expect(paths).toContain('tim-co-quan/ha-noi')
    expect(paths).toContain('en/find-an-office/ha-noi')
    const store = buildStore(collections())
    expect(store.localProcedures).toEqual([2, 1])
  })

  it('refuses a FAQ whose slug is also an FAQ owner’s: the two pages would share one URL', () => {
    const faq = { id: 3, slug: 'bo-tu-phap', question: { vi: 'Hỏi?' }, agency: 5, updatedAt: at }
    expect(() => staticPaths(buildStore(collections({ faqs: [faq] })))).toThrow(ContentError)
  })
})
