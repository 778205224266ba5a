import type { MessageKey } from '../../i18n/messages.ts'
import { t } from '../../i18n/t.ts'
import type { Locale } from '../../vocabulary.ts'
import { ACCOUNT_KINDS, type AccountKind } from '../accounts/kinds.ts'
import { nationalityOptions, VIETNAM } from '../accounts/nationality.ts'
import { PASSWORD_MIN_LENGTH } from '../accounts/password.ts'
import { CHOICE_STYLE, radioGroup, selectField } from './choice.ts'
import { errorSummary, type FieldErrors, field } from './form.ts'
import { html, SafeHtml } from './html.ts'
import { page } from './layout.ts'
import type { InteractionPage } from './login.ts'

export type RegisterView = Omit<InteractionPage, 'kind'> & {
  /** The registry this kind is matched against is a synthetic one (a notice says so). */
  synthetic: boolean
  /** Chosen first (issue 13: citizens, foreigners, businesses); none shows the choice alone. */
  kind: AccountKind | null
}

const HEADINGS: Record<AccountKind, MessageKey> = {
  citizen: 'sso.register.heading',
  foreigner: 'sso.register.heading.foreigner',
  business: 'sso.register.heading.business',
}

const query = (language: Locale, kind?: AccountKind | null) => `?lang=${language}${kind ? `&kind=${kind}` : ''}`

/**
 * The registration page: first the kind of account (a radio group in a GET form, so it
 * works without script), then that kind's form, which posts the kind along.
 */
export function registerPage(view: RegisterView): string {
  const { language, base, kind, synthetic, errors = {}, formError } = view
  const heading = kind ? HEADINGS[kind] : 'sso.register.choose_heading'
  const body = html`<style>${new SafeHtml(CHOICE_STYLE)}</style><h1>${t(language, heading)}</h1>
${synthetic ? html`<p class="notice">${t(language, kind === 'business' ? 'sso.register.synthetic_business_notice' : 'sso.register.synthetic_notice')}</p>` : ''}
${errorSummary(language, errors, formError)}
${kind ? kindForm(view, kind) : kindChoice(language, base)}
<p><a href="${base}?lang=${language}">${t(language, 'sso.register.login_link')}</a></p>`
  const other: Locale = language === 'vi' ? 'en' : 'vi'
  return page({
    language,
    title: t(language, heading),
    body,
    otherLanguageHref: `${base}/register${query(other, kind)}`,
  })
}

function kindChoice(language: Locale, base: string) {
  const options = ACCOUNT_KINDS.map((value) => ({ value, label: `sso.kind.${value}` as const }))
  return html`<form method="get" action="${base}/register">
<input type="hidden" name="lang" value="${language}">
${radioGroup(language, { name: 'kind', legend: 'sso.kind.legend', options, value: 'citizen' }, {})}
<button type="submit">${t(language, 'sso.kind.continue')}</button>
</form>`
}

function kindForm(view: RegisterView, kind: AccountKind) {
  const { language, base, errors = {}, values = {} } = view
  const fields =
    kind === 'citizen'
      ? citizenFields(language, values, errors)
      : kind === 'foreigner'
        ? foreignerFields(language, values, errors)
        : businessFields(language, values, errors)
  return html`<p>${t(language, 'sso.kind.current', { kind: t(language, `sso.kind.${kind}`) })}
<a href="${base}/register${query(language)}">${t(language, 'sso.kind.change')}</a></p>
<form method="post" action="${base}/register${query(language)}" novalidate>
<input type="hidden" name="kind" value="${kind}">
${fields}
${field(language, { name: 'password', label: 'sso.field.password', type: 'password', autocomplete: 'new-password', hint: { key: 'sso.field.password_hint', values: { min: PASSWORD_MIN_LENGTH } } }, errors)}
<button type="submit">${t(language, 'sso.register.submit')}</button>
</form>`
}

type Values = Record<string, string>

function contactFields(language: Locale, values: Values, errors: FieldErrors, international: boolean) {
  const hint = international ? { key: 'sso.field.phone_international_hint' as const } : undefined
  return html`${field(language, { name: 'phone', label: 'sso.field.phone', type: 'tel', autocomplete: 'tel', hint, value: values.phone }, errors)}
${field(language, { name: 'email', label: 'sso.field.email', type: 'email', autocomplete: 'email', value: values.email }, errors)}`
}

function birthDateField(language: Locale, values: Values, errors: FieldErrors) {
  return field(
    language,
    {
      name: 'birthDate',
      label: 'sso.field.birth_date',
      autocomplete: 'bday',
      hint: { key: 'sso.field.birth_date_hint' },
      value: values.birthDate,
    },
    errors,
  )
}

function citizenFields(language: Locale, values: Values, errors: FieldErrors) {
  return html`${field(language, { name: 'citizenId', label: 'sso.field.citizen_id', autocomplete: 'username', inputmode: 'numeric', value: values.citizenId }, errors)}
${field(language, { name: 'fullName', label: 'sso.field.full_name', autocomplete: 'name', value: values.fullName }, errors)}
${birthDateField(language, values, errors)}
${contactFields(language, values, errors, false)}`
}

function foreignerFields(language: Locale, values: Values, errors: FieldErrors) {
  const options = nationalityOptions(language, { vietnam: false })
  return html`${field(language, { name: 'passportNumber', label: 'sso.field.passport_number', autocomplete: 'username', hint: { key: 'sso.field.passport_number_hint' }, value: values.passportNumber }, errors)}
${selectField(language, { name: 'nationality', label: 'sso.field.nationality', options, placeholder: 'sso.field.nationality_choose', value: values.nationality }, errors)}
${field(language, { name: 'fullName', label: 'sso.field.full_name_passport', autocomplete: 'name', value: values.fullName }, errors)}
${birthDateField(language, values, errors)}
${contactFields(language, values, errors, true)}`
}

function businessFields(language: Locale, values: Values, errors: FieldErrors) {
  const options = nationalityOptions(language, { vietnam: true })
  return html`${field(language, { name: 'enterpriseCode', label: 'sso.field.enterprise_code', autocomplete: 'username', hint: { key: 'sso.field.enterprise_code_hint' }, value: values.enterpriseCode }, errors)}
${field(language, { name: 'businessName', label: 'sso.field.business_name', autocomplete: 'organization', value: values.businessName }, errors)}
${field(language, { name: 'representativeName', label: 'sso.field.representative_name', autocomplete: 'name', value: values.representativeName }, errors)}
${selectField(language, { name: 'representativeNationality', label: 'sso.field.representative_nationality', options, placeholder: 'sso.field.nationality_choose', value: values.representativeNationality ?? VIETNAM }, errors)}
${field(language, { name: 'representativeId', label: 'sso.field.representative_id', autocomplete: 'off', hint: { key: 'sso.field.representative_id_hint' }, value: values.representativeId }, errors)}
${contactFields(language, values, errors, true)}`
}
