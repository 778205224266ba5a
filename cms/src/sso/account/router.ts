import { createHmac, timingSafeEqual } from 'node:crypto'
import type { IncomingMessage, ServerResponse } from 'node:http'
import type Provider from 'oidc-provider'
import type { Payload } from 'payload'
import { t } from '../../i18n/t.ts'
import type { Locale } from '../../vocabulary.ts'
import { findCitizen } from '../accounts/citizens.ts'
import { readForm } from '../interactions/body.ts'
import { pageLanguage } from '../language.ts'
import { errorPage } from '../pages/consent.ts'
import type { SafeHtml } from '../pages/html.ts'
import type { Pool } from '../store/pool.ts'
import { ACCOUNT_CLIENT } from './first-party.ts'
import { accountPage, loggedOutEverywherePage } from './page.ts'
import { activeSessions, connectedClients, logOutEverywhere } from './sessions.ts'
import { listSignIns } from './sign-ins.ts'

export type AccountDeps = {
  provider: Provider
  payload: Payload
  pool: Pool
  issuer: string
  /** The mount path, e.g. /oidc. */
  base: string
  /** A key for the form tokens (derived from SSO_KEY_SECRET). */
  formKey: Buffer
}

/** A signed-in request: the citizen's id and the provider session it came with. */
export type AccountRequest = {
  language: Locale
  accountId: string
  session: Awaited<ReturnType<Provider['Session']['get']>>
  csrf: string
}

/** Sections other modules add to the page (verification, passkeys), and their own POST routes. */
export type AccountSection = {
  render(deps: AccountDeps, request: AccountRequest): Promise<SafeHtml>
  /** Handles POST {base}/account/{action}; answers the notice to show, or a full response it sent. */
  actions?: Record<string, (deps: AccountDeps, request: AccountRequest, form: URLSearchParams) => Promise<string>>
  /**
   * Pages of their own at {base}/account/{path}: GET (form null) and POST (form token
   * checked). Answers a notice to show on the account page, or undefined when it sent its page.
   */
  pages?: Record<string, AccountPage>
}

export type AccountPage = (
  deps: AccountDeps,
  request: AccountRequest,
  res: ServerResponse,
  form: URLSearchParams | null,
) => Promise<string | undefined>

const SIGN_IN_LIMIT = 50

