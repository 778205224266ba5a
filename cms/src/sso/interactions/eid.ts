import type { IncomingMessage, ServerResponse } from 'node:http'
import type Provider from 'oidc-provider'

import { t } from '../../i18n/t.ts'
import { meets } from '../assurance.ts'
import { EidIdentityRefused, linkEidAccount } from '../eid/link.ts'
import { type EidPending, uidOfState } from '../eid/upstream.ts'
import { errorPage } from '../pages/consent.ts'
import { eidProblemPage } from '../pages/step-up.ts'
import type { InteractionDeps } from './deps.ts'
import type { Finish, Handled, StepUpView } from './step-up.ts'

type Details = Awaited<ReturnType<Provider['interactionDetails']>>

/** {base}/eid/callback: the e-ID's fixed redirect URI, forwarded under the interaction's path (its cookie's). */
export function forwardEidCallback(deps: InteractionDeps, url: URL, res: ServerResponse): boolean {
  if (url.pathname !== `${deps.base}/eid/callback`) return false
  const uid = uidOfState(url.searchParams.get('state'))
  if (!uid) {
    res.writeHead(400, { 'content-type': 'text/html; charset=utf-8' })
    res.end(errorPage({ language: 'vi', code: 'invalid_request' }))
    return true
  }
  res.writeHead(303, { location: `${deps.base}/interaction/${uid}/eid-return${url.search}` })
  res.end()
  return true
}

/** To the national e-ID, keeping state, PKCE verifier and nonce in the interaction. */
export async function startEid(
  deps: InteractionDeps,
  details: Details,
  view: StepUpView,
  res: ServerResponse,
): Promise<Handled> {
  if (!deps.eid) return { status: 404, html: errorPage({ language: view.language, code: 'eid_not_configured' }) }
  const { url, pending } = await deps.eid.start(details.uid, view.level)
  details.result = { ...details.result, eid: pending }
  await details.persist()
  res.writeHead(303, { location: url.href, 'cache-control': 'no-store' })
  res.end()
  return 'finished'
}

/** Back from the e-ID: the verified identity's account, at the level the e-ID gave, if it is enough. */
export async function finishEid(
  deps: InteractionDeps,
  req: IncomingMessage,
  details: Details,
  view: StepUpView,
  finish: Finish,
): Promise<Handled> {
  const pending = (details.result as { eid?: EidPending } | undefined)?.eid
  const failed = (status: number, message: string) => ({
    status,
    html: eidProblemPage({ language: view.language, base: view.base, message }),
  })
  if (!deps.eid || !pending) return failed(400, t(view.language, 'sso.eid.failed'))
  try {
    const identity = await deps.eid.finish(new URL(req.url ?? '/', 'http://portal.invalid').search, pending)
    const citizen = await linkEidAccount(deps.payload, deps.pool, identity)
    if (!meets(identity.level, view.level)) {
      return failed(403, t(view.language, 'sso.eid.too_low', { level: view.level, client: view.clientName }))
    }
    return finish({ login: { accountId: String(citizen.id), acr: identity.level, amr: ['fed'] } })
  } catch (error) {
    if (!(error instanceof EidIdentityRefused)) deps.payload.logger.warn({ err: error }, 'national e-ID login failed')
    return failed(400, t(view.language, 'sso.eid.failed'))
  }
}
