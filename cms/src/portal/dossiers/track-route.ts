/**
 * The tracking lookup answered by the portal server itself, before Next (server.ts), as the
 * SSO is: the busiest public dossier read, at 1,000 a second on 2 cores (issue 15), with the
 * same answers as the Payload endpoint (dossiers/track.ts). Only GET of one code; `mine` and
 * every other dossier path go on to Next.
 */
import { randomUUID } from 'node:crypto'
import type { IncomingMessage, ServerResponse } from 'node:http'
import type { PostgresAdapter } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'

import { trackDossier } from '../../dossiers/track.ts'
import { PortalError } from '../../errors.ts'
import { requestLanguage } from '../http/language.ts'

const PATH = /^\/api\/portal\/dossiers\/([^/]+)$/

export type Route = (req: IncomingMessage, res: ServerResponse) => boolean

function send(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body)
  res.writeHead(status, {
    'content-type': 'application/json',
    'content-length': Buffer.byteLength(text),
    'cache-control': 'no-store',
    'access-control-allow-origin': '*',
  })
  res.end(text)
}

export function trackRoute(payload: Payload): Route {
  const pool = (payload.db as unknown as PostgresAdapter).pool
  return function portalTrack(req, res) {
    if (req.method !== 'GET') return false
    const url = new URL(req.url ?? '/', 'http://portal.invalid')
    const match = PATH.exec(url.pathname)
    if (!match?.[1] || match[1] === 'mine') return false
    const language = requestLanguage(url.searchParams.get('locale'), req.headers['accept-language'] ?? null)
    let code: string
    try {
      code = decodeURIComponent(match[1])
    } catch {
      // A broken escape names no dossier (Next would answer it with a bare 500).
      send(res, 404, new PortalError('dossier.not_found', { language }).body())
      return true
    }
    trackDossier(payload, pool, code, url.searchParams.get('secret') ?? '', language).then(
      (dossier) => send(res, 200, dossier),
      (error: unknown) => {
        if (error instanceof PortalError && error.exposed) return send(res, error.status, error.body())
        const requestId = randomUUID()
        payload.logger.error({ err: error, requestId, url: req.url }, 'dossier tracking failed')
        send(res, 500, new PortalError('internal', { language }).body(requestId))
      },
    )
    return true
  }
}
