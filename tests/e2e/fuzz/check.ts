import type { APIResponse } from '@playwright/test'

import type { FuzzRequest } from './requests.ts'

/** What the architecture forbids in an error: a stack trace, a query, a file position. */
const LEAKS = /Failed query|\bselect\b[^"]*\bfrom\b|\bstack\b|at \S+\.(?:js|ts):\d+/i

/**
 * Why an answer breaks the contract, or null: never a 5xx; from the API, every 4xx is
 * `{ error: { code, message } }` and no error tells how the server is built.
 */
export async function breach(request: FuzzRequest, response: APIResponse): Promise<string | null> {
  const status = response.status()
  if (status >= 500) return `answered ${status}: ${(await response.text()).slice(0, 300)}`
  if (!request.api || status < 400) return null
  const text = await response.text()
  let body: { error?: { code?: unknown; message?: unknown } }
  try {
    body = JSON.parse(text)
  } catch {
    return `answered ${status} with a body that is not JSON: ${text.slice(0, 200)}`
  }
  const { code, message } = body.error ?? {}
  if (typeof code !== 'string' || !code || typeof message !== 'string' || !message)
    return `answered ${status} outside the error shape: ${text.slice(0, 300)}`
  if (LEAKS.test(text)) return `answered ${status} with internals: ${text.slice(0, 300)}`
  return null
}
