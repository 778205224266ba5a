import { t } from '../../i18n/t.ts'
import type { Locale } from '../../vocabulary.ts'
import type { AssuranceLevel } from '../assurance.ts'
import { errorSummary, type FieldErrors, field } from './form.ts'
import { html } from './html.ts'
import { page } from './layout.ts'

export type StepUpPage = {
  language: Locale
  /** /oidc/interaction/{uid} */
  base: string
  clientName: string
  level: AssuranceLevel
  /** Shown when the citizen has no confirmed authenticator yet. */
  enrolment?: { secret: string; uri: string } | null
  errors?: FieldErrors
  formError?: string
  /** The login with a passkey (passkeys/interaction.ts): it reaches loa4, so it answers loa3 too. */
  passkeyHref?: string | undefined
}

const other = (language: Locale): Locale => (language === 'vi' ? 'en' : 'vi')

/** The key in groups of four, as authenticator apps show it, for typing by hand. */
const grouped = (secret: string) => secret.replace(/(.{4})(?=.)/g, '$1 ')

const cancel = (language: Locale, base: string) =>
  html`<form method="post" action="${base}/abort?lang=${language}"><button type="submit" class="secondary">${t(language, 'sso.step_up.cancel')}</button></form>`

/** loa3: a one-time code after the password; enrolment first when the account has no authenticator. */
export function otpPage(options: StepUpPage): string {
  const { language, base, clientName, level, enrolment, errors = {}, formError, passkeyHref } = options
  const body = html`<h1>${t(language, 'sso.step_up.heading')}</h1>
<p>${t(language, 'sso.step_up.intro', { client: clientName, level })}</p>
${errorSummary(language, errors, formError)}
${
  enrolment
    ? html`<p>${t(language, 'sso.step_up.enrol_intro')}</p>
<dl><dt>${t(language, 'sso.step_up.secret_label')}</dt><dd><code id="totp-secret">${grouped(enrolment.secret)}</code></dd>
<dt>${t(language, 'sso.step_up.uri_label')}</dt><dd><code style="word-break:break-all">${enrolment.uri}</code></dd></dl>`
    : ''
}
<form method="post" action="${base}/otp?lang=${language}" novalidate>
${field(language, { name: 'code', label: 'sso.field.otp', autocomplete: 'one-time-code', inputmode: 'numeric', hint: { key: 'sso.field.otp_hint' } }, errors)}
<button type="submit">${t(language, 'sso.step_up.submit')}</button>
</form>
${passkeyHref ? html`<p><a href="${passkeyHref}">${t(language, 'passkey.login.link')}</a></p>` : ''}
${cancel(language, base)}`
  return page({
    language,
    title: t(language, 'sso.step_up.heading'),
    body,
    otherLanguageHref: `${base}?lang=${other(language)}`,
  })
}

/** loa4: only a passkey or the national e-ID reaches it; say so instead of a lower level. */
export function highestLevelPage(options: StepUpPage & { eidHref?: string }): string {
  const { language, base, clientName, level, eidHref, passkeyHref } = options
  const body = html`<h1>${t(language, 'sso.step_up.highest_heading')}</h1>
<p>${t(language, 'sso.step_up.highest_body', { client: clientName, level })}</p>
${passkeyHref ? html`<p><a href="${passkeyHref}">${t(language, 'passkey.login.link')}</a></p>` : ''}
${eidHref ? html`<p><a href="${eidHref}">${t(language, 'sso.eid.link')}</a></p>` : ''}
${cancel(language, base)}`
  return page({
    language,
    title: t(language, 'sso.step_up.highest_heading'),
    body,
    otherLanguageHref: `${base}?lang=${other(language)}`,
  })
}

/** A national e-ID login that did not give what the request needs: say why, offer to cancel. */
export function eidProblemPage(options: { language: Locale; base: string; message: string }): string {
  const { language, base, message } = options
  const body = html`<h1>${t(language, 'sso.error.heading')}</h1>
<div class="summary" role="alert"><p>${message}</p></div>
${cancel(language, base)}`
  return page({ language, title: t(language, 'sso.error.heading'), body })
}
