/**
 * Answers of the /api/portal/* handlers: JSON, readable from any origin, errors in the
 * architecture's shape from the one error type (errors.ts).
 */
import type { PortalError } from '../../errors.ts'

/**
 * Public, read-only, no credentials: any origin may read it (the static site on its own
 * origin, a province portal). A simple GET needs no preflight; Payload keeps this header.
 */
export const CORS = { 'Access-Control-Allow-Origin': '*' }

/** A JSON answer (200 unless `status` says otherwise); `maxAge` seconds of public caching, none when left out. */
export function json(
  body: unknown,
  options: { maxAge?: number; status?: number; headers?: Record<string, string> } = {},
): Response {
  const cache = options.maxAge === undefined ? 'no-store' : `public, max-age=${options.maxAge}`
  return Response.json(body, {
    status: options.status ?? 200,
    headers: { 'Cache-Control': cache, ...CORS, ...options.headers },
  })
}

/** An answer with no body (a delete done, nothing there yet); never cached. */
export function noContent(): Response {
  return new Response(null, { status: 204, headers: { 'Cache-Control': 'no-store', ...CORS } })
}

/** `error` as `{ error: { code, message, details? } }` with its status; never cached. */
export function errorResponse(
  error: PortalError,
  options: { requestId?: string; headers?: Record<string, string> } = {},
): Response {
  return Response.json(error.body(options.requestId), {
    status: error.status,
    headers: { 'Cache-Control': 'no-store', ...CORS, ...options.headers },
  })
}
