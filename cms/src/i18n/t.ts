import i18next from 'i18next'

import { DEFAULT_LOCALE, LOCALES, type Locale } from '../vocabulary.ts'
import { type MessageKey, messages } from './messages.ts'

export type Language = Locale
export type MessageValues = Record<string, string | number>

/**
 * The site's settings (site/src/i18n/index.ts): flat dotted keys, plain text, no HTML
 * escaping. With resources in hand and initAsync off, init is done when it returns: no
 * top-level await in a module Next bundles.
 */
const instance = i18next.createInstance()
void instance.init({
  resources: Object.fromEntries(LOCALES.map((language) => [language, { translation: messages[language] }])),
  lng: DEFAULT_LOCALE,
  fallbackLng: DEFAULT_LOCALE,
  keySeparator: false,
  nsSeparator: false,
  interpolation: { escapeValue: false },
  initAsync: false,
})

/** One of our messages (i18n/messages.ts) in `language`, with its `{{values}}` filled in. */
export function t(language: Language, key: MessageKey, values: MessageValues = {}): string {
  return instance.t(key, { ...values, lng: language })
}

/** The language Payload chose for the request: the user's, else Accept-Language's, else Vietnamese. */
export function languageOf(req: { i18n?: { language?: string } }): Language {
  const language = req.i18n?.language
  return LOCALES.find((locale) => locale === language) ?? DEFAULT_LOCALE
}

/** One of our messages in the request's language. */
export function message(req: { i18n?: { language?: string } }, key: MessageKey, values?: MessageValues): string {
  return t(languageOf(req), key, values)
}
