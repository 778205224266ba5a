/**
 * The API's front door: each REST and GraphQL request is checked here before Payload's
 * handler runs, so bad input gets a 4xx in the architecture's error shape instead of a
 * 500 (issue 9 part 6; the fuzz test tests/e2e/api-fuzz.e2e.ts keeps it so). Payload's
 * own 4xx that are not in that shape (an unknown route) are reshaped on the way out.
 */
import type { SanitizedConfig } from 'payload'

import { checkBody } from './body-rules.ts'
import { checkPath } from './path-rules.ts'
import type { Problem } from './problem.ts'
import { checkQuery } from './query-rules.ts'
import { errorBody, NO_STORE, refuse } from './refuse.ts'

type RouteArgs = { params: Promise<{ slug?: string[] }> }
type Handler = (request: Request, args: RouteArgs) => Promise<Response>

/** The decoded segments after /api/, or null when a segment's escapes are broken. */
function pathSegments(request: Request): string[] | null {
  const after = new URL(request.url).pathname.replace(/^.*?\/api\/?/, '')
  try {
    return after.split('/').filter(Boolean).map(decodeURIComponent)
  } catch {
    return null
  }
}

const PATH_INVALID: Problem = { status: 400, code: 'path.invalid', key: 'path.invalid' }
const METHOD_NOT_ALLOWED: Problem = { status: 405, code: 'method_not_allowed', key: 'method.not_allowed' }

type JsonBody = { error?: unknown; errors?: { message?: string }[] }

/** A response's JSON body without consuming it; null when it is not JSON. */
async function jsonBody(response: Response): Promise<JsonBody | null> {
  const body: unknown = await response
    .clone()
    .json()
    .catch(() => null)
  return body && typeof body === 'object' ? (body as JsonBody) : null
}

async function problemWith(config: SanitizedConfig, request: Request, rest: boolean): Promise<Problem | null> {
  const locales = config.localization ? config.localization.localeCodes : []
  const segments = pathSegments(request)
  if (segments === null) return PATH_INVALID
  return (
    (rest ? checkPath(config, segments) : null) ??
    checkQuery(new URL(request.url).searchParams, locales) ??
    (await checkBody(request, { graphql: !rest }))
  )
}

/** Payload's 4xx without our shape (`Route not found`, an empty 405) gets it. */
async function shaped(config: SanitizedConfig, request: Request, response: Response): Promise<Response> {
  // Payload answers a file missing from the upload folder with a bare 500, bypassing the
  // error hooks on purpose (uploads/endpoints/getFile.js): for the client it is not there.
  const missingFile = response.status === 500 && /\/api\/[^/]+\/file\//.test(new URL(request.url).pathname)
  if (!missingFile && (response.status < 400 || response.status >= 500)) return response
  const body = await jsonBody(response)
  if (body && 'error' in body) return response
  if (missingFile)
    return body ? refuse(config, request, { status: 404, code: 'not_found', key: 'file.not_found' }) : response
  if (response.status === 404)
    return refuse(config, request, { status: 404, code: 'not_found', key: 'route.not_found' })
  if (response.status === 405) return refuse(config, request, METHOD_NOT_ALLOWED)
  // Any other bare 4xx (a 416 for a byte range of a file) keeps its status and body.
  return response
}

/** Wraps one of Payload's route handlers (REST_GET, GRAPHQL_POST...) with the edge checks. */
export function guarded(configPromise: Promise<SanitizedConfig>, handler: Handler, kind: 'rest' | 'graphql'): Handler {
  return async function guardedRoute(request, args) {
    const config = await configPromise
    const problem = await problemWith(config, request, kind === 'rest')
    if (problem) return refuse(config, request, problem)
    const response = await handler(request, args)
    return kind === 'graphql' ? shapedGraphql(config, request, response) : shaped(config, request, response)
  }
}

/**
 * GraphQL's own 4xx (`Missing query`, `Unparsable JSON body`) keep their `errors` array,
 * which GraphQL clients read, and gain the architecture's `error` beside it.
 */
async function shapedGraphql(config: SanitizedConfig, request: Request, response: Response): Promise<Response> {
  if (response.status < 400 || response.status >= 500) return response
  const body = await jsonBody(response)
  if (body && 'error' in body) return response
  const reasons = (body?.errors ?? []).map((error) => error.message).filter(Boolean)
  const ours = errorBody(config, request, {
    status: response.status as Problem['status'],
    code: 'graphql.invalid',
    key: 'graphql.invalid',
    details: reasons.length > 0 ? { reasons } : {},
  })
  return Response.json({ ...body, ...ours }, { status: response.status, headers: NO_STORE })
}

/** A method the route does not serve, answered in the error shape (Next's own 405 has no body). */
export function methodNotAllowed(configPromise: Promise<SanitizedConfig>) {
  return async function notAllowed(request: Request): Promise<Response> {
    return refuse(await configPromise, request, METHOD_NOT_ALLOWED)
  }
}
