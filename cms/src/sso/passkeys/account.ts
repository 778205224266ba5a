import type { RegistrationResponseJSON } from '@simplewebauthn/server'

import { t } from '../../i18n/t.ts'
import type { Citizen } from '../../payload-types.ts'
import type { Locale } from '../../vocabulary.ts'
import { ACCOUNT_CLIENT } from '../account/first-party.ts'
import { when } from '../account/page.ts'
import type { AccountDeps, AccountPage, AccountRequest, AccountSection } from '../account/router.ts'
import { accountSignInUrl } from '../account/router.ts'
import { findCitizen } from '../accounts/citizens.ts'
import { heldLevel, meets } from '../assurance.ts'
import { html, type SafeHtml } from '../pages/html.ts'
import { passkeyScripts } from './assets.ts'
import {
  hasVerifiedIdentity,
  PasskeyRefused,
  registerPasskey,
  registrationOptions,
  relyingPartyOf,
} from './ceremony.ts'
import { ADD_PATH, passkeyAddPage } from './pages.ts'
import { listPasskeys, type Passkey, removePasskey } from './store.ts'

/**
 * The account page's passkeys: listed with when each was added and last used, removable,
 * and added on a page of their own (the ceremony needs a script). Adding one is a loa4
 * credential, so it needs a verified identity and a session at loa3 at least: a stolen
 * password alone cannot plant a passkey.
 */
const MAX_PASSKEYS = 10
const NAME_MAX = 60
const REMOVE = 'passkey-remove'

/** Why this session may not add a passkey now, or null when it may. */
function refusal(
  request: AccountRequest,
  citizen: Pick<Citizen, 'identityVerified'>,
  count: number,
): { notice: string } | { confirm: true } | null {
  const { language } = request
  if (!hasVerifiedIdentity(citizen)) return { notice: t(language, 'account.passkeys.unverified') }
  if (count >= MAX_PASSKEYS) return { notice: t(language, 'account.passkeys.limit', { max: MAX_PASSKEYS }) }
  const held = heldLevel(request.session.acr)
  return held && meets(held, 'loa3') ? null : { confirm: true }
}

function table(language: Locale, passkeys: Passkey[], action: string, csrf: string): SafeHtml {
  if (passkeys.length === 0) return html`<p>${t(language, 'account.passkeys.none')}</p>`
  return html`<table><thead><tr><th scope="col">${t(language, 'account.passkeys.name')}</th><th scope="col">${t(language, 'account.passkeys.kind')}</th><th scope="col">${t(language, 'account.passkeys.added')}</th><th scope="col">${t(language, 'account.passkeys.used')}</th><td></td></tr></thead>
<tbody>${passkeys.map(
    (passkey) =>
      html`<tr><td>${passkey.name}</td><td>${t(language, passkey.deviceBound ? 'account.passkeys.kind.bound' : 'account.passkeys.kind.synced')}</td><td>${when(language, passkey.createdAt)}</td><td>${
        passkey.lastUsedAt ? when(language, passkey.lastUsedAt) : t(language, 'account.passkeys.never')
      }</td><td><form method="post" action="${action}/${REMOVE}?lang=${language}"><input type="hidden" name="csrf" value="${csrf}"><input type="hidden" name="id" value="${passkey.id}"><button type="submit" class="secondary">${t(language, 'account.passkeys.remove', { name: passkey.name })}</button></form></td></tr>`,
  )}</tbody></table>`
}

async function render(deps: AccountDeps, request: AccountRequest): Promise<SafeHtml> {
  const { language, accountId } = request
  const [citizen, passkeys] = await Promise.all([
    findCitizen(deps.payload, accountId),
    listPasskeys(deps.pool, accountId),
  ])
  const action = `${deps.base}${ACCOUNT_CLIENT.path}`
  const blocked = citizen ? refusal(request, citizen, passkeys.length) : { notice: '' }
  let next: SafeHtml
  if (!blocked)
    next = html`<p><a href="${action}/${ADD_PATH}?lang=${language}">${t(language, 'account.passkeys.add')}</a></p>`
  else if ('confirm' in blocked) {
    const stepUp = accountSignInUrl(deps.issuer, language, 'loa3').href
    next = html`<p>${t(language, 'account.passkeys.confirm_first')}</p><p><a href="${stepUp}">${t(language, 'account.passkeys.confirm_link')}</a></p>`
  } else next = html`<p>${blocked.notice}</p>`
  return html`<h2>${t(language, 'account.passkeys')}</h2>
<p>${t(language, 'account.passkeys.intro')}</p>
${table(language, passkeys, action, request.csrf)}
${next}`
}

/** GET shows the ceremony; POST checks its answer and stores the passkey. */
const addPage: AccountPage = async (deps, request, res, form) => {
  const { language, accountId, session } = request
  const citizen = await findCitizen(deps.payload, accountId)
  if (!citizen) return t(language, 'account.passkeys.unverified')
  const blocked = refusal(request, citizen, (await listPasskeys(deps.pool, accountId)).length)
  if (blocked) return 'notice' in blocked ? blocked.notice : t(language, 'account.passkeys.confirm_first')
  const rp = relyingPartyOf(deps.issuer)
  const name = (form?.get('name') ?? '').trim()
  const again = async (status: number, problem: { nameError?: boolean; formError?: string }) => {
    const options = await registrationOptions(deps.pool, rp, citizen, session.uid)
    const html = passkeyAddPage({
      language,
      account: `${deps.base}${ACCOUNT_CLIENT.path}`,
      csrf: request.csrf,
      options,
      name,
      formError: problem.formError,
      errors: problem.nameError ? { name: { key: 'account.passkeys.name_invalid', values: { max: NAME_MAX } } } : {},
      scripts: passkeyScripts(deps.base, res),
    })
    res.writeHead(status, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' })
    res.end(html)
    return undefined
  }
  if (!form) return again(200, {})
  if (!name || [...name].length > NAME_MAX) return again(400, { nameError: true })
  try {
    const response = JSON.parse(form.get('response') || 'null') as RegistrationResponseJSON | null
    if (!response || typeof response !== 'object') throw new PasskeyRefused('malformed')
    await registerPasskey(deps.pool, rp, { accountId, sessionUid: session.uid, name, response })
  } catch (error) {
    const refused = error instanceof PasskeyRefused ? error : new PasskeyRefused('malformed', { cause: error })
    deps.payload.logger.info({ reason: refused.reason, err: refused.cause, accountId }, 'passkey registration refused')
    return again(400, { formError: t(language, `passkey.refused.${refused.reason}`) })
  }
  return t(language, 'account.passkeys.created', { name })
}

export const passkeySection: AccountSection = {
  render,
  actions: {
    async [REMOVE](deps, request, form) {
      const removed = await removePasskey(deps.pool, request.accountId, form.get('id') ?? '')
      return t(request.language, removed ? 'account.passkeys.removed' : 'passkey.refused.unknown_credential')
    },
  },
  pages: { [ADD_PATH]: addPage },
}
