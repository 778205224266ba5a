/**
 * What every page component starts with: its language's translator, the build's content
 * store and a reader that falls back to the other language (and remembers that it did).
 */
import type { TFunction } from 'i18next'

import { type Locale, translator } from '../i18n/index.ts'
import { loadStore, type Store } from './cms.ts'
import { LocaleReader } from './text.ts'

export type PageContext = { locale: Locale; t: TFunction; store: Store; read: LocaleReader }

export async function openPage(locale: Locale): Promise<PageContext> {
  return { locale, t: translator(locale), store: await loadStore(), read: new LocaleReader(locale) }
}

/** A list page's title: "Forms", then "Forms (Page 2)" from the second page on. */
export function pagedTitle(t: TFunction, title: string, page: number): string {
  return page > 1 ? `${title} (${t('pagination.page', { page })})` : title
}
