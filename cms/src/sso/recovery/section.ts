import { t } from '../../i18n/t.ts'
import type { Citizen } from '../../payload-types.ts'
import type { Locale } from '../../vocabulary.ts'
import type { AccountSection } from '../account/router.ts'
import { findCitizen } from '../accounts/citizens.ts'
import { html, type SafeHtml } from '../pages/html.ts'
import type { RecoveryDeps } from './reset.ts'
import { type Channel, confirmCode, SmsUnavailable, sendCode } from './verification.ts'

const CHANNELS: readonly Channel[] = ['email', 'phone']

const verified = (citizen: Citizen, channel: Channel) =>
  channel === 'email' ? citizen.emailVerified === true : citizen.phoneVerified === true

function channelForms(language: Locale, action: string, csrf: string, channel: Channel): SafeHtml {
  const q = `?lang=${language}`
  return html`<h3>${t(language, `verify.${channel}.heading`)}</h3>
<form method="post" action="${action}/send-${channel}-code${q}"><input type="hidden" name="csrf" value="${csrf}">
<button type="submit" class="secondary">${t(language, 'verify.send')}</button></form>
<form method="post" action="${action}/verify-${channel}${q}"><input type="hidden" name="csrf" value="${csrf}">
<label for="code-${channel}">${t(language, 'verify.code')}</label>
<input id="code-${channel}" name="code" inputmode="numeric" autocomplete="one-time-code" maxlength="6">
<button type="submit">${t(language, 'verify.confirm')}</button></form>`
}

/** The account page's "verify your e-mail / phone" forms and their actions (send a code, check it). */
export function verificationSection(recovery: RecoveryDeps): AccountSection {
  const send = (channel: Channel) =>
    async function sendVerificationCode(
      _deps: unknown,
      request: { accountId: string; language: Locale },
    ): Promise<string> {
      const citizen = await findCitizen(recovery.payload, request.accountId)
      if (!citizen || verified(citizen, channel)) return t(request.language, 'verify.done')
      const decision = await recovery.limiter.take(`sso-verify:${channel}:${request.accountId}`, recovery.payload)
      if (!decision.allowed) return t(request.language, 'sso.login.throttled', { seconds: decision.retryAfterSeconds })
      try {
        await sendCode(recovery, citizen, channel, request.language)
      } catch (error) {
        if (error instanceof SmsUnavailable) return t(request.language, 'verify.sms_unavailable')
        throw error
      }
      return t(request.language, `verify.${channel}.sent`)
    }
  const check = (channel: Channel) =>
    async function checkVerificationCode(
      _deps: unknown,
      request: { accountId: string; language: Locale },
      form: URLSearchParams,
    ): Promise<string> {
      const citizen = await findCitizen(recovery.payload, request.accountId)
      if (!citizen) return t(request.language, 'verify.expired')
      const outcome = await confirmCode(recovery, citizen, channel, form.get('code') ?? '')
      return t(request.language, `verify.${outcome}`)
    }
  return {
    async render(deps, request) {
      const citizen = await findCitizen(recovery.payload, request.accountId)
      const pending = CHANNELS.filter((channel) => citizen && !verified(citizen, channel))
      if (pending.length === 0) return html``
      const action = `${deps.base}/account`
      return html`<h2>${t(request.language, 'verify.heading')}</h2>${pending.map((channel) =>
        channelForms(request.language, action, request.csrf, channel),
      )}`
    },
    actions: {
      'send-email-code': send('email'),
      'send-phone-code': send('phone'),
      'verify-email': check('email'),
      'verify-phone': check('phone'),
    },
  }
}
