import type { ServerResponse } from 'node:http'
import type { AuthenticationResponseJSON } from '@simplewebauthn/server'
import type Provider from 'oidc-provider'

import { t } from '../../i18n/t.ts'
import { findCitizen } from '../accounts/citizens.ts'
import { meets } from '../assurance.ts'
import type { InteractionDeps } from '../interactions/deps.ts'
import { type Finish, firstFactorAccount, type Handled, type StepUpView } from '../interactions/step-up.ts'
import { passkeyScripts } from './assets.ts'
import {
  authenticate,
  authenticationOptions,
  PasskeyRefused,
  passkeyAmr,
  passkeyLevel,
  relyingPartyOf,
} from './ceremony.ts'
import { passkeyLoginPage } from './pages.ts'
import { listPasskeys } from './store.ts'

type Details = Awaited<ReturnType<Provider['interactionDetails']>>

/**
 * {base}/interaction/{uid}/passkey: the login with a passkey (GET shows the ceremony, POST
 * checks its answer). A passkey on a verified identity is loa4 (issue 13), so this is also
 * the step-up a relying party asking loa4 gets; when the interaction already holds an
 * account (a session or a password below the level asked), only that account's passkeys
 * answer. Never finishes below the level the request needs.
 */
export async function passkeyInteraction(
  deps: InteractionDeps,
  res: ServerResponse,
  details: Details,
  view: StepUpView,
  form: URLSearchParams | null,
  finish: Finish,
): Promise<Handled> {
  const rp = relyingPartyOf(deps.provider.issuer)
  const accountId = view.level === 'loa2' ? undefined : firstFactorAccount(details)
  const show = async (status: number, formError?: string): Promise<Handled> => {
    const none = accountId !== undefined && (await listPasskeys(deps.pool, accountId)).length === 0
    const options = none ? null : await authenticationOptions(deps.pool, rp, details.uid, accountId)
    const scripts = passkeyScripts(deps.base, res)
    return { status, html: passkeyLoginPage({ ...view, options, formError, scripts }) }
  }
  if (!form) return show(200)
  let login: Awaited<ReturnType<typeof authenticate>>
  try {
    const response = JSON.parse(form.get('response') || 'null') as AuthenticationResponseJSON | null
    if (!response || typeof response !== 'object') throw new PasskeyRefused('malformed')
    login = await authenticate(deps.pool, rp, details.uid, response)
  } catch (error) {
    const refused = error instanceof PasskeyRefused ? error : new PasskeyRefused('malformed', { cause: error })
    deps.payload.logger.info({ reason: refused.reason, err: refused.cause }, 'passkey login refused')
    return show(refused.reason === 'malformed' ? 400 : 401, t(view.language, `passkey.refused.${refused.reason}`))
  }
  const citizen = await findCitizen(deps.payload, login.accountId)
  if (!citizen) return show(401, t(view.language, 'passkey.refused.unknown_credential'))
  const level = passkeyLevel(citizen)
  if (!meets(level, view.level)) {
    return show(403, t(view.language, 'passkey.too_low', { level: view.level, client: view.clientName }))
  }
  return finish({ login: { accountId: login.accountId, acr: level, amr: passkeyAmr(login.deviceBound) } })
}
