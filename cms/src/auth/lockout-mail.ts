import type { PayloadRequest } from 'payload'

import { recordAudit } from '../collections/AuditLog/record.ts'
import { t } from '../i18n/t.ts'

/** One notice per lockout: none again while an earlier one is this recent. */
const NOTICE_QUIET_MS = 15 * 60 * 1000

/**
 * Records the lockout and, the first time in a while, tells the account's owner by e-mail.
 * Unknown accounts take the same queries; the mail itself is not awaited, so the answer
 * takes as long whether or not the account exists.
 */
export async function notifyLockout(
  req: PayloadRequest,
  account: { id: number; email: string } | null,
  email: string,
  ip: string,
): Promise<void> {
  const since = new Date(Date.now() - NOTICE_QUIET_MS).toISOString()
  const { totalDocs: recent } = await req.payload.count({
    collection: 'audit-log',
    where: { action: { equals: 'login.lockout' }, actorEmail: { equals: email }, createdAt: { greater_than: since } },
    overrideAccess: true,
    req,
  })
  await recordAudit(req, {
    action: 'login.lockout',
    actor: { id: account?.id ?? null, email },
    detail: { by: 'account' },
  })
  if (recent > 0 || !account) return
  const at = new Date().toISOString()
  const values = { email: account.email, ip, at }
  const { payload } = req
  void payload
    .sendEmail({
      to: account.email,
      subject: `${t('vi', 'mail.lockout.subject')} / ${t('en', 'mail.lockout.subject')}`,
      text: `${t('vi', 'mail.lockout.body', values)}\n\n${t('en', 'mail.lockout.body', values)}\n`,
    })
    .catch((error: unknown) => payload.logger.error({ err: error, account: account.id }, 'lockout notice not sent'))
}
