/**
 * POST /api/publications/retry `{ collection, id }`: queue a record's side effects again
 * (after a failure the admin shows). A job that used up its attempts stays in the queue as
 * the dead letter; the new one takes its key. Staff only. Errors in the portal's shape
 * (errors.ts), in the editor's language: 401 publishing.retry.staff_only, 400
 * publishing.retry.invalid, 404 publishing.retry.not_found.
 */
import { commitTransaction, type Endpoint, initTransaction, killTransaction } from 'payload'

import { PortalError } from '../errors.ts'
import { languageOf } from '../i18n/t.ts'
import { PUBLISHED_COLLECTIONS, type PublishedCollection } from '../jobs/types.ts'
import { markPublications } from './mark-publications.ts'
import { queueSideEffects } from './queue-on-write.ts'

export const retryEndpoint: Endpoint = {
  path: '/retry',
  method: 'post',
  async handler(req) {
    const refuse = (
      code: 'publishing.retry.staff_only' | 'publishing.retry.invalid' | 'publishing.retry.not_found',
    ) => {
      const error = new PortalError(code, { language: languageOf(req) })
      return Response.json(error.body(), { status: error.status, headers: { 'Cache-Control': 'no-store' } })
    }
    if (!req.user) return refuse('publishing.retry.staff_only')
    const body = (await req.json?.().catch(() => null)) as { collection?: string; id?: number | string } | null
    const collection = body?.collection
    const id = body?.id
    if (
      !collection ||
      !(PUBLISHED_COLLECTIONS as readonly string[]).includes(collection) ||
      (typeof id !== 'number' && typeof id !== 'string')
    ) {
      return refuse('publishing.retry.invalid')
    }
    const ref = { collection: collection as PublishedCollection, id }
    // The editor must be allowed to read the record (own agency): their own read access decides.
    const doc = await req.payload.findByID({ ...ref, depth: 0, req, overrideAccess: false, disableErrors: true })
    if (!doc) return refuse('publishing.retry.not_found')
    await initTransaction(req)
    try {
      await queueSideEffects(req.payload, req, [ref])
      await markPublications(req.payload, [ref], { state: 'queued' }, req)
      await commitTransaction(req)
    } catch (error) {
      await killTransaction(req)
      throw error
    }
    return Response.json({ queued: true }, { status: 202 })
  },
}
