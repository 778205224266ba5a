/**
 * The query parameters of the dossier pages, one name pair per language so a link reads in
 * the citizen's language: `/tra-cuu-ho-so?ma=…&secret=…`, `/en/track?code=…&secret=…`,
 * `/nop-ho-so?thu-tuc=…`, `/en/submit?procedure=…`. The pages are static; their islands
 * read the query in the browser. The language switch carries the values over (switchQuery).
 */
import type { Locale } from '../i18n/index.ts'

export const QUERY = {
  vi: { code: 'ma', secret: 'secret', procedure: 'thu-tuc' },
  en: { code: 'code', secret: 'secret', procedure: 'procedure' },
} as const satisfies Record<Locale, Record<string, string>>

export type DossierQuery = { code: string; secret: string; procedure: string }

/** A dossier code is `{agency}-{yymmdd}-{sequence}` (ARCHITECTURE): trimmed, upper case, spaces dropped. */
export const normaliseCode = (code: string) => code.replace(/\s+/g, '').toUpperCase()

/** The page's values; the other language's names are read too (a link shared across languages). */
export function readQuery(search: string, locale: Locale): DossierQuery {
  const query = new URLSearchParams(search)
  const other: Locale = locale === 'vi' ? 'en' : 'vi'
  const value = (name: keyof DossierQuery) =>
    (query.get(QUERY[locale][name]) ?? query.get(QUERY[other][name]) ?? '').trim().slice(0, 200)
  return { code: normaliseCode(value('code')), secret: value('secret'), procedure: value('procedure') }
}

/** `?ma=…&secret=…` in the page's names, empty values left out ('' when nothing is left). */
export function writeQuery(values: Partial<DossierQuery>, locale: Locale): string {
  const query = new URLSearchParams()
  for (const name of ['procedure', 'code', 'secret'] as const) {
    const value = values[name]
    if (value) query.set(QUERY[locale][name], value)
  }
  const text = query.toString()
  return text ? `?${text}` : ''
}

/** The same values under the other language's names, for the header's language link. */
export const switchQuery = (search: string, from: Locale, to: Locale) => writeQuery(readQuery(search, from), to)
