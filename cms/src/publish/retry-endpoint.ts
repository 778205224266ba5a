/**
 * POST /api/publications/retry `{ collection, id }`: queue a record's side effects again
 * (after a failure the admin shows). A job that used up its attempts stays in the queue as
 * the dead letter; the new one takes its key. Staff only.
 */
import { commitTransaction, type Endpoint, initTransaction, killTransaction } from 'payload'

import { PUBLISHED_COLLECTIONS, type PublishedCollection } from '../jobs/types.ts'
import { markPublications } from './mark-publications.ts'
import { queueSideEffects } from './queue-on-write.ts'

export const retryEndpoint: Endpoint = {
  path: '/retry',
  method: 'post',
  async handler(req) {
    if (!req.user) return Response.json({ error: { code: 'auth.required', message: 'Staff only' } }, { status: 401 })
    const body = (await req.json?.().catch(() => null)) as { collection?: string; id?: number | string } | null
    const collection = body?.collection
    const id = body?.id
    if (
      !collection ||
      !(PUBLISHED_COLLECTIONS as readonly string[]).includes(collection) ||
      (typeof id !== 'number' && typeof id !== 'string')
    ) {
      return Response.json({ error: { code: 'input.invalid_data', message: 'collection and id' } }, { status: 400 })
    }
    const ref = { collection: collection as PublishedCollection, id }
    // The editor must be allowed to read the record (own agency): their own read access decides.
    const doc = await req.payload.findByID({ ...ref, depth: 0, req, overrideAccess: false, disableErrors: true })
    if (!doc) return Response.json({ error: { code: 'route.not_found', message: 'Not found' } }, { status: 404 })
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
