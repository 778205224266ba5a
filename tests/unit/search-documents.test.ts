import { describe, expect, it } from 'vitest'

import {
  DOCUMENT_SCHEMA_VERSION,
  type FaqSource,
  faqDocuments,
  type ProcedureSource,
  procedureDocumentId,
  procedureDocuments,
  procedureUrl,
} from '../../search/src/documents.ts'

const birth: ProcedureSource = {
  recordId: 4,
  code: '1.001193',
  name: { vi: 'Đăng ký khai sinh', en: 'Birth registration' },
  keywords: { vi: ['làm giấy khai sinh', 'hộ tịch', 'VNeID'], en: ['birth certificate'] },
  result: { vi: 'Giấy khai sinh', en: 'Birth certificate' },
  steps: [{ vi: 'Nộp hồ sơ', en: 'File the dossier' }, { vi: 'Nhận kết quả' }],
  documents: [{ vi: 'Tờ khai đăng ký khai sinh', en: 'Birth registration form' }],
  level: ['commune'],
  serviceLevel: 'full',
  subjects: ['citizen'],
  sector: { slug: 'ho-tich', name: { vi: 'Hộ tịch', en: 'Civil status registration' } },
  agency: { slug: 'cuc-ho-tich', name: { vi: 'Cục Hộ tịch' }, ancestors: ['bo-tu-phap'] },
  lifeEvents: [{ slug: 'co-con-nho', name: { vi: 'Có con nhỏ', en: 'Having a baby' } }],
  untranslated: [],
  updatedAt: '2026-01-02T03:04:05.000Z',
}

describe('procedure documents', () => {
  const [vi, en] = procedureDocuments(birth)

  it('are one per locale, with ids Meilisearch accepts (no dot) and the locale in them', () => {
    expect([vi?.id, en?.id]).toEqual(['1_001193-vi', '1_001193-en'])
    expect([vi?.locale, en?.locale]).toEqual(['vi', 'en'])
    expect(procedureDocumentId('2.000200', 'en')).toMatch(/^[A-Za-z0-9_-]+$/)
  })

  it('link to the page per the URL contract', () => {
    expect(vi?.url).toBe('/thu-tuc/1.001193')
    expect(en?.url).toBe('/en/procedures/1.001193')
    expect(procedureUrl('3.000722', 'en')).toBe('/en/procedures/3.000722')
  })

  it('hold the Vietnamese document in full, with folded and Telex copies of what it is called', () => {
    expect(vi).toEqual({
      id: '1_001193-vi',
      kind: 'procedure',
      schemaVersion: DOCUMENT_SCHEMA_VERSION,
      recordId: 4,
      locale: 'vi',
      code: '1.001193',
      name: 'Đăng ký khai sinh',
      keywords: ['làm giấy khai sinh', 'hộ tịch', 'VNeID'],
      nameFolded: 'dang ky khai sinh',
      nameWords: 4,
      keywordsFolded: ['lam giay khai sinh', 'ho tich', 'vneid'],
      nameTones:
        'ddawngz kys khaiz sinhz | lamf giaays khaiz sinhz | hooj tichj | vneidz | cos conz nhor | hooj tichj | birthz registrationz',
      otherName: 'Birth registration',
      sector: 'ho-tich',
      sectorName: 'Hộ tịch',
      agency: 'cuc-ho-tich',
      agencyName: 'Cục Hộ tịch',
      agencyTree: ['cuc-ho-tich', 'bo-tu-phap'],
      level: ['commune'],
      serviceLevel: 'full',
      subjects: ['citizen'],
      lifeEvents: ['co-con-nho'],
      lifeEventNames: ['Có con nhỏ'],
      result: 'Giấy khai sinh',
      documents: ['Tờ khai đăng ký khai sinh'],
      steps: ['Nộp hồ sơ', 'Nhận kết quả'],
      translated: true,
      url: '/thu-tuc/1.001193',
      updatedAt: Date.parse('2026-01-02T03:04:05.000Z'),
      synthetic: false,
    })
  })

  it('fall back to Vietnamese, row by row, where English is missing', () => {
    expect(en?.name).toBe('Birth registration')
    expect(en?.steps).toEqual(['File the dossier', 'Nhận kết quả'])
    expect(en?.agencyName).toBe('Cục Hộ tịch')
    expect(en?.sectorName).toBe('Civil status registration')
    expect(en?.otherName).toBe('Đăng ký khai sinh')
  })

  it('say when the English document shows Vietnamese text', () => {
    const untranslated = procedureDocuments({
      ...birth,
      name: { vi: 'Đăng ký khai sinh' },
      keywords: { vi: ['khai sinh'] },
      untranslated: ['en'],
    })
    expect(untranslated[1]).toMatchObject({
      name: 'Đăng ký khai sinh',
      keywords: ['khai sinh'],
      nameFolded: 'dang ky khai sinh',
      translated: false,
      otherName: '',
    })
    expect(untranslated[0]?.translated).toBe(true)
  })

  it('mark load-test data and keep a missing sector or agency as null', () => {
    const [doc] = procedureDocuments({ ...birth, sector: null, agency: null, synthetic: true })
    expect(doc).toMatchObject({ sector: null, sectorName: null, agency: null, agencyTree: [], synthetic: true })
  })
})

describe('FAQ documents', () => {
  const faq: FaqSource = {
    recordId: 9,
    slug: 'khai-sinh-le-phi',
    question: { vi: 'Đăng ký khai sinh có mất phí không?', en: 'Is there a fee for birth registration?' },
    answer: { vi: 'Miễn phí.', en: '' },
    sector: { slug: 'ho-tich', name: { vi: 'Hộ tịch' } },
    agency: { slug: 'bo-tu-phap', name: { vi: 'Bộ Tư pháp', en: 'Ministry of Justice' } },
    procedureCodes: ['1.001193'],
    untranslated: [],
  }

  it("are one per locale and point at the FAQ's own page (/hoi-dap/{slug}, /en/faq/{slug})", () => {
    const [vi, en] = faqDocuments(faq)
    expect(vi).toMatchObject({
      id: 'faq-khai-sinh-le-phi-vi',
      kind: 'faq',
      question: 'Đăng ký khai sinh có mất phí không?',
      questionFolded: 'dang ky khai sinh co mat phi khong?',
      answer: 'Miễn phí.',
      procedureCodes: ['1.001193'],
      url: '/hoi-dap/khai-sinh-le-phi',
    })
    expect(en).toMatchObject({
      id: 'faq-khai-sinh-le-phi-en',
      answer: 'Miễn phí.',
      agencyName: 'Ministry of Justice',
      url: '/en/faq/khai-sinh-le-phi',
    })
  })

  it('point at the same page with or without a procedure', () => {
    const [vi, en] = faqDocuments({ ...faq, procedureCodes: [] })
    expect(vi?.url).toBe('/hoi-dap/khai-sinh-le-phi')
    expect(en?.url).toBe('/en/faq/khai-sinh-le-phi')
  })
})
