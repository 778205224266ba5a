/**
 * The page's query in the browser: what the dossier islands read on load, and what they
 * leave in the address bar and in the header's language link once read (the secret never:
 * it stays out of history and of links).
 */
import { type DossierQuery, readQuery, writeQuery } from '../../lib/dossier-query.ts'
import type { Locale } from './format.ts'

export const pageQuery = (locale: Locale): DossierQuery => readQuery(location.search, locale)

export function showQuery(locale: Locale, values: Partial<Omit<DossierQuery, 'secret'>>): void {
  history.replaceState(history.state, '', `${location.pathname}${writeQuery(values, locale)}${location.hash}`)
  for (const link of document.querySelectorAll<HTMLAnchorElement>('nav.language a[hreflang]')) {
    const other = link.getAttribute('hreflang') === 'en' ? 'en' : 'vi'
    const base = (link.getAttribute('href') ?? '').split(/[?#]/)[0]
    link.setAttribute('href', `${base}${writeQuery(values, other)}`)
  }
}
