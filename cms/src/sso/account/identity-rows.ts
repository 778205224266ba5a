import { t } from '../../i18n/t.ts'
import type { Citizen } from '../../payload-types.ts'
import type { Locale } from '../../vocabulary.ts'
import { nationalityName } from '../accounts/nationality.ts'
import { html, type SafeHtml } from '../pages/html.ts'

/**
 * The account page's identity rows for each kind of account (accounts/kinds.ts): the kind,
 * the business a representative acts for, the person's own identifier (citizen ID, or
 * passport and nationality), the birth date when it is known.
 */
export function identityRows(lang: Locale, citizen: Citizen): SafeHtml {
  const row = (label: Parameters<typeof t>[1], value: string | null | undefined) =>
    value ? html`<dt>${t(lang, label)}</dt><dd>${value}</dd>` : ''
  const passport = citizen.passportNumber
    ? `${citizen.passportNumber} (${nationalityName(citizen.nationality ?? '', lang)})`
    : undefined
  return html`${row('account.kind', t(lang, `sso.kind.${citizen.kind}`))}
${row('account.business', citizen.businessName)}
${row('account.enterprise_code', citizen.enterpriseCode)}
${row('account.citizen_id', citizen.citizenId)}
${row('account.passport', passport)}
${row('account.birth_date', citizen.birthDate)}`
}
