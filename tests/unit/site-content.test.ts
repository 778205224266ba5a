import { describe, expect, it } from 'vitest'
import { buildStore, type Collections, FAQ_NO_SECTOR, readStore } from '../../site/src/lib/cms.ts'
import { readAll } from '../../site/src/lib/cms-client.ts'
import { CmsReadError, ContentError } from '../../site/src/lib/errors.ts'
import type { Procedure } from '../../site/src/lib/types.ts'
import { procedureView } from '../../site/src/lib/views/procedure.ts'

const at = '2026-11-27T03:10:17.903Z'
const answer = (text: string) => ({
  root: { children: [{ type: 'paragraph', children: [{ type: 'text', text }] }] },
})

function procedure(overrides: Partial<Procedure> = {}): Procedure {
  return {
    id: 4,
    code: '1.001193',
    name: { vi: 'Đăng ký khai sinh', en: 'Birth registration' },
    levels: ['commune'],
    serviceLevel: 'full',
    sector: 1,
    agency: 5,
    steps: [{ text: { vi: 'Nộp hồ sơ', en: 'File the dossier' } }],
    methods: [{ channel: 'online', timeAmount: 1, timeUnit: 'days', feeAmount: 0 }],
    documents: [{ name: { vi: 'Tờ khai', en: 'Declaration' }, form: 7, originals: 1, required: true }],
    result: { vi: 'Giấy khai sinh', en: 'Birth certificate' },
    source: {
      name: 'Cổng Dịch vụ công quốc gia',
      url: 'https://dichvucong.gov.vn/p/home/dvc-tthc-thu-tuc-hanh-chinh-chi-tiet.html?ma_thu_tuc=1.001193',
    },
    untranslated: [],
    updatedAt: at,
    ...overrides,
  }
}

function collections(overrides: Partial<Collections> = {}): Collections {
  return {
    agencies: [
      {
        id: 5,
        code: 'BTP',
        slug: 'bo-tu-phap',
        name: { vi: 'Bộ Tư pháp', en: 'Ministry of Justice' },
        kind: 'ministry',
        updatedAt: at,
      },
      {
        id: 6,
        code: 'BTP-HT',
        slug: 'cuc-ho-tich',
        name: { vi: 'Cục Hộ tịch' },
        kind: 'department',
        parent: 5,
        updatedAt: at,
      },
    ],
    sectors: [
      {
        id: 1,
        code: 'HO-TICH',
        slug: 'ho-tich',
        name: { vi: 'Hộ tịch', en: 'Civil status' },
        ministry: 5,
        updatedAt: at,
      },
    ],
    procedures: [procedure()],
    lifeEvents: [
      {
        id: 2,
        slug: 'co-con-nho',
        name: { vi: 'Có con nhỏ', en: 'Having a baby' },
        audience: 'citizen',
        procedures: [4, 99],
        updatedAt: at,
      },
    ],
    faqs: [
      {
        id: 10,
        slug: 'khai-sinh-online',
        question: { vi: 'Khai sinh trực tuyến?', en: 'Online?' },
        answer: { vi: answer('Được.'), en: answer('Yes.') },
        agency: 6,
        sector: 1,
        procedures: [4],
        updatedAt: at,
      },
      {
        id: 11,
        slug: 'chung',
        question: { vi: 'Hỏi chung?' },
        answer: { vi: answer('Đáp.') },
        agency: 5,
        procedures: [],
        updatedAt: at,
      },
    ],
    forms: [
      {
        id: 7,
        slug: 'to-khai',
        title: { vi: 'Tờ khai khai sinh', en: 'Birth declaration' },
        code: 'TK1',
        updatedAt: at,
      },
    ],
    videos: [],
    ...overrides,
  }
}

const cms = 'https://cms.example.gov.vn'

