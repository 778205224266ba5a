import { getAlpha3Codes } from 'i18n-iso-countries/index.js'

import type { Locale } from '../../vocabulary.ts'

/**
 * Nationalities as ISO 3166-1 alpha-3 codes, the form a passport's machine readable zone
 * prints them in (ICAO Doc 9303 part 3, section 5). The codes come from i18n-iso-countries
 * (its own file, without the name tables it loads by default); the names from CLDR through
 * Intl, in the page's language.
 */
export const VIETNAM = 'VNM'

const ALPHA3_TO_ALPHA2: Readonly<Record<string, string>> = getAlpha3Codes()

export function isNationality(code: string): boolean {
  return Object.hasOwn(ALPHA3_TO_ALPHA2, code)
}

const displayNames = new Map<Locale, Intl.DisplayNames>()

export function nationalityName(code: string, language: Locale): string {
  let names = displayNames.get(language)
  if (!names) {
    names = new Intl.DisplayNames([language], { type: 'region', fallback: 'code' })
    displayNames.set(language, names)
  }
  const alpha2 = ALPHA3_TO_ALPHA2[code]
  return alpha2 ? (names.of(alpha2) ?? code) : code
}

const optionLists = new Map<string, readonly { value: string; label: string }[]>()

/** Every nationality for a `<select>`, sorted by its name in the page's language. */
export function nationalityOptions(
  language: Locale,
  { vietnam }: { vietnam: boolean },
): readonly { value: string; label: string }[] {
  const key = `${language}:${vietnam}`
  const cached = optionLists.get(key)
  if (cached) return cached
  const collator = new Intl.Collator(language)
  const list = Object.keys(ALPHA3_TO_ALPHA2)
    .filter((code) => vietnam || code !== VIETNAM)
    .map((value) => ({ value, label: nationalityName(value, language) }))
    .sort((a, b) => collator.compare(a.label, b.label))
  optionLists.set(key, list)
  return list
}
