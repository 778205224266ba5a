/**
 * The body of a request, checked before Payload reads it: Payload buffers a JSON body
 * whole with no bound, answers a broken one with "An unknown error occurred", and a
 * broken GraphQL body with an empty 500.
 */
import { LIMITS } from './limits.ts'
import type { Problem } from './problem.ts'

const WITH_BODY = new Set(['POST', 'PATCH', 'PUT'])
const RAW_FILE = /^(application\/(pdf|octet-stream)|image\/(jpeg|png))\b/

function tooLarge(max: number): Problem {
  return { status: 413, code: 'body.too_large', key: 'body.too_large', values: { max: Math.round(max / 1024 / 1024) } }
}

/** Does any string inside hold a NUL (PostgreSQL text cannot)? */
function hasNul(value: unknown): boolean {
  if (typeof value === 'string') return value.includes('\0')
  if (Array.isArray(value)) return value.some(hasNul)
  if (value && typeof value === 'object') return Object.entries(value).some(([k, v]) => k.includes('\0') || hasNul(v))
  return false
}

export async function checkBody(request: Request, options: { graphql: boolean }): Promise<Problem | null> {
  if (!WITH_BODY.has(request.method)) return null
  const type = (request.headers.get('content-type') ?? '').toLowerCase()
  const multipart = type.startsWith('multipart/')
  // A dossier file is sent as its own bytes (POST /api/portal/uploads); its handler bounds it.
  const upload = multipart || RAW_FILE.test(type)
  const max = upload ? LIMITS.maxUploadBytes : LIMITS.maxJsonBytes
  // A client that sends no Content-Length (chunked) is bounded by Payload and the proxy in front.
  const length = Number(request.headers.get('content-length') ?? 0)
  if (length > max) return tooLarge(max)
  // Payload answers 500 "Request is not eligible for file upload" to a multipart body without a boundary.
  if (multipart && (options.graphql || !type.includes('boundary=')))
    return { status: 400, code: 'body.invalid', key: 'body.invalid' }
  if (upload || !(type.includes('json') || options.graphql)) return null
  const text = await request.clone().text()
  if (Buffer.byteLength(text) > max) return tooLarge(max)
  if (text === '') return null
  let body: unknown
  try {
    body = JSON.parse(text)
  } catch {
    return { status: 400, code: 'body.invalid_json', key: 'body.invalid_json' }
  }
  // GraphQL answers errors inside a 200; a NUL never reaches the database from here.
  if (options.graphql && hasNul(body)) return { status: 400, code: 'body.invalid', key: 'body.nul' }
  return null
}
