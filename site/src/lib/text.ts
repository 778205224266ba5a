import type { Locale } from '../i18n/index.ts'
import type { Localized } from './types.ts'

/**
 * A piece of content text. `lang` is set only when the text is not in the page's language
 * (a translation is missing and the other language shows through), so that the element
 * carrying it can say `lang="vi"` (WCAG 3.1.2).
 */
export type Text = { text: string; lang?: Locale }

const other = (locale: Locale): Locale => (locale === 'vi' ? 'en' : 'vi')

function present<T>(value: T | null | undefined): value is T {
  if (value === null || value === undefined) return false
  if (typeof value === 'string') return value.trim().length > 0
  if (Array.isArray(value)) return value.length > 0
  return true
}

/**
 * Reads localized values for one page, falling back to the other language where the
 * page's is missing, and remembers whether it ever had to: the page then says so at the top.
 */
export class LocaleReader {
  readonly locale: Locale
  #fellBack = false

  constructor(locale: Locale) {
    this.locale = locale
  }

  /** Whether any value read so far came from the other language. */
  get fellBack(): boolean {
    return this.#fellBack
  }

  /**
   * The value in the page's language, else the other one, with the language it is in.
   * `has` says whether a value counts as written (rich text: an empty editor does not).
   */
  value<T>(
    field: Localized<T> | null | undefined,
    has: (value: T | null | undefined) => value is T = present,
  ): { value: T; lang?: Locale } | undefined {
    const own = field?.[this.locale]
    if (has(own)) return { value: own }
    const fallback = field?.[other(this.locale)]
    if (!has(fallback)) return undefined
    this.#fellBack = true
    return { value: fallback, lang: other(this.locale) }
  }

  text(field: Localized | null | undefined): Text | undefined {
    const found = this.value(field)
    if (!found) return undefined
    return found.lang ? { text: found.value.trim(), lang: found.lang } : { text: found.value.trim() }
  }

  /** For required fields (names): an empty text rather than undefined. */
  required(field: Localized | null | undefined): Text {
    return this.text(field) ?? { text: '' }
  }
}

/** The plain string of a localized value, falling back silently (sorting, filters, metadata). */
export function plain(field: Localized | null | undefined, locale: Locale): string {
  return (field?.[locale] || field?.[other(locale)] || '').trim()
}

/** A localized list (keywords) for indexing only: it never shows, so it never triggers the notice. */
export function plainList(field: Localized<string[]> | null | undefined, locale: Locale): string[] {
  const own = field?.[locale]
  return own && own.length > 0 ? own : (field?.[other(locale)] ?? [])
}

/** Compare names in the page's language: Vietnamese collation puts "Đ" after "D". */
export function byName(locale: Locale) {
  const collator = new Intl.Collator(locale)
  return (a: string, b: string) => collator.compare(a, b)
}
