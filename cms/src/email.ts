import { nodemailerAdapter } from '@payloadcms/email-nodemailer'
import nodemailer from 'nodemailer'
import type { EmailAdapter } from 'payload'

import type { PortalEnv } from './env.ts'

/**
 * Payload's mail (payload.sendEmail) through nodemailer to SMTP_URL (production, and the
 * tests' SMTP sink). Unset, Payload's own console adapter writes each mail's recipient and
 * subject to the log: development never sends a real mail, nor reaches the third-party
 * test service the nodemailer adapter falls back to without a transport.
 */
export function emailAdapter(env: Pick<PortalEnv, 'SMTP_URL' | 'MAIL_FROM'>): Promise<EmailAdapter> | undefined {
  if (!env.SMTP_URL) return undefined
  return nodemailerAdapter({
    defaultFromAddress: env.MAIL_FROM,
    defaultFromName: 'Cổng Dịch vụ công quốc gia',
    transport: nodemailer.createTransport(env.SMTP_URL),
    // A mail server that is down must not stop the portal from starting.
    skipVerify: true,
  })
}
