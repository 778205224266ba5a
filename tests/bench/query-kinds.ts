import type { ProcedureQuery } from '../../search/src/query.ts'

export type QueryKind = { name: string; queries: Omit<ProcedureQuery, 'page' | 'hitsPerPage'>[] }

/**
 * What the search page sends: text alone, text with filters, a browse by facet, a code,
 * English. Slugs and codes are the real seed's (content/), present in every bench index.
 */
export const QUERY_KINDS: readonly QueryKind[] = [
  {
    name: 'text + facets',
    queries: ['hộ chiếu', 'đăng ký tạm trú', 'cap lai can cuoc', 'sổ đỏ', 'khai sinh cho con', 'tranh chap dat'].map(
      (q) => ({ q, locale: 'vi' }),
    ),
  },
  {
    name: 'text + 2 filters',
    queries: [
      { q: 'hộ chiếu', locale: 'vi', sector: 'xuat-nhap-canh', level: 'province' },
      { q: 'đăng ký', locale: 'vi', sector: 'dat-dai', serviceLevel: 'partial' },
      { q: 'căn cước', locale: 'vi', agency: 'bo-cong-an', level: 'central' },
    ],
  },
  {
    name: 'browse by facet',
    queries: [
      { q: '', locale: 'vi', sector: 'dat-dai' },
      { q: '', locale: 'vi', lifeEvent: 'co-con-nho' },
      { q: '', locale: 'en', serviceLevel: 'full' },
    ],
  },
  { name: 'code', queries: ['1.001193', '2.000200', '1.013831'].map((q) => ({ q, locale: 'vi' })) },
  {
    name: 'english',
    queries: ['passport', 'temporary residence', 'lost ID card', 'land title'].map((q) => ({ q, locale: 'en' })),
  },
]