function send(res: ServerResponse, status: number, body: string): void {
  res.writeHead(status, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' })
  res.end(body)
}

/** A form token bound to the session: a page of another session cannot post here (with SameSite=Lax). */
export function formToken(key: Buffer, sessionUid: string): string {
  return createHmac('sha256', key).update(`account-form\n${sessionUid}`).digest('base64url')
}

function sameToken(a: string, b: string): boolean {
  const x = Buffer.from(a)
  const y = Buffer.from(b)
  return x.length === y.length && timingSafeEqual(x, y)
}

/**
 * Signing in for the account page (response_type=none: only the session is wanted) and back
 * there; with `acrValues`, a step-up of the current session (policy.ts) to that level.
 */
export function accountSignInUrl(issuer: string, language: Locale, acrValues?: string): URL {
  const url = new URL(`${issuer}/auth`)
  url.search = new URLSearchParams({
    client_id: ACCOUNT_CLIENT.id,
    response_type: 'none',
    scope: 'openid',
    redirect_uri: `${issuer}${ACCOUNT_CLIENT.path}?lang=${language}`,
    ui_locales: language,
    ...(acrValues ? { acr_values: acrValues } : {}),
  }).toString()
  return url
}

function signInFirst(deps: AccountDeps, res: ServerResponse, language: Locale): void {
  res.writeHead(303, { location: accountSignInUrl(deps.issuer, language).href, 'cache-control': 'no-store' })
  res.end()
}

/**
 * The citizen's account page at {base}/account (GET) and its forms ({base}/account/{action},
 * POST), server-rendered without script. Returns false when the path is not one of them.
 */
export async function handleAccount(
  deps: AccountDeps,
  sections: AccountSection[],
  req: IncomingMessage,
  res: ServerResponse,
): Promise<boolean> {
  const url = new URL(req.url ?? '/', 'http://portal.invalid')
  const match = new RegExp(`^${deps.base}${ACCOUNT_CLIENT.path}(?:/([a-z-]+))?/?$`).exec(url.pathname)
  if (!match) return false
  const language = pageLanguage(url.searchParams.get('lang'), null, req.headers['accept-language'] ?? null)
  try {
    const session = await deps.provider.Session.get(deps.provider.createContext(req, res))
    const accountId = session.accountId ? String(session.accountId) : undefined
    const action = match[1]
    if (!accountId) {
      if (req.method === 'GET' && !action) signInFirst(deps, res, language)
      else send(res, 403, errorPage({ language, code: 'login_required' }))
      return true
    }
    const request: AccountRequest = { language, accountId, session, csrf: formToken(deps.formKey, session.uid) }
    let notice: string | undefined
    const own = action ? sections.find((section) => section.pages?.[action])?.pages?.[action] : undefined
    if (own && req.method === 'GET') notice = await own(deps, request, res, null)
    else if (action) {
      if (req.method !== 'POST') {
        send(res, 405, errorPage({ language, code: 'method_not_allowed' }))
        return true
      }
      const form = await readForm(req)
      if (!sameToken(form.get('csrf') ?? '', request.csrf)) {
        send(res, 403, errorPage({ language, code: 'invalid_request', description: t(language, 'account.forbidden') }))
        return true
      }
      if (action === 'logout-everywhere') {
        const ended = await logOutEverywhere(deps.provider, deps.pool, deps.payload, accountId)
        // The session is gone: show the signed-out page, not an account page nobody may see.
        send(res, 200, loggedOutEverywherePage(language, ended))
        return true
      }
      const handler = sections
        .flatMap((section) => Object.entries(section.actions ?? {}))
        .find(([name]) => name === action)
      if (own) notice = await own(deps, request, res, form)
      else if (handler) notice = await handler[1](deps, request, form)
      else {
        send(res, 404, errorPage({ language, code: 'not_found' }))
        return true
      }
    }
    // A section's own page that answered itself.
    if (own && notice === undefined) return true
    await renderAccount(deps, sections, request, res, notice)
  } catch (error) {
    deps.payload.logger.error({ err: error }, 'account page failed')
    if (!res.headersSent) send(res, 500, errorPage({ language, code: 'server_error' }))
  }
  return true
}

async function renderAccount(
  deps: AccountDeps,
  sections: AccountSection[],
  request: AccountRequest,
  res: ServerResponse,
  notice?: string,
): Promise<void> {
  const { accountId, language, session } = request
  const citizen = await findCitizen(deps.payload, accountId)
  if (!citizen) {
    send(res, 404, errorPage({ language, code: 'account_not_found' }))
    return
  }
  const [sessions, portals, signIns, extra] = await Promise.all([
    activeSessions(deps.pool, accountId),
    connectedClients(deps.pool, accountId),
    listSignIns(deps.pool, accountId, SIGN_IN_LIMIT),
    Promise.all(sections.map((section) => section.render(deps, request))),
  ])
  const ids = new Set([...portals, ...signIns.map((row) => row.clientId), ...sessions.flatMap((s) => s.clientIds)])
  const names = new Map<string, string>()
  await Promise.all([...ids].map(async (id) => names.set(id, (await deps.provider.Client.find(id))?.clientName ?? id)))
  const verified = citizen as { emailVerified?: boolean | null; phoneVerified?: boolean | null }
  send(
    res,
    200,
    accountPage({
      language,
      action: `${deps.base}${ACCOUNT_CLIENT.path}`,
      csrf: request.csrf,
      citizen,
      verified: { email: verified.emailVerified === true, phone: verified.phoneVerified === true },
      sessionAcr: session.acr ?? null,
      currentSession: session.uid,
      sessions,
      portals,
      signIns,
      signInLimit: SIGN_IN_LIMIT,
      clientName: (id) => names.get(id) ?? id,
      notice,
      extra,
    }),
  )
}
