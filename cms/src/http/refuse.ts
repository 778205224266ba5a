import { getRequestLanguage, type SanitizedConfig } from 'payload'

import { messages } from '../i18n/messages.ts'
import { t } from '../i18n/t.ts'
import type { Problem } from './problem.ts'

type Language = keyof typeof messages

/** The request's language as Payload picks it for its own errors: cookie, Accept-Language, else vi. */
export function languageOf(config: SanitizedConfig, request: Request): Language {
  const cookies = new Map<string, string>()
  for (const part of (request.headers.get('cookie') ?? '').split(';')) {
    const [name, ...rest] = part.trim().split('=')
    if (name) cookies.set(name, rest.join('='))
  }
  const language = getRequestLanguage({ config, cookies, headers: request.headers })
  return language in messages ? (language as Language) : 'vi'
}

/** A message of the catalogue in `language`, its `{{name}}` placeholders filled. */
export function text(language: Language, problem: Pick<Problem, 'key' | 'values'>): string {
  return t(language, problem.key, problem.values)
}

/** The architecture's error shape, `{ error: { code, message, details? } }`, never cached. */
export function refuse(config: SanitizedConfig, request: Request, problem: Problem): Response {
  const details = problem.details && Object.keys(problem.details).length > 0 ? { details: problem.details } : {}
  return Response.json(
    { error: { code: problem.code, message: text(languageOf(config, request), problem), ...details } },
    { status: problem.status, headers: { 'Cache-Control': 'no-store' } },
  )
}
