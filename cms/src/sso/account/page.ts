import { t } from '../../i18n/t.ts'
import type { Citizen } from '../../payload-types.ts'
import type { Locale } from '../../vocabulary.ts'
import { isAssuranceLevel } from '../assurance.ts'
import { html, SafeHtml } from '../pages/html.ts'
import { page } from '../pages/layout.ts'
import { identityRows } from './identity-rows.ts'
import type { ActiveSession } from './sessions.ts'
import type { SignInRow } from './sign-ins.ts'

export type AccountView = {
  language: Locale
  /** /oidc/account */
  action: string
  csrf: string
  citizen: Citizen
  /** Whether e-mail and phone were verified by code (recovery/verification.ts). */
  verified: { email: boolean; phone: boolean }
  sessionAcr: string | null
  currentSession: string
  sessions: ActiveSession[]
  portals: string[]
  signIns: SignInRow[]
  signInLimit: number
  clientName: (clientId: string) => string
  notice?: string
  /** More sections (passkeys, verification) from their own modules. */
  extra?: SafeHtml[]
}

const level = (language: Locale, acr: string | null) =>
  isAssuranceLevel(acr) ? t(language, `account.assurance.${acr}`) : (acr ?? '—')

/** Dates and times as people in Viet Nam read them, whatever the server's zone. */
export const when = (language: Locale, date: Date) =>
  new Intl.DateTimeFormat(language === 'vi' ? 'vi-VN' : 'en-GB', {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone: 'Asia/Ho_Chi_Minh',
  }).format(date)

function verifiedTag(language: Locale, verified: boolean): SafeHtml {
  return html` <span class="tag">(${t(language, verified ? 'account.verified' : 'account.unverified')})</span>`
}

/** The account page's tables and lists, beside the SSO pages' frame (pages/layout.ts). */
const ACCOUNT_STYLE = `
main{max-inline-size:56rem}
table{border-collapse:collapse;inline-size:100%;margin-block:1rem;display:block;overflow-x:auto}
caption{text-align:start;color:var(--muted)}
th,td{text-align:start;vertical-align:top;padding:.5rem;border-block-end:1px solid #ccc}
dt{font-weight:600}dd{margin:0 0 .75rem}
.tag{color:var(--muted)}`

export function accountPage(view: AccountView): string {
  const { language: lang, citizen } = view
  const q = `?lang=${lang}`
  const body = html`<style>${new SafeHtml(ACCOUNT_STYLE)}</style><h1>${t(lang, 'account.heading')}</h1>
${view.notice ? html`<p class="notice" role="status">${view.notice}</p>` : ''}
<h2>${t(lang, 'account.profile')}</h2>
<dl>
<dt>${t(lang, 'account.name')}</dt><dd>${citizen.fullName}</dd>
${identityRows(lang, citizen)}
<dt>${t(lang, 'account.email')}</dt><dd>${citizen.email}${verifiedTag(lang, view.verified.email)}</dd>
<dt>${t(lang, 'account.phone')}</dt><dd>${citizen.phone}${verifiedTag(lang, view.verified.phone)}</dd>
</dl>
<h2>${t(lang, 'account.assurance')}</h2>
<p>${t(lang, 'account.assurance.account', { level: level(lang, citizen.assuranceLevel) })}</p>
<p>${t(lang, 'account.assurance.session', { level: level(lang, view.sessionAcr) })}</p>
${
  citizen.identityVerified === 'e-id'
    ? html`<h2>${t(lang, 'account.eid')}</h2><p>${t(lang, 'account.eid.linked')}</p>`
    : ''
}
${view.extra ?? []}
<h2>${t(lang, 'account.sessions')}</h2>
<table><thead><tr><th scope="col">${t(lang, 'account.sessions.started')}</th><th scope="col">${t(lang, 'account.sessions.level')}</th><th scope="col">${t(lang, 'account.sessions.portals')}</th></tr></thead>
<tbody>${view.sessions.map(
    (session) =>
      html`<tr><td>${when(lang, session.loginAt)}${
        session.uid === view.currentSession ? html` <strong>(${t(lang, 'account.sessions.current')})</strong>` : ''
      }</td><td>${level(lang, session.acr)}</td><td>${session.clientIds.map(view.clientName).join(', ')}</td></tr>`,
  )}</tbody></table>
<h2>${t(lang, 'account.portals')}</h2>
${
  view.portals.length
    ? html`<ul>${view.portals.map((id) => html`<li>${view.clientName(id)}</li>`)}</ul>`
    : html`<p>${t(lang, 'account.portals.none')}</p>`
}
<form method="post" action="${view.action}/logout-everywhere${q}">
<input type="hidden" name="csrf" value="${view.csrf}">
<p class="hint" id="everywhere-hint">${t(lang, 'account.everywhere.hint')}</p>
<button type="submit" aria-describedby="everywhere-hint">${t(lang, 'account.everywhere')}</button>
</form>
<h2>${t(lang, 'account.log')}</h2>
${
  view.signIns.length
    ? html`<table><caption>${t(lang, 'account.log.limit', { count: view.signInLimit })}</caption>
<thead><tr><th scope="col">${t(lang, 'account.log.when')}</th><th scope="col">${t(lang, 'account.log.where')}</th><th scope="col">${t(lang, 'account.log.portal')}</th><th scope="col">${t(lang, 'account.log.how')}</th></tr></thead>
<tbody>${view.signIns.map(
        (row) =>
          html`<tr><td>${when(lang, row.at)}</td><td>${row.ip}<br><span class="hint">${row.userAgent}</span></td><td>${view.clientName(row.clientId)}</td><td>${
            row.fresh ? t(lang, 'account.log.fresh', { level: level(lang, row.acr) }) : t(lang, 'account.log.sso')
          }</td></tr>`,
      )}</tbody></table>`
    : html`<p>${t(lang, 'account.log.none')}</p>`
}`
  return page({
    language: lang,
    title: t(lang, 'account.heading'),
    body,
    otherLanguageHref: `${view.action}?lang=${lang === 'vi' ? 'en' : 'vi'}`,
  })
}

/** After "log out everywhere": the session is gone, so no account page to return to. */
export function loggedOutEverywherePage(language: Locale, ended: { sessions: number; grants: number }): string {
  const body = html`<h1>${t(language, 'sso.logout.heading')}</h1><p role="status">${t(language, 'account.everywhere.done', ended)}</p>`
  return page({ language, title: t(language, 'sso.logout.heading'), body })
}
