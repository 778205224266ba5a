import { t } from '../../i18n/t.ts'
import type { Locale } from '../../vocabulary.ts'
import type { AccountKind } from '../accounts/kinds.ts'
import { recoveryHref } from '../recovery/links.ts'
import { errorSummary, type FieldErrors, field } from './form.ts'
import { html } from './html.ts'
import { page } from './layout.ts'
import { loginIdentifierFields, loginKindLinks } from './login-identifier.ts'

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
  /** Who logs in (login-identifier.ts); a citizen unless the page was asked for another. */
  kind?: AccountKind
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
  kind = 'citizen',
}: InteractionPage): string {
  const body = html`<h1>${t(language, 'sso.login.heading')}</h1>
<p>${t(language, 'sso.login.intro', { client: clientName })}</p>
${errorSummary(language, errors, formError)}
${loginKindLinks(language, base, kind)}
<form method="post" action="${base}/login${langQuery(language)}" novalidate>
${loginIdentifierFields(language, kind, values, errors)}
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
    otherLanguageHref: `${base}${langQuery(other(language))}${kind === 'citizen' ? '' : `&kind=${kind}`}`,
  })
}
