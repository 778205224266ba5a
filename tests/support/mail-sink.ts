import { once } from 'node:events'
import type { AddressInfo } from 'node:net'
import { SMTPServer } from 'smtp-server'

import { decodeQuotedPrintable } from '../../scripts/lib/mail-outbox.ts'

/** A real SMTP server for tests: every message it receives, its recipients and its decoded text. */
export type ReceivedMail = { to: string[]; raw: string; text: string }

export async function startMailSink(): Promise<{ url: string; inbox: ReceivedMail[]; close(): Promise<void> }> {
  const inbox: ReceivedMail[] = []
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    onData(stream, session, done) {
      let raw = ''
      stream.setEncoding('utf8')
      stream.on('data', (part: string) => {
        raw += part
      })
      stream.on('end', () => {
        const body = raw.slice(raw.search(/\r?\n\r?\n/) + 1)
        const text = /quoted-printable/i.test(raw) ? decodeQuotedPrintable(body) : body
        inbox.push({ to: session.envelope.rcptTo.map((rcpt) => rcpt.address), raw, text })
        done()
      })
    },
  })
  server.listen(0, '127.0.0.1')
  await once(server.server, 'listening')
  return {
    url: `smtp://127.0.0.1:${(server.server.address() as AddressInfo).port}`,
    inbox,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}