describe('the site store', () => {
  it('indexes procedures by agency tree, sector, life event and FAQ', () => {
    const store = buildStore(collections({ procedures: [procedure({ agency: 6 })] }))
    expect(store.proceduresOfAgency.get(6)).toEqual([4])
    expect(store.proceduresOfAgency.get(5)).toEqual([4]) // the ministry above the department
    expect(store.proceduresOfSector.get(1)).toEqual([4])
    expect(store.lifeEventsOf.get(4)?.map((event) => event.slug)).toEqual(['co-con-nho'])
    expect(store.faqsOf.get(4)?.map((faq) => faq.slug)).toEqual(['khai-sinh-online'])
  })

  it('files FAQs under the ministry at the top of their agency tree, then by sector', () => {
    const store = buildStore(collections())
    expect(store.faqOwners).toHaveLength(1)
    const [owner] = store.faqOwners
    expect(owner?.slug).toBe('bo-tu-phap')
    expect(owner?.groups.map((group) => group.slug)).toEqual(['ho-tich', FAQ_NO_SECTOR])
  })

  it('fails the build naming the procedure whose sector is missing', () => {
    expect(() => buildStore(collections({ procedures: [procedure({ sector: 42 })] }))).toThrow(
      new ContentError('procedures 1.001193 (id 4)', 'its sector 42 was not found'),
    )
  })
})

describe('the procedure page view', () => {
  it('reads a translated record in English without a notice', () => {
    const view = procedureView(buildStore(collections()), 4, 'en', cms)
    expect(view.name).toEqual({ text: 'Birth registration' })
    expect(view.untranslated).toBe(false)
    expect(view.online).toEqual({
      href: 'https://dichvucong.gov.vn/p/home/dvc-tthc-thu-tuc-hanh-chinh-chi-tiet.html?ma_thu_tuc=1.001193',
      host: 'dichvucong.gov.vn',
    })
    expect(view.sector.href).toBe('/en/sectors/ho-tich')
    expect(view.faqs[0]?.answer).toEqual({ html: '<p>Yes.</p>' })
  })

  it('shows Vietnamese marked lang="vi" and says so when English is missing', () => {
    const untranslated = procedure({
      name: { vi: 'Đăng ký khai sinh' },
      steps: [{ text: { vi: 'Nộp hồ sơ', en: null } }],
      untranslated: ['en'],
    })
    const view = procedureView(buildStore(collections({ procedures: [untranslated] })), 4, 'en', cms)
    expect(view.untranslated).toBe(true)
    expect(view.name).toEqual({ text: 'Đăng ký khai sinh', lang: 'vi' })
    expect(view.steps).toEqual([{ text: 'Nộp hồ sơ', lang: 'vi' }])
    expect(view.result).toEqual({ text: 'Birth certificate' })
    // The Vietnamese page of the same record is complete.
    expect(procedureView(buildStore(collections({ procedures: [untranslated] })), 4, 'vi', cms).untranslated).toBe(
      false,
    )
  })

  it('trusts the record when it says a language is missing, even if every shown field has text', () => {
    const view = procedureView(
      buildStore(collections({ procedures: [procedure({ untranslated: ['en'] })] })),
      4,
      'en',
      cms,
    )
    expect(view.untranslated).toBe(true)
  })

  it('does not call a page untranslated for what it never shows (keywords)', () => {
    const record = procedure({ keywords: { vi: ['khai sinh'], en: [] } })
    const view = procedureView(buildStore(collections({ procedures: [record] })), 4, 'en', cms)
    expect(view.keywords).toEqual(['khai sinh'])
    expect(view.untranslated).toBe(false)
  })

  it('treats an empty English answer as missing and shows the Vietnamese one', () => {
    const empty = { root: { children: [{ type: 'paragraph', children: [] }] } }
    const store = buildStore(
      collections({
        faqs: [
          {
            id: 10,
            slug: 'khai-sinh-online',
            question: { vi: 'Khai sinh trực tuyến?', en: 'Online?' },
            answer: { vi: answer('Được.'), en: empty },
            procedures: [4],
            updatedAt: at,
          },
        ],
      }),
    )
    const view = procedureView(store, 4, 'en', cms)
    expect(view.faqs[0]?.answer).toEqual({ html: '<p>Được.</p>', lang: 'vi' })
    expect(view.untranslated).toBe(true)
  })

  it('sends the online button to the national portal page (the source) only for full and partial online services', () => {
    const none = procedureView(
      buildStore(collections({ procedures: [procedure({ serviceLevel: 'none' })] })),
      4,
      'vi',
      cms,
    )
    expect(none.online).toBeUndefined()
    const partial = procedureView(
      buildStore(collections({ procedures: [procedure({ serviceLevel: 'partial' })] })),
      4,
      'vi',
      cms,
    )
    expect(partial.online?.host).toBe('dichvucong.gov.vn')
    const noSource = procedureView(buildStore(collections({ procedures: [procedure({ source: null })] })), 4, 'vi', cms)
    expect(noSource.online).toBeUndefined()
  })

  it('links a template form to its file on the CMS, with type and size, only when it has one', () => {
    const without = procedureView(buildStore(collections()), 4, 'vi', cms)
    expect(without.documents[0]?.form).toEqual({ title: { text: 'Tờ khai khai sinh' }, code: 'TK1' })
    const withFile = collections({
      forms: [
        {
          id: 7,
          slug: 'to-khai',
          title: { vi: 'Tờ khai khai sinh' },
          code: 'TK1',
          filename: 'to khai.pdf',
          mimeType: 'application/pdf',
          filesize: 245_760,
          updatedAt: at,
        },
      ],
    })
    const view = procedureView(buildStore(withFile), 4, 'vi', cms)
    expect(view.documents[0]?.form).toEqual({
      title: { text: 'Tờ khai khai sinh' },
      code: 'TK1',
      href: 'https://cms.example.gov.vn/api/forms/file/to%20khai.pdf',
      type: 'PDF',
      size: 245_760,
    })
  })

  it('omits what the record leaves out: no time, no fee', () => {
    const view = procedureView(
      buildStore(collections({ procedures: [procedure({ methods: [{ channel: 'in-person' }] })] })),
      4,
      'vi',
      cms,
    )
    expect(view.methods).toEqual([{ channel: 'in-person' }])
  })

  it('plays uploaded videos with a captions track per language', () => {
    const store = buildStore(
      collections({
        videos: [
          {
            id: 3,
            title: { vi: 'Hướng dẫn' },
            filename: 'huong-dan.mp4',
            mimeType: 'video/mp4',
            captions: [{ language: 'vi', vtt: 'WEBVTT\n\n00:00.000 --> 00:02.000\nXin chào' }],
            transcript: { vi: 'Xin chào' },
            procedures: [4],
            updatedAt: at,
          },
        ],
      }),
    )
    const [video] = procedureView(store, 4, 'vi', cms).videos
    expect(video).toMatchObject({
      src: 'https://cms.example.gov.vn/api/videos/file/huong-dan.mp4',
      tracks: [{ lang: 'vi', src: '/captions/3-vi.vtt' }],
      transcript: { text: 'Xin chào' },
    })
  })
})

