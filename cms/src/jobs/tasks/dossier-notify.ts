/**
 * Tells the citizen of one step of their dossier, in the language they submitted in: an
 * e-mail through Payload's mail (nodemailer to SMTP_URL) or a text message through the SMS
 * adapter (the operator's gateway at SSO_SMS_URL; in development the outbox and the log).
 * One job per step and channel: a failed SMS is retried without mailing twice. A retry after
 * a message left but before the job was marked done sends it once more (at most once more).
 */
import type { PostgresAdapter } from '@payloadcms/db-postgres'

import { CITIZEN_PAGES, STATE_LABELS } from '../../dossiers/contract.ts'
import { env } from '../../env.ts'
import { t } from '../../i18n/t.ts'
import type { Dossier, DossierEvent, Procedure } from '../../payload-types.ts'
import { developmentSms, httpSms, type SmsSender } from '../../sso/recovery/sms.ts'
import type { Task } from '../types.ts'

let sms: SmsSender | undefined

export const dossierNotifyTask: Task<'dossier-notify'> = async function dossierNotify(input, { payload }) {
  const event = (await payload.findByID({
    collection: 'dossier-events',
    id: input.event,
    depth: 0,
    overrideAccess: true,
    disableErrors: true,
  })) as DossierEvent | null
  if (!event) return
  const dossierId = typeof event.dossier === 'object' ? event.dossier.id : event.dossier
  const dossier = (await payload.findByID({
    collection: 'dossiers',
    id: dossierId,
    depth: 0,
    overrideAccess: true,
    context: { skipReadLog: true },
  })) as Dossier
  const language = dossier.locale === 'en' ? 'en' : 'vi'
  const procedureId = typeof dossier.procedure === 'object' ? dossier.procedure.id : dossier.procedure
  const procedure = (await payload.findByID({
    collection: 'procedures',
    id: procedureId,
    depth: 0,
    locale: language,
    fallbackLocale: 'vi',
    overrideAccess: true,
    select: { name: true, code: true },
  })) as Pick<Procedure, 'name' | 'code'>
  const url = new URL(CITIZEN_PAGES.mine[language].replace('{code}', encodeURIComponent(dossier.code)), env.SITE_URL)
    .href
  const values = {
    code: dossier.code,
    procedure: procedure.name,
    state: STATE_LABELS[event.to][language],
    note: event.note ? t(language, 'dossier.notify.note', { note: event.note }) : '',
    url,
  }
  if (input.channel === 'email') {
    if (!dossier.applicantEmail) return
    await payload.sendEmail({
      to: dossier.applicantEmail,
      subject: t(language, 'dossier.notify.subject', values),
      text: t(language, 'dossier.notify.body', values),
    })
    return
  }
  if (!dossier.applicantPhone) return
  // Production without a gateway sends by mail only; development keeps texts in its outbox.
  if (!env.SSO_SMS_URL && env.NODE_ENV === 'production') return
  sms ??= env.SSO_SMS_URL
    ? httpSms(env.SSO_SMS_URL)
    : developmentSms((payload.db as unknown as PostgresAdapter).pool, payload)
  await sms.send(dossier.applicantPhone, t(language, 'dossier.notify.sms', values))
}
