import { t } from '../../i18n/t.ts'
import type { Locale } from '../../vocabulary.ts'
import type { AccountKind } from '../accounts/kinds.ts'
import { PASSWORD_MIN_LENGTH } from '../accounts/password.ts'
import { errorSummary, type FieldErrors, field } from '../pages/form.ts'
import { html } from '../pages/html.ts'
import { page } from '../pages/layout.ts'
import { loginIdentifierFields, loginKindLinks } from '../pages/login-identifier.ts'

/** The recovery pages at {base}/recovery: ask for a link, then set a new password with it. */
type View = {
  language: Locale
  action: string
  errors?: FieldErrors
  formError?: string
  values?: Record<string, string>
  /** Whose account (the login page's kinds): a citizen's unless asked. */
  kind?: AccountKind
}

const other = (language: Locale): Locale => (language === 'vi' ? 'en' : 'vi')

export function requestPage({ language, action, errors = {}, formError, values = {}, kind = 'citizen' }: View): string {
  const body = html`<h1>${t(language, 'recovery.heading')}</h1>
<p>${t(language, 'recovery.intro')}</p>
${errorSummary(language, errors, formError)}
${loginKindLinks(language, action, kind)}
<form method="post" action="${action}?lang=${language}" novalidate>
${loginIdentifierFields(language, kind, values, errors)}
<button type="submit">${t(language, 'recovery.send')}</button>
</form>`
  return page({
    language,
    title: t(language, 'recovery.heading'),
    body,
    otherLanguageHref: `${action}?lang=${other(language)}${kind === 'citizen' ? '' : `&kind=${kind}`}`,
  })
}

export function sentPage(language: Locale): string {
  const body = html`<h1>${t(language, 'recovery.heading')}</h1><p role="status">${t(language, 'recovery.sent')}</p>`
  return page({ language, title: t(language, 'recovery.heading'), body })
}

export function resetPage({ language, action, errors = {}, formError, values = {} }: View): string {
  const body = html`<h1>${t(language, 'recovery.reset.heading')}</h1>
${errorSummary(language, errors, formError)}
<form method="post" action="${action}?lang=${language}" novalidate>
<input type="hidden" name="token" value="${values.token ?? ''}">
${field(language, { name: 'password', label: 'recovery.new_password', type: 'password', autocomplete: 'new-password', hint: { key: 'sso.field.password_hint', values: { min: PASSWORD_MIN_LENGTH } } }, errors)}
<button type="submit">${t(language, 'recovery.reset.submit')}</button>
</form>`
  return page({ language, title: t(language, 'recovery.reset.heading'), body })
}

export function resetDonePage(language: Locale): string {
  const body = html`<h1>${t(language, 'recovery.reset.heading')}</h1><p role="status">${t(language, 'recovery.reset.done')}</p>`
  return page({ language, title: t(language, 'recovery.reset.heading'), body })
}

export function expiredPage(language: Locale, requestHref: string): string {
  const body = html`<h1>${t(language, 'recovery.reset.heading')}</h1><p>${t(language, 'recovery.expired')}</p>
<p><a href="${requestHref}?lang=${language}">${t(language, 'recovery.again')}</a></p>`
  return page({ language, title: t(language, 'recovery.reset.heading'), body })
}
