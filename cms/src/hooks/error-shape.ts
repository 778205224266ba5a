import { randomUUID } from 'node:crypto'
import type { AfterErrorHook } from 'payload'

import { PortalError } from '../errors.ts'
import { isBadInput } from '../http/bad-input.ts'
import { languageOf, message } from '../i18n/t.ts'

/** Codes of Payload's own errors (not found, forbidden, validation), which carry only a status. */
const CODES: Record<number, string> = {
  400: 'bad_request',
  401: 'unauthorized',
  403: 'forbidden',
  404: 'not_found',
  409: 'conflict',
  413: 'too_large',
  429: 'rate_limited',
}

/**
 * Every REST error in the architecture's shape, `{ error: { code, message, details? } }`,
 * in the request's language (Payload picks it from the user or Accept-Language). Our own
 * errors (errors.ts) bring their code; Payload's get one from their status.
 * Payload's own `errors` array stays beside it: the admin UI reads it.
 * A 5xx says nothing of its cause; the log has it under the same request id.
 */
export const shapeError: AfterErrorHook = function shapeError({ error, result, req }) {
  const badInput = isBadInput(error)
  if (badInput) {
    // The client's mistake that the edge (http/edge.ts) could not see: a 400, not a 500.
    const text = message(req, badInput === 'data' ? 'input.invalid_data' : 'body.invalid')
    return { status: 400, response: { errors: [{ message: text }], error: { code: 'bad_request', message: text } } }
  }
  const status = (error as { status?: number }).status ?? 500
  const errors = result?.errors ?? []
  if (status >= 500) {
    const requestId = randomUUID()
    req.payload.logger.error({ err: error, requestId, url: req.url }, 'request failed')
    const shown = error instanceof PortalError ? error : new PortalError('internal', { language: languageOf(req) })
    const body = shown.body(requestId)
    return { status, response: { errors: [{ message: body.error.message }], ...body } }
  }
  if (error instanceof PortalError) return { status, response: { errors, ...error.body() } }
  const code = error.name === 'ValidationError' ? 'validation_failed' : (CODES[status] ?? 'bad_request')
  const first = errors[0] as { message?: string; data?: unknown } | undefined
  const details = first?.data ?? (errors.length > 1 ? errors : undefined)
  return {
    status,
    response: {
      errors,
      error: { code, message: first?.message ?? error.message, ...(details ? { details } : {}) },
    },
  }
}
