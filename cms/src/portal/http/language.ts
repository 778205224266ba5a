import { DEFAULT_LOCALE, LOCALES, type Locale } from '../../vocabulary.ts'

const spoken = (tag: string): tag is Locale => (LOCALES as readonly string[]).includes(tag)

/**
 * The language of an answer: the `locale` parameter when it is one we speak, else the
 * first of Accept-Language's languages (by weight) that we speak, else Vietnamese.
 */
export function requestLanguage(localeParam: string | null, acceptLanguage: string | null): Locale {
  if (localeParam !== null && spoken(localeParam)) return localeParam
  const ranked = (acceptLanguage ?? '')
    .split(',')
    .map((part, index) => {
      const [tag = '', ...params] = part.trim().split(';')
      const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='))
      return { primary: tag.toLowerCase().split('-')[0] ?? '', weight: q ? Number(q.slice(2)) || 0 : 1, index }
    })
    .filter((entry) => entry.weight > 0)
    .sort((a, b) => b.weight - a.weight || a.index - b.index)
  return ranked.map((entry) => entry.primary).find(spoken) ?? DEFAULT_LOCALE
}
