import type { IncomingMessage, ServerResponse } from 'node:http'
import Provider, { errors, type InteractionResults } from 'oidc-provider'
import { t } from '../../i18n/t.ts'
import { clientIp } from '../../portal/http/client-ip.ts'
import type { Locale } from '../../vocabulary.ts'
import { authenticate } from '../accounts/citizens.ts'
import { accountKindOf } from '../accounts/kinds.ts'
import { readLoginIdentifier } from '../accounts/login-identifier.ts'
import { pageLanguage } from '../language.ts'
import { consentPage, errorPage } from '../pages/consent.ts'
import { loginPage } from '../pages/login.ts'
import { passkeyInteraction } from '../passkeys/interaction.ts'
import { requestLevel } from '../policy.ts'
import { FormTooLarge, readForm } from './body.ts'
import { finishConsent } from './consent.ts'
import type { InteractionDeps } from './deps.ts'
import { finishEid, forwardEidCallback, startEid } from './eid.ts'
import { showRegistration, submitRegistration } from './register.ts'
import { type Finish, type Handled, otpSubmitted, passwordAccepted, pendingStepUp, type StepUpView } from './step-up.ts'

function send(res: ServerResponse, status: number, body: string): void {
  res.writeHead(status, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' })
  res.end(body)
}

/**
 * The provider's interactions, server-rendered without JavaScript: login, registration and
 * consent at {base}/interaction/{uid}[/login|/register|/confirm|/abort]. Returns false
 * when the path is not one of them.
 */
export async function handleInteraction(
  deps: InteractionDeps,
  req: IncomingMessage,
  res: ServerResponse,
): Promise<boolean> {
  const url = new URL(req.url ?? '/', 'http://portal.invalid')
  if (forwardEidCallback(deps, url, res)) return true
  const match = new RegExp(
    `^${deps.base}/interaction/([\\w-]+)(?:/(login|register|otp|eid|eid-return|passkey|confirm|abort))?$`,
  ).exec(url.pathname)
  if (!match) return false
  const action = match[2] ?? 'show'
  const post = req.method === 'POST'
  let language: Locale = pageLanguage(url.searchParams.get('lang'), null, req.headers['accept-language'] ?? null)
  try {
    const details = await deps.provider.interactionDetails(req, res)
    language = pageLanguage(
      url.searchParams.get('lang'),
      details.params.ui_locales,
      req.headers['accept-language'] ?? null,
    )
    const client = await deps.provider.Client.find(String(details.params.client_id))
    const interactionBase = `${deps.base}/interaction/${details.uid}`
    const view = {
      language,
      base: interactionBase,
      clientName: client?.clientName ?? String(details.params.client_id),
      eidHref: deps.eid ? `${interactionBase}/eid?lang=${language}` : undefined,
      passkeyHref: `${interactionBase}/passkey?lang=${language}`,
      kind: accountKindOf(url.searchParams.get('kind')) ?? undefined,
    }
    const form = post ? await readForm(req) : new URLSearchParams()
    const finish: Finish = async (result: InteractionResults) => {
      await deps.provider.interactionFinished(req, res, result, { mergeWithLastSubmission: false })
      return 'finished' as const
    }
    let outcome: Handled
    if (details.prompt.name === 'login') {
      const stepUp: StepUpView = { ...view, level: requestLevel(details.params.acr_values, client) }
      const accepted = (accountId: string) => passwordAccepted(deps, details, accountId, stepUp, finish)
      if (action === 'login' && post) {
        outcome = await login(deps, req, form, view, accepted)
      } else if (action === 'eid') {
        outcome = await startEid(deps, details, stepUp, res)
      } else if (action === 'eid-return') {
        outcome = await finishEid(deps, req, details, stepUp, finish)
      } else if (action === 'passkey') {
        outcome = await passkeyInteraction(deps, res, details, stepUp, post ? form : null, finish)
      } else if (action === 'otp' && post) {
        outcome = (await otpSubmitted(deps, details, form, stepUp, finish)) ?? { status: 200, html: loginPage(view) }
      } else if (action === 'register') {
        outcome = post ? await submitRegistration(deps, form, view, accepted) : showRegistration(deps, url, view)
      } else if (action === 'abort' && post) {
        outcome = await finish({ error: 'access_denied', error_description: 'End-User aborted interaction' })
      } else {
        outcome = (await pendingStepUp(deps, details, stepUp)) ?? { status: 200, html: loginPage(view) }
      }
    } else if (details.prompt.name === 'consent') {
      if (action === 'confirm' && post) outcome = await finish(await finishConsent(deps.provider, details))
      else if (action === 'abort' && post)
        outcome = await finish({ error: 'access_denied', error_description: 'End-User aborted interaction' })
      else outcome = { status: 200, html: consentPage({ ...view, scopes: requestedScopes(details) }) }
    } else {
      outcome = { status: 400, html: errorPage({ language, code: 'invalid_request' }) }
    }
    if (outcome !== 'finished') send(res, outcome.status, outcome.html)
  } catch (error) {
    if (error instanceof FormTooLarge) send(res, 413, errorPage({ language, code: 'request_too_large' }))
    else if (error instanceof errors.SessionNotFound || error instanceof errors.InvalidRequest)
      send(res, 400, errorPage({ language, code: 'session_not_found' }))
    else {
      deps.payload.logger.error({ err: error }, 'sso interaction failed')
      if (!res.headersSent) send(res, 500, errorPage({ language, code: 'server_error' }))
    }
  }
  return true
}

type View = { language: Locale; base: string; clientName: string; eidHref?: string; passkeyHref?: string }
/** Goes on once the password (or a new account's) is settled: finished, or the step-up page. */
type Accepted = (accountId: string) => Promise<Handled>

async function login(
  deps: InteractionDeps,
  req: IncomingMessage,
  form: URLSearchParams,
  view: View,
  accepted: Accepted,
): Promise<Handled> {
  // Citizens by their number, foreigners by passport and nationality, businesses by code and representative.
  const { kind, values, errors, loginId } = readLoginIdentifier(form)
  const password = form.get('password') ?? ''
  if (!password) errors.password = { key: 'sso.field.missing' }
  if (!loginId || !password) return { status: 400, html: loginPage({ ...view, kind, values, errors }) }
  // Per address and per account, in buckets every replica shares (rate-limit.ts).
  const ip = clientIp(req.headers['x-forwarded-for'] as string | undefined, deps.trustProxy)
  for (const key of [`sso-login:ip:${ip}`, `sso-login:id:${loginId}`]) {
    const decision = await deps.limiter.take(key, deps.payload)
    if (!decision.allowed) {
      const formError = t(view.language, 'sso.login.throttled', { seconds: decision.retryAfterSeconds })
      return { status: 429, html: loginPage({ ...view, kind, values, formError }) }
    }
  }
  const citizen = await authenticate(deps.payload, loginId, password)
  if (!citizen) {
    const formError = t(view.language, kind === 'citizen' ? 'sso.login.failed' : `sso.login.failed.${kind}`)
    return { status: 401, html: loginPage({ ...view, kind, values, formError }) }
  }
  return accepted(String(citizen.id))
}

function requestedScopes(details: Awaited<ReturnType<Provider['interactionDetails']>>): string[] {
  return String(details.params.scope ?? 'openid')
    .split(' ')
    .filter(Boolean)
}
