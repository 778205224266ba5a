import type { MessageKey } from '../i18n/messages.ts'

/** Why the edge refuses a request: an HTTP status, a stable code, a message key and its values. */
export type Problem = {
  status: 400 | 404 | 405 | 413
  code: string
  key: MessageKey
  values?: Record<string, string | number>
  details?: Record<string, unknown>
}

export const invalidParameter = (parameter: string, key: MessageKey, values: Problem['values'] = {}): Problem => ({
  status: 400,
  code: 'query.invalid',
  key,
  values: { param: parameter, ...values },
  details: { parameter },
})
