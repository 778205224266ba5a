import { t } from '../../i18n/t.ts'
import type { Citizen } from '../../payload-types.ts'
import type { Locale } from '../../vocabulary.ts'
import { readBusinessRegistration } from '../accounts/business-registration.ts'
import type { BusinessAnswer } from '../accounts/business-registry.ts'
import { AccountTaken, createAccount, loginIdTaken, type NewAccount } from '../accounts/citizens.ts'
import { readForeignerRegistration } from '../accounts/foreigner-registration.ts'
import { type AccountKind, accountKindOf } from '../accounts/kinds.ts'
import { loginIdOf } from '../accounts/login-id.ts'
import { readRegistration } from '../accounts/registration.ts'
import type { RegistryAnswer } from '../accounts/registry.ts'
import { registerPage } from '../pages/register.ts'
import type { InteractionDeps } from './deps.ts'
import type { Handled } from './step-up.ts'

type View = { language: Locale; base: string; clientName: string; eidHref?: string }

/** Goes on once the new account is settled: finished, or the step-up page. */
type Accepted = (accountId: string) => Promise<Handled>

const READERS = {
  citizen: readRegistration,
  foreigner: readForeignerRegistration,
  business: readBusinessRegistration,
} as const

/** GET: the kind's choice (`?kind=` absent or unknown) or that kind's form. */
export function showRegistration(deps: InteractionDeps, url: URL, view: View): Handled {
  const kind = accountKindOf(url.searchParams.get('kind'))
  return { status: 200, html: registerPage({ ...view, kind, synthetic: synthetic(deps, kind) }) }
}

function synthetic(deps: InteractionDeps, kind: AccountKind | null): boolean {
  return (kind === 'business' ? deps.businessRegistry : deps.registry)?.kind === 'synthetic'
}

type Verdict = { ok: true; verified: Citizen['identityVerified'] } | { ok: false; status: number; message: string }

/**
 * POST: the form read as its kind says (a form without one is a citizen's, as before kinds
 * existed), refused with 400 (a field), 409 (the account exists) or 503 (a registry cannot
 * answer), each in the page's language; else the account created and signed in.
 */
export async function submitRegistration(
  deps: InteractionDeps,
  form: URLSearchParams,
  view: View,
  accepted: Accepted,
): Promise<Handled> {
  const kind: AccountKind = accountKindOf(form.get('kind')) ?? 'citizen'
  const { values, errors, account, password } = READERS[kind](form)
  const again = (status: number, formError?: string) => ({
    status,
    html: registerPage({ ...view, kind, synthetic: synthetic(deps, kind), values, errors, formError }),
  })
  if (!account) return again(400)
  const taken = () =>
    again(409, t(view.language, kind === 'citizen' ? 'sso.register.exists' : `sso.register.exists.${kind}`))
  if (await loginIdTaken(deps.payload, loginIdOf(account) ?? '')) return taken()
  const verdict = await verify(deps, account, view.language)
  if (!verdict.ok) return again(verdict.status, verdict.message)
  try {
    const created = await createAccount(deps.payload, account, password, verdict.verified)
    return accepted(String(created.id))
  } catch (error) {
    if (error instanceof AccountTaken) return taken()
    throw error
  }
}

/** The registry that knows this kind of account, asked whether it does. */
async function verify(deps: InteractionDeps, account: NewAccount, language: Locale): Promise<Verdict> {
  const business = account.kind === 'business'
  const unavailable = business ? 'sso.register.business.unavailable' : 'sso.register.unavailable'
  const down: Verdict = { ok: false, status: 503, message: t(language, unavailable) }
  try {
    if (business) {
      if (!deps.businessRegistry) return down
      const answer = await deps.businessRegistry.match({
        enterpriseCode: account.enterpriseCode ?? '',
        businessName: account.businessName ?? '',
        representativeName: account.fullName,
        representative: account.citizenId
          ? { citizenId: account.citizenId }
          : { passportNumber: account.passportNumber ?? '', nationality: account.nationality ?? '' },
      })
      return verdictOf(answer, 'business-registry', (a) => t(language, `sso.register.business.${a}`))
    }
    if (!deps.registry) return down
    const person = { fullName: account.fullName, birthDate: account.birthDate ?? '' }
    if (account.kind === 'foreigner') {
      const answer = await deps.registry.matchForeigner({
        ...person,
        passportNumber: account.passportNumber ?? '',
        nationality: account.nationality ?? '',
      })
      return verdictOf(answer, 'registry', (a) => t(language, `sso.register.${a}.foreigner`))
    }
    const answer = await deps.registry.match({ ...person, citizenId: account.citizenId ?? '' })
    return verdictOf(answer, 'registry', (a) => t(language, `sso.register.${a}`))
  } catch (error) {
    deps.payload.logger.warn({ err: error, kind: account.kind }, 'registry unavailable')
    return down
  }
}

function verdictOf<Answer extends RegistryAnswer | BusinessAnswer>(
  answer: Answer,
  verified: Citizen['identityVerified'],
  message: (answer: Exclude<Answer, 'match'>) => string,
): Verdict {
  return answer === 'match'
    ? { ok: true, verified }
    : { ok: false, status: 400, message: message(answer as Exclude<Answer, 'match'>) }
}
