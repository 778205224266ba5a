/**
 * The local SMTP server of development and the browser tests (ARCHITECTURE: "mail: a local
 * SMTP sink in dev/tests"): `npm start` and `npm test` point the portal and the worker at it
 * when SMTP_URL is not set. Nothing leaves the machine; each message is kept as a file in
 * `<dataDir>/mail/` (the raw .eml and a .json of recipients, subject and decoded text), where a
 * developer reads what a citizen would have received and a browser test checks the trail.
 */
import { once } from 'node:events'
import { mkdir, writeFile } from 'node:fs/promises'
import type { AddressInfo } from 'node:net'
import path from 'node:path'
import { SMTPServer } from 'smtp-server'

export type ReceivedMail = { to: string[]; subject: string; text: string; raw: string; receivedAt: string }

/** Quoted-printable (RFC 2045 6.7), as nodemailer writes non-ASCII text: soft breaks out, =XX to bytes. */
export function decodeQuotedPrintable(body: string): string {
  const joined = body.replace(/=\r?\n/g, '')
  const bytes = Buffer.from(
    joined.replace(/=([0-9A-F]{2})/g, (_m, hex: string) => String.fromCharCode(Number.parseInt(hex, 16))),
    'latin1',
  )
  return bytes.toString('utf8')
}

/** An encoded-word subject (RFC 2047), as nodemailer writes a Vietnamese one. */
function decodeSubject(raw: string): string {
  const line = /^Subject: (.*(?:\r?\n[ \t].*)*)/im.exec(raw)?.[1] ?? ''
  return line
    .replace(/\r?\n[ \t]/g, '')
    .replace(/=\?utf-8\?([bq])\?([^?]*)\?=\s*/gi, (_m, kind: string, text: string) =>
      kind.toLowerCase() === 'b'
        ? Buffer.from(text, 'base64').toString('utf8')
        : decodeQuotedPrintable(text.replace(/_/g, ' ')),
    )
}

export function parseMail(raw: string, to: string[]): ReceivedMail {
  const body = raw.slice(raw.search(/\r?\n\r?\n/) + 1)
  const text = /quoted-printable/i.test(raw) ? decodeQuotedPrintable(body) : body
  return { to, subject: decodeSubject(raw), text, raw, receivedAt: new Date().toISOString() }
}

export type SmtpServer = { url: string; close(): Promise<void> }

/** A local SMTP server on a free port of 127.0.0.1 handing each message it receives to `keep`. */
export async function startSmtpServer(keep: (mail: ReceivedMail) => Promise<void> | void): Promise<SmtpServer> {
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
        const mail = parseMail(
          raw,
          session.envelope.rcptTo.map((rcpt) => rcpt.address),
        )
        Promise.resolve(keep(mail)).then(() => done(), done)
      })
    },
  })
  server.listen(0, '127.0.0.1')
  await once(server.server, 'listening')
  return {
    url: `smtp://127.0.0.1:${(server.server.address() as AddressInfo).port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}

export type MailOutbox = SmtpServer & { dir: string }

export async function startMailOutbox(dir: string): Promise<MailOutbox> {
  await mkdir(dir, { recursive: true })
  let count = 0
  const server = await startSmtpServer(async (mail) => {
    const name = `${Date.now()}-${process.pid}-${++count}`
    await Promise.all([
      writeFile(path.join(dir, `${name}.eml`), mail.raw),
      writeFile(path.join(dir, `${name}.json`), JSON.stringify({ ...mail, raw: undefined }, null, 1)),
    ])
  })
  return { ...server, dir }
}
