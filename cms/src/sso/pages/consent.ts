import type { MessageKey } from '../../i18n/messages.ts'
import { t } from '../../i18n/t.ts'
import type { Locale } from '../../vocabulary.ts'
import { html } from './html.ts'
import { page } from './layout.ts'

const SCOPE_KEYS: Record<string, MessageKey> = {
  openid: 'sso.scope.openid',
  profile: 'sso.scope.profile',
  email: 'sso.scope.email',
  phone: 'sso.scope.phone',
  identity: 'sso.scope.identity',
  offline_access: 'sso.scope.offline_access',
}

export function consentPage(options: { language: Locale; base: string; clientName: string; scopes: string[] }): string {
  const { language, base, clientName, scopes } = options
  const q = `?lang=${language}`
  const body = html`<h1>${t(language, 'sso.consent.heading')}</h1>
<p>${t(language, 'sso.consent.intro', { client: clientName })}</p>
<ul>${scopes.map((scope) => html`<li>${SCOPE_KEYS[scope] ? t(language, SCOPE_KEYS[scope]) : scope}</li>`)}</ul>
<form method="post" action="${base}/confirm${q}"><button type="submit">${t(language, 'sso.consent.allow')}</button></form>
<form method="post" action="${base}/abort${q}"><button type="submit" class="secondary">${t(language, 'sso.consent.deny')}</button></form>`
  return page({
    language,
    title: t(language, 'sso.consent.heading'),
    body,
    otherLanguageHref: `${base}?lang=${language === 'vi' ? 'en' : 'vi'}`,
  })
}

export function errorPage(options: { language: Locale; code: string; description?: string }): string {
  const { language, code, description } = options
  const body = html`<h1>${t(language, 'sso.error.heading')}</h1>
<p>${t(language, 'sso.error.body')}</p>
<p>${t(language, 'sso.error.code', { code })}</p>
${description ? html`<p lang="en">${description}</p>` : ''}`
  return page({ language, title: t(language, 'sso.error.heading'), body })
}