describe('reading the CMS', () => {
  const page = (docs: unknown[], pageNumber: number, totalPages: number) =>
    Response.json({ docs, page: pageNumber, totalPages })

  it('reads every page of a collection in every locale, without joins, a few requests at a time', async () => {
    const urls: string[] = []
    const fetcher = (async (input: string | URL | Request) => {
      const url = String(input)
      urls.push(url)
      const number = Number(new URL(url).searchParams.get('page'))
      return page([{ id: number }], number, 5)
    }) as typeof fetch
    const docs = await readAll<{ id: number }>(cms, 'procedures', { fetch: fetcher, select: ['code'] })
    expect(docs.map((doc) => doc.id)).toEqual([1, 2, 3, 4, 5])
    const first = new URL(urls[0] ?? '')
    expect(first.pathname).toBe('/api/procedures')
    expect(Object.fromEntries(first.searchParams)).toMatchObject({
      depth: '0',
      locale: 'all',
      limit: '500',
      sort: 'id',
      'select[code]': 'true',
    })
  })

  it('fails the build naming the URL that broke', async () => {
    const fetcher = (async (input: string | URL | Request) =>
      String(input).includes('/api/faqs')
        ? new Response('{"error":{"code":"internal"}}', { status: 500 })
        : page([], 1, 1)) as typeof fetch
    const failure = readStore(cms, fetcher)
    await expect(failure).rejects.toBeInstanceOf(CmsReadError)
    await expect(failure).rejects.toThrow(/GET https:\/\/cms\.example\.gov\.vn\/api\/faqs\?.* answered 500/)
  })

  it('says the portal server is down when it cannot connect', async () => {
    const fetcher = (async () => {
      throw new TypeError('fetch failed')
    }) as typeof fetch
    await expect(readAll(cms, 'agencies', { fetch: fetcher })).rejects.toThrow(/could not connect \(fetch failed\)/)
  })
})
