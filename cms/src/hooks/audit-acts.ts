import type {
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  CollectionAfterOperationHook,
  PayloadRequest,
} from 'payload'

import { recordAudit } from '../collections/AuditLog/record.ts'
import { DRAFT_WRITE } from './editorial-workflow.ts'

type Status = 'draft' | 'published' | null | undefined

/** Acts of people are recorded; the system's own writes (seeding, imports, jobs) carry no user. */
const byPerson = (req: PayloadRequest) => req.user?.collection === 'users'

/**
 * Publishing and unpublishing (issue 12): a write that is not a draft and leaves the record
 * published puts that content live; one that turns a published record into a draft takes
 * it down. A draft saved over a published record changes nothing the public sees.
 */
export const auditPublication: CollectionAfterChangeHook = async function auditPublication({
  collection,
  doc,
  previousDoc,
  req,
}) {
  if (!byPerson(req) || !collection.versions || req.context[DRAFT_WRITE]) return doc
  const now = doc._status as Status
  const before = previousDoc?._status as Status
  const action = now === 'published' ? 'publish' : before === 'published' && now === 'draft' ? 'unpublish' : null
  if (action) await recordAudit(req, { action, targetCollection: collection.slug, targetId: doc.id })
  return doc
}

export const auditDelete: CollectionAfterDeleteHook = async function auditDelete({ collection, doc, id, req }) {
  if (!byPerson(req)) return doc
  const title = doc?.name ?? doc?.title ?? doc?.question ?? doc?.email ?? doc?.code
  await recordAudit(req, {
    action: 'delete',
    targetCollection: collection.slug,
    targetId: id,
    detail: { title, agency: doc?.agency?.id ?? doc?.agency ?? null },
  })
  return doc
}

/** Restoring a version: the live record (or its draft) takes an old version's content. */
export const auditRestore: CollectionAfterOperationHook = async function auditRestore({
  args,
  collection,
  operation,
  req,
  result,
}) {
  if (operation !== 'restoreVersion' || !byPerson(req)) return result
  const restored = result as { id?: number; _status?: Status }
  await recordAudit(req, {
    action: 'restore',
    targetCollection: collection.slug,
    targetId: restored.id,
    detail: { version: (args as { id?: unknown }).id, status: restored._status, draft: Boolean(args.draft) },
  })
  return result
}
