import type { IncomingMessage, ServerResponse } from 'node:http'
import { t } from '../../i18n/t.ts'
import type { Locale } from '../../vocabulary.ts'
import { accountKindOf } from '../accounts/kinds.ts'
import { readLoginIdentifier } from '../accounts/login-identifier.ts'
import { PASSWORD_MIN_LENGTH } from '../accounts/password.ts'
import { readForm } from '../interactions/body.ts'
import { pageLanguage } from '../language.ts'
import { errorPage } from '../pages/consent.ts'
import { expiredPage, requestPage, resetDonePage, resetPage, sentPage } from './pages.ts'
import { type RecoveryDeps, requestReset, resetPassword, throttled } from './reset.ts'
import { peekResetToken } from './store.ts'

type Answer = { status: number; html: string }

function send(res: ServerResponse, { status, html }: Answer): void {
  // The reset link carries its token in the query: never let it leak as a Referer.
  res.writeHead(status, {
    'content-type': 'text/html; charset=utf-8',
    'cache-control': 'no-store',
    'referrer-policy': 'no-referrer',
  })
  res.end(html)
}

const CITIZEN_ID = /^\d{12}$/

type Paths = { request: string; reset: string }

async function askForLink(
  deps: RecoveryDeps,
  req: IncomingMessage,
  url: URL,
  language: Locale,
  paths: Paths,
): Promise<Answer> {
  const action = paths.request
  if (req.method !== 'POST') {
    const kind = accountKindOf(url.searchParams.get('kind')) ?? undefined
    return { status: 200, html: requestPage({ language, action, kind }) }
  }
  // Each kind of account by its login identifier (accounts/login-identifier.ts).
  const { kind, values, errors, loginId } = readLoginIdentifier(await readForm(req))
  if (kind === 'citizen' && !errors.citizenId && !CITIZEN_ID.test(values.citizenId ?? ''))
    errors.citizenId = { key: 'sso.id.format' }
  if (!loginId || Object.keys(errors).length > 0)
    return { status: 400, html: requestPage({ language, action, errors, values, kind }) }
  const wait = await throttled(deps, req, loginId)
  if (wait !== null) {
    const formError = t(language, 'sso.login.throttled', { seconds: wait })
    return { status: 429, html: requestPage({ language, action, formError, values, kind }) }
  }
  await requestReset(deps, loginId, language)
  return { status: 200, html: sentPage(language) }
}

async function setPassword(
  deps: RecoveryDeps,
  req: IncomingMessage,
  url: URL,
  language: Locale,
  paths: Paths,
): Promise<Answer> {
  const action = paths.reset
  if (req.method !== 'POST') {
    const token = url.searchParams.get('token') ?? ''
    if (!(await peekResetToken(deps.pool, token))) return { status: 410, html: expiredPage(language, paths.request) }
    return { status: 200, html: resetPage({ language, action, values: { token } }) }
  }
  const form = await readForm(req)
  const token = form.get('token') ?? ''
  const outcome = await resetPassword(deps, token, form.get('password') ?? '')
  if (outcome === 'expired') return { status: 410, html: expiredPage(language, paths.request) }
  if (outcome === 'short') {
    const errors = { password: { key: 'sso.password.short' as const, values: { min: PASSWORD_MIN_LENGTH } } }
    return { status: 400, html: resetPage({ language, action, errors, values: { token } }) }
  }
  return { status: 200, html: resetDonePage(language) }
}

/**
 * Password reset by e-mail link at {base}/recovery (ask) and {base}/recovery/reset (set),
 * server-rendered without script. Returns false for other paths.
 */
export async function handleRecovery(deps: RecoveryDeps, req: IncomingMessage, res: ServerResponse): Promise<boolean> {
  const url = new URL(req.url ?? '/', 'http://portal.invalid')
  const match = new RegExp(`^${deps.base}/recovery(/reset)?/?$`).exec(url.pathname)
  if (!match) return false
  const language = pageLanguage(url.searchParams.get('lang'), null, req.headers['accept-language'] ?? null)
  const paths = { request: `${deps.base}/recovery`, reset: `${deps.base}/recovery/reset` }
  try {
    send(
      res,
      match[1] ? await setPassword(deps, req, url, language, paths) : await askForLink(deps, req, url, language, paths),
    )
  } catch (error) {
    deps.payload.logger.error({ err: error }, 'account recovery failed')
    if (!res.headersSent) send(res, { status: 500, html: errorPage({ language, code: 'server_error' }) })
  }
  return true
}
