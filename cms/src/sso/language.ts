import type { KoaContextWithOIDC } from 'oidc-provider'

import { requestLanguage } from '../portal/http/language.ts'
import { LOCALES, type Locale } from '../vocabulary.ts'

/**
 * The language of an SSO page: `?lang=` (the page's own switch), else the relying party's
 * `ui_locales` (OIDC Core 3.1.2.1), else Accept-Language, else Vietnamese.
 */
export function pageLanguage(lang: string | null, uiLocales: unknown, acceptLanguage: string | null): Locale {
  if (lang && (LOCALES as readonly string[]).includes(lang)) return lang as Locale
  const wanted = typeof uiLocales === 'string' ? uiLocales.split(' ').map((tag) => tag.split('-')[0]) : []
  const spoken = wanted.find((tag): tag is Locale => (LOCALES as readonly string[]).includes(tag ?? ''))
  return spoken ?? requestLanguage(null, acceptLanguage)
}

export function contextLanguage(ctx: KoaContextWithOIDC): Locale {
  const params = ctx.oidc?.params as Record<string, unknown> | undefined
  return pageLanguage(ctx.query.lang as string | null, params?.ui_locales, ctx.get('accept-language') || null)
}
