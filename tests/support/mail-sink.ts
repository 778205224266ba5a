import { type ReceivedMail, startSmtpServer } from '../../scripts/lib/mail-outbox.ts'

export type { ReceivedMail }

/** A real SMTP server for tests (scripts/lib/mail-outbox.ts): every message it receives, kept in memory. */
export async function startMailSink(): Promise<{ url: string; inbox: ReceivedMail[]; close(): Promise<void> }> {
  const inbox: ReceivedMail[] = []
  const server = await startSmtpServer((mail) => {
    inbox.push(mail)
  })
  return { ...server, inbox }
}
