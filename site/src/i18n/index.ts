import i18next, { type TFunction } from 'i18next'

import en from './en.json'
import vi from './vi.json'

export const locales = ['vi', 'en'] as const
export type Locale = (typeof locales)[number]

/** Flat dotted keys (STYLE 10): keySeparator off so "home.title" is one key. */
const instance = i18next.createInstance()
await instance.init({
  resources: { vi: { translation: vi }, en: { translation: en } },
  lng: 'vi',
  fallbackLng: 'vi',
  keySeparator: false,
  interpolation: { escapeValue: false },
  initAsync: false,
})

export function translator(locale: Locale): TFunction {
  return instance.getFixedT(locale)
}

/** The same page in the other language: vi at the root, en under /en. */
export function alternatePath(path: string, to: Locale): string {
  const bare = path.replace(/^\/en(?=\/|$)/, '') || '/'
  if (to === 'vi') return bare
  return bare === '/' ? '/en/' : `/en${bare}`
}
