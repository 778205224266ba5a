import type { IndexKind } from '@dvc/search'
import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, PayloadRequest } from 'payload'

import { syncRecord, unindexRecord } from '../search/sync.ts'

/**
 * Run `work` without failing the editor's save: search is a copy of the CMS, and a
 * Meilisearch that is down must not stop anyone from publishing. The failure is logged
 * with the record, and the next save or `npm run reindex` repairs the index.
 * TODO(search): an outbox table and a retry loop, so a missed update heals by itself.
 */
async function bestEffort(req: PayloadRequest, what: object, work: () => Promise<unknown>): Promise<void> {
  // The Local API reads below set req.locale to 'all': the rest of the request keeps its own.
  const { locale, fallbackLocale } = req
  try {
    await work()
  } catch (error) {
    req.payload.logger.error({ err: error, ...what }, 'search index not updated')
  } finally {
    req.locale = locale
    req.fallbackLocale = fallbackLocale
  }
}

/**
 * After every save: the published version goes into the index (both locales), a record
 * with no published version comes out. A draft saved over a published record leaves the
 * published one searchable: what is read is the record's published row, not the draft.
 * Seeding skips this and indexes once at the end (STYLE 15).
 */
export function searchSyncAfterChange(kind: IndexKind): CollectionAfterChangeHook {
  return async function searchSyncAfterChangeHook({ doc, req, context }) {
    if (context.seeding) return doc
    await bestEffort(req, { index: kind, id: doc.id }, () => syncRecord(req.payload, kind, doc.id, req))
    return doc
  }
}

/** After a delete: the record's documents, every locale, leave the index. */
export function searchSyncAfterDelete(kind: IndexKind): CollectionAfterDeleteHook {
  return async function searchSyncAfterDeleteHook({ id, req, context }) {
    if (context.seeding) return
    await bestEffort(req, { index: kind, id }, () => unindexRecord(kind, id))
  }
}
