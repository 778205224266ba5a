import { t } from '../../i18n/t.ts'
import type { Locale } from '../../vocabulary.ts'
import { errorSummary, type FieldErrors, field } from '../pages/form.ts'
import { html, SafeHtml } from '../pages/html.ts'
import { page } from '../pages/layout.ts'

/**
 * The two pages that run the passkey ceremony (the only SSO pages with a script): the
 * login with a passkey in an interaction, and adding one from the account page. Each is a
 * form the script completes with the authenticator's answer (browser-ceremony.js); the
 * options the server issued travel in a JSON block, which the page's policy never runs.
 */
type CeremonyForm = {
  language: Locale
  kind: 'login' | 'register'
  action: string
  options: unknown
  fields?: SafeHtml
  submit: string
  scripts: SafeHtml
}

/** JSON inside <script>: `<` escaped so no value can close the element. */
const jsonBlock = (value: unknown) => new SafeHtml(JSON.stringify(value).replace(/</g, '\\u003c'))

function ceremonyForm({ language, kind, action, options, fields, submit, scripts }: CeremonyForm): SafeHtml {
  return html`<form method="post" action="${action}" data-passkey="${kind}" data-waiting="${t(language, 'passkey.script.waiting')}" data-failed="${t(language, 'passkey.script.failed')}" data-unsupported="${t(language, 'passkey.script.unsupported')}">
${fields ?? ''}
<input type="hidden" name="response" value="">
<button type="submit">${submit}</button>
</form>
<p id="passkey-status" role="status"></p>
<noscript><p class="notice">${t(language, 'passkey.noscript')}</p></noscript>
<script type="application/json" id="passkey-options">${jsonBlock(options)}</script>
${scripts}`
}

export type PasskeyLoginPage = {
  language: Locale
  /** /oidc/interaction/{uid} */
  base: string
  clientName: string
  /** The ceremony's options; null when the account being stepped up has no passkey. */
  options: unknown | null
  formError?: string
  scripts: SafeHtml
}

export function passkeyLoginPage(view: PasskeyLoginPage): string {
  const { language, base, clientName, options, formError, scripts } = view
  const q = `?lang=${language}`
  const body = html`<h1>${t(language, 'passkey.login.link')}</h1>
${errorSummary(language, {}, formError)}
${
  options
    ? html`<p>${t(language, 'passkey.login.intro', { client: clientName })}</p>
${ceremonyForm({ language, kind: 'login', action: `${base}/passkey${q}`, options, submit: t(language, 'passkey.login.submit'), scripts })}`
    : html`<p>${t(language, 'passkey.login.none')}</p>`
}
<p><a href="${base}${q}">${t(language, 'passkey.login.password')}</a></p>`
  return page({
    language,
    title: t(language, 'passkey.login.link'),
    body,
    otherLanguageHref: `${base}/passkey?lang=${language === 'vi' ? 'en' : 'vi'}`,
  })
}

export type PasskeyAddPage = {
  language: Locale
  /** /oidc/account */
  account: string
  csrf: string
  options: unknown
  errors?: FieldErrors
  formError?: string
  name?: string
  scripts: SafeHtml
}

export const ADD_PATH = 'passkey-add'

export function passkeyAddPage(view: PasskeyAddPage): string {
  const { language, account, csrf, options, errors = {}, formError, name, scripts } = view
  const fields = html`<input type="hidden" name="csrf" value="${csrf}">
${field(language, { name: 'name', label: 'account.passkeys.name_label', autocomplete: 'off', value: name }, errors)}`
  const body = html`<h1>${t(language, 'account.passkeys.add')}</h1>
<p>${t(language, 'account.passkeys.add_intro')}</p>
${errorSummary(language, errors, formError)}
${ceremonyForm({ language, kind: 'register', action: `${account}/${ADD_PATH}?lang=${language}`, options, fields, submit: t(language, 'account.passkeys.create'), scripts })}
<p><a href="${account}?lang=${language}">${t(language, 'account.passkeys.back')}</a></p>`
  return page({
    language,
    title: t(language, 'account.passkeys.add'),
    body,
    otherLanguageHref: `${account}/${ADD_PATH}?lang=${language === 'vi' ? 'en' : 'vi'}`,
  })
}
