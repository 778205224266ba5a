import type Provider from 'oidc-provider'
import type { InteractionResults } from 'oidc-provider'

import { t } from '../../i18n/t.ts'
import type { Locale } from '../../vocabulary.ts'
import { findCitizen } from '../accounts/citizens.ts'
import type { AssuranceLevel } from '../assurance.ts'
import type { FieldErrors } from '../pages/form.ts'
import { highestLevelPage, otpPage } from '../pages/step-up.ts'
import { listPasskeys } from '../passkeys/store.ts'
import { acceptCode, pendingEnrolment } from '../step-up/totp.ts'
import type { InteractionDeps } from './deps.ts'

type Details = Awaited<ReturnType<Provider['interactionDetails']>>
export type Handled = { status: number; html: string } | 'finished'
export type Finish = (result: InteractionResults) => Promise<'finished'>
export type StepUpView = {
  language: Locale
  base: string
  clientName: string
  level: AssuranceLevel
  eidHref?: string
  passkeyHref?: string
}

/**
 * The account whose first factor this interaction already holds: the password just given
 * (kept in the interaction's server-side result), or the session's own password login
 * when a relying party asks more of an existing session.
 */
export function firstFactorAccount(details: Details): string | undefined {
  const pending = (details.result as { pending?: { accountId?: string } } | undefined)?.pending
  if (pending?.accountId) return pending.accountId
  const session = details.session as { accountId?: string; amr?: string[] } | undefined
  return session?.accountId && session.amr?.includes('pwd') ? session.accountId : undefined
}

async function stepUpPage(
  deps: InteractionDeps,
  accountId: string,
  view: StepUpView,
  status = 200,
  problem: { errors?: FieldErrors; formError?: string } = {},
): Promise<Handled> {
  if (view.level === 'loa4') return { status: 200, html: highestLevelPage(view) }
  const citizen = await findCitizen(deps.payload, accountId)
  const enrolment = await pendingEnrolment(deps.pool, deps.secret, accountId, citizen?.citizenId ?? accountId)
  // A passkey (loa4) answers loa3 as well: offered when the account has one.
  const passkeyHref = (await listPasskeys(deps.pool, accountId)).length > 0 ? view.passkeyHref : undefined
  return { status, html: otpPage({ ...view, passkeyHref, enrolment, ...problem }) }
}

/** The password was right: done at loa2, else on to the second factor (never a lower level). */
export async function passwordAccepted(
  deps: InteractionDeps,
  details: Details,
  accountId: string,
  view: StepUpView,
  finish: Finish,
): Promise<Handled> {
  if (view.level === 'loa2') return finish({ login: { accountId, acr: 'loa2', amr: ['pwd'] } })
  details.result = { ...details.result, pending: { accountId } }
  await details.persist()
  return stepUpPage(deps, accountId, view)
}

/** The step-up page when this interaction is waiting for one; null when it wants a password first. */
export async function pendingStepUp(
  deps: InteractionDeps,
  details: Details,
  view: StepUpView,
): Promise<Handled | null> {
  const accountId = view.level === 'loa2' ? undefined : firstFactorAccount(details)
  return accountId ? stepUpPage(deps, accountId, view) : null
}

/** A one-time code posted: throttled per account like passwords, accepted once. */
export async function otpSubmitted(
  deps: InteractionDeps,
  details: Details,
  form: URLSearchParams,
  view: StepUpView,
  finish: Finish,
): Promise<Handled | null> {
  const accountId = firstFactorAccount(details)
  if (!accountId || view.level !== 'loa3') return null
  const code = (form.get('code') ?? '').replace(/\s/g, '')
  if (!code) return stepUpPage(deps, accountId, view, 400, { errors: { code: { key: 'sso.field.missing' } } })
  const decision = await deps.limiter.take(`sso-otp:id:${accountId}`, deps.payload)
  if (!decision.allowed) {
    const formError = t(view.language, 'sso.login.throttled', { seconds: decision.retryAfterSeconds })
    return stepUpPage(deps, accountId, view, 429, { formError })
  }
  if (!(await acceptCode(deps.pool, deps.secret, accountId, code))) {
    return stepUpPage(deps, accountId, view, 401, { formError: t(view.language, 'sso.step_up.failed') })
  }
  return finish({ login: { accountId, acr: 'loa3', amr: ['pwd', 'otp'] } })
}
