import { getRequestLanguage, type SanitizedConfig } from 'payload'
import { parseCookies } from 'payload/shared'

import { t } from '../i18n/t.ts'
import { DEFAULT_LOCALE, LOCALES, type Locale } from '../vocabulary.ts'
import type { Problem } from './problem.ts'

/** The request's language as Payload picks it for its own errors: cookie, Accept-Language, else vi. */
export function languageOf(config: SanitizedConfig, request: Request): Locale {
  const language = getRequestLanguage({ config, cookies: parseCookies(request.headers), headers: request.headers })
  return LOCALES.find((locale) => locale === language) ?? DEFAULT_LOCALE
}

/** The architecture's error object, `{ error: { code, message, details? } }`, in the request's language. */
export function errorBody(config: SanitizedConfig, request: Request, problem: Problem) {
  const details = problem.details && Object.keys(problem.details).length > 0 ? { details: problem.details } : {}
  const message = t(languageOf(config, request), problem.key, problem.values)
  return { error: { code: problem.code, message, ...details } }
}

export const NO_STORE = { 'Cache-Control': 'no-store' }

/** A refusal in the architecture's error shape, never cached. */
export function refuse(config: SanitizedConfig, request: Request, problem: Problem): Response {
  return Response.json(errorBody(config, request, problem), { status: problem.status, headers: NO_STORE })
}
