import { describe, expect, it } from 'vitest'
import { captionFiles, normalizeVtt } from '../../site/src/lib/captions.ts'
import { fileType, formatDate, formatFee, formatSize, formatTime } from '../../site/src/lib/format.ts'
import { governmentService, isoDuration, jsonForScript } from '../../site/src/lib/json-ld.ts'
import { slices } from '../../site/src/lib/paginate.ts'
import { routes } from '../../site/src/lib/routes.ts'
import { sitemapXml } from '../../site/src/lib/sitemap.ts'
import { LocaleReader } from '../../site/src/lib/text.ts'

// Intl puts a no-break space between amount and unit; compare with plain spaces.
const spaced = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ')

describe('formatting', () => {
  it.each([
    [0, 'vi', 'Miễn phí'],
    [0, 'en', 'Free'],
    [160_000, 'vi', '160.000 ₫'],
    [160_000, 'en', 'VND 160,000'],
  ] as const)('fee %d in %s reads %s', (amount, locale, expected) => {
    expect(spaced(formatFee(amount, locale))).toBe(expected)
  })

  it('says processing times with the unit and its plural', () => {
    expect(formatTime(15, 'working-days', 'vi')).toBe('15 ngày làm việc')
    expect(formatTime(1, 'working-days', 'en')).toBe('1 working day')
    expect(formatTime(15, 'working-days', 'en')).toBe('15 working days')
    expect(formatTime(2, 'months', 'en')).toBe('2 months')
  })

  it('gives file types and sizes as citizens know them', () => {
    expect(fileType('application/pdf', 'x.pdf')).toBe('PDF')
    expect(fileType('application/vnd.openxmlformats-officedocument.wordprocessingml.document')).toBe('DOCX')
    expect(fileType(undefined, 'mau.xlsx')).toBe('XLSX')
    expect(spaced(formatSize(245_760, 'en'))).toBe('240 kB')
    expect(spaced(formatSize(1_288_490, 'vi'))).toBe('1,2 MB')
  })

  it('dates pages in Vietnam time', () => {
    expect(formatDate('2026-11-26T20:00:00Z', 'vi')).toBe('27/11/2026')
    expect(formatDate('2026-11-26T20:00:00Z', 'en')).toBe('27 November 2026')
  })
})

describe('localized text', () => {
  it('falls back to the other language, marks it and remembers it did', () => {
    const read = new LocaleReader('en')
    expect(read.text({ vi: 'Đất đai', en: 'Land' })).toEqual({ text: 'Land' })
    expect(read.fellBack).toBe(false)
    expect(read.text({ vi: 'Hộ tịch', en: '  ' })).toEqual({ text: 'Hộ tịch', lang: 'vi' })
    expect(read.fellBack).toBe(true)
    expect(read.text({})).toBeUndefined()
  })
})

describe('captions', () => {
  it('writes WebVTT as browsers accept it', () => {
    expect(normalizeVtt('\uFEFFWEBVTT\r\n\r\n00:00.000 --> 00:01.000\r\nXin chào\r\n')).toBe(
      'WEBVTT\n\n00:00.000 --> 00:01.000\nXin chào\n',
    )
    expect(normalizeVtt('00:00.000 --> 00:01.000\nHello')).toBe('WEBVTT\n\n00:00.000 --> 00:01.000\nHello\n')
  })

  it('writes one file per video and language, where the <track> points', () => {
    const files = captionFiles([
      {
        id: 3,
        title: { vi: 'x' },
        captions: [
          { language: 'vi', vtt: 'WEBVTT\n\n00:00.000 --> 00:01.000\nChào' },
          { language: 'en', vtt: 'WEBVTT\n\n00:00.000 --> 00:01.000\nHello' },
          { language: 'en', vtt: '   ' },
        ],
        updatedAt: '2026-01-01T00:00:00Z',
      },
    ])
    expect(files.map((file) => file.path)).toEqual(['/captions/3-vi.vtt', '/captions/3-en.vtt'])
    expect(files[1]?.body).toContain('Hello')
    expect(routes.captions(3, 'vi')).toBe('/captions/3-vi.vtt')
  })
})

