import type { MessageKey } from '../../i18n/messages.ts'
import { t } from '../../i18n/t.ts'
import type { Locale } from '../../vocabulary.ts'
import { ACCOUNT_KINDS, type AccountKind } from '../accounts/kinds.ts'
import { nationalityOptions, VIETNAM } from '../accounts/nationality.ts'
import { CHOICE_STYLE, selectField } from './choice.ts'
import { type FieldErrors, field } from './form.ts'
import { html, SafeHtml } from './html.ts'

/**
 * The login page's identifier for each kind of account (login-identifier.ts reads it): the
 * kinds as plain links (`?kind=`, no script), the current one marked aria-current, and the
 * fields that kind logs in with, with the kind posted along.
 */
export function loginKindLinks(language: Locale, base: string, kind: AccountKind): SafeHtml {
  return html`<style>${new SafeHtml(CHOICE_STYLE)}</style><nav class="kinds" aria-label="${t(language, 'sso.login.kinds')}"><ul>${ACCOUNT_KINDS.map(
    (one) =>
      html`<li><a href="${base}?lang=${language}&kind=${one}"${one === kind ? html` aria-current="page"` : ''}>${t(language, `sso.kind.${one}` as MessageKey)}</a></li>`,
  )}</ul></nav>`
}

export function loginIdentifierFields(
  language: Locale,
  kind: AccountKind,
  values: Record<string, string>,
  errors: FieldErrors,
): SafeHtml {
  const hidden = html`<input type="hidden" name="kind" value="${kind}">`
  if (kind === 'citizen')
    return html`${hidden}${field(language, { name: 'citizenId', label: 'sso.field.citizen_id', autocomplete: 'username', inputmode: 'numeric', value: values.citizenId }, errors)}`
  if (kind === 'foreigner')
    return html`${hidden}${field(language, { name: 'passportNumber', label: 'sso.field.passport_number', autocomplete: 'username', value: values.passportNumber }, errors)}
${selectField(language, { name: 'nationality', label: 'sso.field.nationality', options: nationalityOptions(language, { vietnam: false }), placeholder: 'sso.field.nationality_choose', value: values.nationality }, errors)}`
  return html`${hidden}${field(language, { name: 'enterpriseCode', label: 'sso.field.enterprise_code', autocomplete: 'username', value: values.enterpriseCode }, errors)}
${selectField(language, { name: 'representativeNationality', label: 'sso.field.representative_nationality', options: nationalityOptions(language, { vietnam: true }), placeholder: 'sso.field.nationality_choose', value: values.representativeNationality ?? VIETNAM }, errors)}
${field(language, { name: 'representativeId', label: 'sso.field.representative_id', autocomplete: 'off', value: values.representativeId }, errors)}`
}
