/**
 * What every dossier endpoint shares: the request's language, the citizen of its bearer token,
 * the error shape for our refusals and a logged 500 with a request id for the rest, CORS for
 * the static site (a bearer token, never a cookie: any origin may call, as with search), and
 * the preflight each path needs for its Authorization and Idempotency-Key headers.
 */
import { randomUUID } from 'node:crypto'
import type { PostgresAdapter } from '@payloadcms/db-postgres'
import type { Endpoint, PayloadRequest } from 'payload'

import { type CitizenToken, citizenOfRequest } from '../../dossiers/citizen-token.ts'
import { PortalError } from '../../errors.ts'
import type { Language } from '../../i18n/t.ts'
import type { Citizen } from '../../payload-types.ts'
import { meets } from '../../sso/assurance.ts'
import { requestLanguage } from '../http/language.ts'
import { CORS, errorResponse, json } from '../http/respond.ts'

export type Context = { req: PayloadRequest; language: Language; url: URL }

export const PREFLIGHT_HEADERS = {
  ...CORS,
  'Access-Control-Allow-Methods': 'GET, POST, PUT, DELETE, OPTIONS',
  'Access-Control-Allow-Headers': 'Authorization, Content-Type, Accept-Language, Idempotency-Key',
  'Access-Control-Max-Age': '600',
}

/** A JSON answer, never cached unless `headers` say so (respond.ts `json`). */
export function answer(body: unknown, status = 200, headers: Record<string, string> = {}): Response {
  return json(body, { status, headers })
}

/** An endpoint whose handler may throw PortalError; anything else is a logged 500. */
export function endpoint(
  method: 'get' | 'post' | 'put' | 'delete',
  path: string,
  handler: (context: Context) => Promise<Response>,
): Endpoint {
  return {
    path,
    method,
    handler: async function dossierEndpoint(req) {
      const url = new URL(req.url ?? 'http://localhost/')
      const language = requestLanguage(url.searchParams.get('locale'), req.headers.get('accept-language'))
      try {
        return await handler({ req, language, url })
      } catch (error) {
        if (error instanceof PortalError && error.exposed) return errorResponse(error)
        const requestId = randomUUID()
        req.payload.logger.error({ err: error, requestId, url: req.url }, 'dossier endpoint failed')
        return errorResponse(new PortalError('internal', { language, cause: error }), { requestId })
      }
    },
  }
}

/** The OPTIONS answer for each path (a cross-origin request with a token is preflighted). */
export function preflights(endpoints: Endpoint[]): Endpoint[] {
  const paths = [...new Set(endpoints.map((entry) => entry.path))]
  return paths.map((path) => ({
    path,
    method: 'options' as const,
    handler: async function dossierPreflight() {
      return new Response(null, { status: 204, headers: PREFLIGHT_HEADERS })
    },
  }))
}

export type SignedIn = { token: CitizenToken; citizen: Citizen }

/** The citizen of the request's bearer token, or 401 `dossier.sign_in`. */
export async function signedIn({ req, language }: Context): Promise<SignedIn> {
  const pool = (req.payload.db as unknown as PostgresAdapter).pool
  const token = await citizenOfRequest(pool, req.headers.get('authorization'))
  if (!token) throw new PortalError('dossier.sign_in', { language })
  const citizen = (await req.payload.findByID({
    collection: 'citizens',
    id: token.citizenId,
    depth: 0,
    overrideAccess: true,
    disableErrors: true,
  })) as Citizen | null
  if (!citizen) throw new PortalError('dossier.sign_in', { language })
  return { token, citizen }
}

export function requireLevel(token: CitizenToken, level: 'loa2' | 'loa3' | 'loa4', language: Language): void {
  if (!meets(token.acr, level))
    throw new PortalError('dossier.assurance', { language, values: { level }, details: { level } })
}

/** A JSON body, or 400 `dossier.body_invalid`; `optional`: an empty body reads as `{}`. */
export async function jsonBody({ req, language }: Context, options: { optional?: boolean } = {}): Promise<unknown> {
  const text = req.text ? await req.text() : ''
  if (options.optional && !text.trim()) return {}
  try {
    return JSON.parse(text)
  } catch {
    throw new PortalError('dossier.body_invalid', { language })
  }
}