describe('URLs, pages and the sitemap', () => {
  it('follows the URL contract in both languages', () => {
    expect(routes.procedure('1.001193', 'vi')).toBe('/thu-tuc/1.001193')
    expect(routes.procedure('1.001193', 'en')).toBe('/en/procedures/1.001193')
    expect(routes.agency('bo-cong-an', 'en', 2)).toBe('/en/agencies/bo-cong-an/2')
    expect(routes.sector('dat-dai', 'vi')).toBe('/linh-vuc/dat-dai')
    expect(routes.lifeEvent('co-con-nho', 'en')).toBe('/en/life-events/co-con-nho')
    expect(routes.faqSector('bo-cong-an', 'cu-tru', 'en', 3)).toBe('/en/faq/bo-cong-an/cu-tru/3')
    expect(routes.forms('vi')).toBe('/bieu-mau')
    expect(routes.search('en')).toBe('/en/search')
    expect(routes.submit('1.001193', 'vi')).toBe('/nop-ho-so?thu-tuc=1.001193')
  })

  it('pages lists (a ministry has 500 FAQs and more) and shows a window of page links', () => {
    const ids = Array.from({ length: 120 }, (_, i) => i)
    expect(slices(ids, 50).map((slice) => [slice.page, slice.pages, slice.ids.length])).toEqual([
      [1, 3, 50],
      [2, 3, 50],
      [3, 3, 20],
    ])
    expect(slices([], 50)).toEqual([{ page: 1, pages: 1, ids: [] }])
  })

  it('lists both languages of every page with hreflang alternates', () => {
    const xml = sitemapXml(
      [
        {
          kind: 'procedure',
          alternates: { vi: '/thu-tuc/1.001193', en: '/en/procedures/1.001193' },
          updatedAt: '2026-11-27T03:10:17Z',
        },
      ],
      new URL('https://dichvucong.example.gov.vn'),
    )
    expect(xml).toContain('<loc>https://dichvucong.example.gov.vn/thu-tuc/1.001193</loc><lastmod>2026-11-27</lastmod>')
    expect(xml).toContain('<loc>https://dichvucong.example.gov.vn/en/procedures/1.001193</loc>')
    expect(xml.match(/hreflang="en"/g)).toHaveLength(2)
  })
})

describe('schema.org GovernmentService', () => {
  it('describes the service, its channels, times and fees', () => {
    const data = governmentService({
      locale: 'vi',
      url: 'https://x.gov.vn/thu-tuc/1.001193',
      code: '1.001193',
      name: 'Đăng ký khai sinh',
      sector: 'Hộ tịch',
      provider: { name: 'Bộ Tư pháp', url: 'https://x.gov.vn/co-quan/bo-tu-phap' },
      channels: [
        {
          name: 'Trực tuyến',
          url: 'https://x.gov.vn/nop-ho-so?thu-tuc=1.001193',
          time: { amount: 3, unit: 'working-days' },
          fee: 0,
        },
      ],
      audience: ['Công dân Việt Nam'],
      updatedAt: '2026-11-27T03:10:17Z',
    })
    expect(data).toMatchObject({
      '@type': 'GovernmentService',
      identifier: '1.001193',
      provider: { '@type': 'GovernmentOrganization', name: 'Bộ Tư pháp' },
      availableChannel: [
        { '@type': 'ServiceChannel', processingTime: 'P3D', serviceUrl: 'https://x.gov.vn/nop-ho-so?thu-tuc=1.001193' },
      ],
      offers: [{ price: 0, priceCurrency: 'VND' }],
    })
    expect(isoDuration(8, 'hours')).toBe('PT8H')
    expect(jsonForScript({ a: '</script>' })).toBe('{"a":"\\u003c/script>"}')
  })
})
