import { t } from '../../i18n/t.ts'
import type { Locale } from '../../vocabulary.ts'
import { html, SafeHtml } from './html.ts'
import { page } from './layout.ts'

/** RP-initiated logout's question; `form` is the library's hidden form (id op.logoutForm, its xsrf token). */
export function logoutPage(language: Locale, form: string): string {
  const body = html`<h1>${t(language, 'sso.logout.heading')}</h1>
<p>${t(language, 'sso.logout.question')}</p>
${new SafeHtml(form)}
<button type="submit" form="op.logoutForm" name="logout" value="yes">${t(language, 'sso.logout.confirm')}</button>
<button type="submit" form="op.logoutForm" class="secondary">${t(language, 'sso.logout.cancel')}</button>`
  return page({ language, title: t(language, 'sso.logout.heading'), body })
}

export function loggedOutPage(language: Locale): string {
  const body = html`<h1>${t(language, 'sso.logout.heading')}</h1><p>${t(language, 'sso.logout.done')}</p>`
  return page({ language, title: t(language, 'sso.logout.heading'), body })
}
