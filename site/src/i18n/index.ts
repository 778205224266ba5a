import { STATE_LABELS, TIMING_LABELS } from '@dvc/cms/dossiers'
import i18next, { type TFunction } from 'i18next'

import en from './en.json'
import vi from './vi.json'

export const locales = ['vi', 'en'] as const
export type Locale = (typeof locales)[number]

/** Flat dotted keys (STYLE 10): keySeparator off so "home.title" is one key. */
const instance = i18next.createInstance()

/** A dossier's states and timings are named once, in the dossier contract: the mails and the admin say the same. */
const dossierLabels = (locale: Locale) =>
  Object.fromEntries([
    ...Object.entries(STATE_LABELS).map(([state, label]) => [`dossier.state.${state}`, label[locale]]),
    ...Object.entries(TIMING_LABELS).map(([timing, label]) => [`dossier.timing.${timing}`, label[locale]]),
  ])

/** Every interface string, by language: the JSON files and the labels named elsewhere. */
export const CATALOGUE: Record<Locale, Record<string, string>> = {
  vi: { ...vi, ...dossierLabels('vi') },
  en: { ...en, ...dossierLabels('en') },
}

await instance.init({
  resources: { vi: { translation: CATALOGUE.vi }, en: { translation: CATALOGUE.en } },
  lng: 'vi',
  fallbackLng: 'vi',
  keySeparator: false,
  interpolation: { escapeValue: false },
  initAsync: false,
})

const translators = new Map<Locale, TFunction>()

/**
 * The locale's `t`. A plain key (no options) always gives the same text, looked up once: a
 * national build asks for the same few hundred keys millions of times.
 */
export function translator(locale: Locale): TFunction {
  let t = translators.get(locale)
  if (!t) {
    const fixed = instance.getFixedT(locale) as unknown as (...args: unknown[]) => string
    const plain = new Map<string, string>()
    t = ((key: unknown, ...rest: unknown[]) => {
      if (rest.length > 0 || typeof key !== 'string') return fixed(key, ...rest)
      let text = plain.get(key)
      if (text === undefined) {
        text = fixed(key)
        plain.set(key, text)
      }
      return text
    }) as unknown as TFunction
    translators.set(locale, t)
  }
  return t
}

/** The same page in the other language: vi at the root, en under /en. */
export function alternatePath(path: string, to: Locale): string {
  const bare = path.replace(/^\/en(?=\/|$)/, '') || '/'
  if (to === 'vi') return bare
  return bare === '/' ? '/en/' : `/en${bare}`
}
