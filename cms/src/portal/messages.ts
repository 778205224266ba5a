/**
 * Messages of the portal's search API, in both languages (STYLE 10: flat dotted keys).
 * Kept beside the API rather than in i18n/messages.ts, which holds the admin's.
 */
export const searchMessages = {
  vi: {
    'search.query.tooLong': 'Từ khóa tìm kiếm quá dài: tối đa {max} ký tự.',
    'search.locale.unknown': 'Ngôn ngữ không được hỗ trợ: dùng "vi" hoặc "en".',
    'search.page.invalid': 'Số trang không hợp lệ: dùng một số nguyên từ 1 đến {max}.',
    'search.filter.invalid': 'Giá trị lọc "{param}" không hợp lệ.',
    'search.rateLimited': 'Bạn tìm kiếm quá nhanh. Vui lòng thử lại sau {seconds} giây.',
    'search.unavailable': 'Chức năng tìm kiếm đang tạm gián đoạn. Vui lòng thử lại sau ít phút.',
    'search.level.central': 'Cấp trung ương',
    'search.level.province': 'Cấp tỉnh',
    'search.level.commune': 'Cấp xã',
    'search.level.district': 'Cấp huyện (trước 1/7/2025)',
    'search.serviceLevel.full': 'Toàn trình',
    'search.serviceLevel.partial': 'Một phần',
    'search.serviceLevel.none': 'Không trực tuyến',
  },
  en: {
    'search.query.tooLong': 'The search text is too long: at most {max} characters.',
    'search.locale.unknown': 'Unsupported language: use "vi" or "en".',
    'search.page.invalid': 'Invalid page number: use a whole number from 1 to {max}.',
    'search.filter.invalid': 'The value of the "{param}" filter is not valid.',
    'search.rateLimited': 'Too many searches in a short time. Please try again in {seconds} seconds.',
    'search.unavailable': 'Search is temporarily unavailable. Please try again in a few minutes.',
    'search.level.central': 'Central',
    'search.level.province': 'Province',
    'search.level.commune': 'Commune',
    'search.level.district': 'District (before 1 July 2025)',
    'search.serviceLevel.full': 'Fully online',
    'search.serviceLevel.partial': 'Partly online',
    'search.serviceLevel.none': 'Not online',
  },
} as const

export type SearchLanguage = keyof typeof searchMessages
export type SearchMessageKey = keyof (typeof searchMessages)['vi']

/** A message in `language`, with `{name}` placeholders filled in. */
export function searchMessage(
  language: SearchLanguage,
  key: SearchMessageKey,
  values: Record<string, string | number> = {},
): string {
  return searchMessages[language][key].replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in values ? String(values[name]) : whole,
  )
}

/**
 * The language of an answer: the `locale` parameter when it is one we speak, else the
 * first of Accept-Language's languages (by weight) that we speak, else Vietnamese.
 */
export function requestLanguage(localeParam: string | null, acceptLanguage: string | null): SearchLanguage {
  if (localeParam === 'vi' || localeParam === 'en') return localeParam
  const ranked = (acceptLanguage ?? '')
    .split(',')
    .map((part, index) => {
      const [tag = '', ...params] = part.trim().split(';')
      const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='))
      return { primary: tag.toLowerCase().split('-')[0] ?? '', weight: q ? Number(q.slice(2)) || 0 : 1, index }
    })
    .filter((entry) => entry.weight > 0)
    .sort((a, b) => b.weight - a.weight || a.index - b.index)
  const match = ranked.find((entry) => entry.primary === 'vi' || entry.primary === 'en')
  return (match?.primary as SearchLanguage | undefined) ?? 'vi'
}
