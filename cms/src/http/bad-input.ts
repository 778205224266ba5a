/**
 * Errors that reach Payload's error hook but are the client's doing, not ours: the edge
 * (edge.ts) cannot know every field's type, so a `where[agency][equals]=abc`, a NUL byte
 * inside a JSON body or a torn multipart upload still gets this far. They answer 400,
 * never a 500 (issue 9 part 6).
 */

/**
 * busboy's messages for a body it cannot read (node_modules/busboy/lib/types/*.js);
 * Payload's multipart parser rethrows them as they are.
 */
const UNREADABLE_BODY = [
  'Malformed urlencoded form',
  'Malformed content type',
  'Malformed part header',
  'Missing Content-Type',
  'Multipart: Boundary not found',
  'Unexpected end of file',
  'Unexpected end of form',
  'Unsupported content type',
]

/** PostgreSQL SQLSTATE class 22, "data exception": bad syntax, out of range, NUL in text. */
const isDataException = (code: unknown) => typeof code === 'string' && /^22[0-9A-Z]{3}$/.test(code)

/** Is this error caused by what the client sent? Follows the `cause` chain (Drizzle wraps pg errors). */
export function isBadInput(error: unknown): 'data' | 'body' | null {
  for (let current = error, hops = 0; current && hops < 5; hops++) {
    const { code, message, cause } = current as { code?: unknown; message?: unknown; cause?: unknown }
    if (isDataException(code)) return 'data'
    if (typeof message === 'string' && UNREADABLE_BODY.some((known) => message.startsWith(known))) return 'body'
    current = cause
  }
  return null
}
