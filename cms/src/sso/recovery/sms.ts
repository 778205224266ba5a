import type { Payload } from 'payload'
import type { Pool } from '../store/pool.ts'

/**
 * Text messages to citizens' phones (verification codes) through an adapter: an operator's
 * SMS gateway in production (SSO_SMS_URL), and in development and tests a DEVELOPMENT
 * adapter that sends nothing: it logs the message and keeps it in sso.sms_outbox, marked
 * as such, where a tester (or a test) reads the code.
 */
export type SmsSender = {
  readonly kind: 'http' | 'development'
  send(to: string, text: string): Promise<void>
}

const OUTBOX_DDL = `
  CREATE SCHEMA IF NOT EXISTS sso;
  CREATE TABLE IF NOT EXISTS sso.sms_outbox (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    adapter text NOT NULL DEFAULT 'development (not sent)',
    to_number text NOT NULL,
    body text NOT NULL,
    created_at timestamptz NOT NULL DEFAULT clock_timestamp()
  );`

export function developmentSms(pool: Pool, payload: Payload): SmsSender {
  let ready: Promise<unknown> | undefined
  return {
    kind: 'development',
    async send(to, text) {
      ready ??= pool.query(
        `SELECT pg_advisory_lock(hashtext('sso.sms')); ${OUTBOX_DDL} SELECT pg_advisory_unlock(hashtext('sso.sms'));`,
      )
      await ready
      await pool.query('INSERT INTO sso.sms_outbox (to_number, body) VALUES ($1, $2)', [to, text])
      payload.logger.info({ to, adapter: 'development' }, 'SMS not sent (development adapter): kept in sso.sms_outbox')
    },
  }
}

/**
 * The production interface: POST {url} with `{ "to", "text" }` as JSON; any 2xx is sent.
 * The gateway's own authentication goes in the URL's user info or a proxy in front.
 */
export function httpSms(url: string, fetchImpl: typeof fetch = fetch): SmsSender {
  return {
    kind: 'http',
    async send(to, text) {
      const response = await fetchImpl(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ to, text }),
        signal: AbortSignal.timeout(10_000),
      })
      if (!response.ok) throw new Error(`SMS gateway answered ${response.status}`)
    },
  }
}
