import { t } from '../../i18n/t.ts'
import type { Locale } from '../../vocabulary.ts'
import { PASSWORD_MIN_LENGTH } from '../accounts/password.ts'
import { recoveryHref } from '../recovery/links.ts'
import { errorSummary, type FieldErrors, field } from './form.ts'
import { html } from './html.ts'
import { page } from './layout.ts'

export type InteractionPage = {
  language: Locale
  /** /oidc/interaction/{uid} */
  base: string
  clientName: string
  errors?: FieldErrors
  formError?: string
  values?: Record<string, string>
  /** The national e-ID login, when one is configured. */
  eidHref?: string
  /** The login with a passkey (passkeys/interaction.ts). */
  passkeyHref?: string
}

const langQuery = (language: Locale) => `?lang=${language}`
const other = (language: Locale): Locale => (language === 'vi' ? 'en' : 'vi')

export function loginPage({
  language,
  base,
  clientName,
  errors = {},
  formError,
  values = {},
  eidHref,
  passkeyHref,
}: InteractionPage): string {
  const body = html`<h1>${t(language, 'sso.login.heading')}</h1>
<p>${t(language, 'sso.login.intro', { client: clientName })}</p>
${errorSummary(language, errors, formError)}
<form method="post" action="${base}/login${langQuery(language)}" novalidate>
${field(language, { name: 'citizenId', label: 'sso.field.citizen_id', autocomplete: 'username', inputmode: 'numeric', value: values.citizenId }, errors)}
${field(language, { name: 'password', label: 'sso.field.password', type: 'password', autocomplete: 'current-password' }, errors)}
<button type="submit">${t(language, 'sso.login.submit')}</button>
</form>
${passkeyHref ? html`<p><a href="${passkeyHref}">${t(language, 'passkey.login.link')}</a></p>` : ''}
<p><a href="${base}/register${langQuery(language)}">${t(language, 'sso.login.register_link')}</a></p>
<p><a href="${recoveryHref(base, language)}">${t(language, 'recovery.link')}</a></p>
${eidHref ? html`<p><a href="${eidHref}">${t(language, 'sso.eid.link')}</a></p>` : ''}`
  return page({
    language,
    title: t(language, 'sso.login.heading'),
    body,
    otherLanguageHref: `${base}${langQuery(other(language))}`,
  })
}

export function registerPage(options: InteractionPage & { synthetic: boolean }): string {
  const { language, base, errors = {}, formError, values = {}, synthetic } = options
  const body = html`<h1>${t(language, 'sso.register.heading')}</h1>
${synthetic ? html`<p class="notice">${t(language, 'sso.register.synthetic_notice')}</p>` : ''}
${errorSummary(language, errors, formError)}
<form method="post" action="${base}/register${langQuery(language)}" novalidate>
${field(language, { name: 'citizenId', label: 'sso.field.citizen_id', autocomplete: 'username', inputmode: 'numeric', value: values.citizenId }, errors)}
${field(language, { name: 'fullName', label: 'sso.field.full_name', autocomplete: 'name', value: values.fullName }, errors)}
${field(language, { name: 'birthDate', label: 'sso.field.birth_date', autocomplete: 'bday', hint: { key: 'sso.field.birth_date_hint' }, value: values.birthDate }, errors)}
${field(language, { name: 'phone', label: 'sso.field.phone', type: 'tel', autocomplete: 'tel', value: values.phone }, errors)}
${field(language, { name: 'email', label: 'sso.field.email', type: 'email', autocomplete: 'email', value: values.email }, errors)}
${field(language, { name: 'password', label: 'sso.field.password', type: 'password', autocomplete: 'new-password', hint: { key: 'sso.field.password_hint', values: { min: PASSWORD_MIN_LENGTH } } }, errors)}
<button type="submit">${t(language, 'sso.register.submit')}</button>
</form>
<p><a href="${base}${langQuery(language)}">${t(language, 'sso.register.login_link')}</a></p>`
  return page({
    language,
    title: t(language, 'sso.register.heading'),
    body,
    otherLanguageHref: `${base}/register${langQuery(other(language))}`,
  })
}
