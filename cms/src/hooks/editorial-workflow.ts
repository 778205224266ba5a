import type { CollectionBeforeOperationHook, PayloadRequest } from 'payload'

import { EDITORIAL_POLICY, may, type OwnedSlug } from '../access/editorial-policy.ts'
import { PortalError } from '../errors.ts'
import { languageOf } from '../i18n/t.ts'

type Status = 'draft' | 'published' | null | undefined

/** What the request tells the audit hooks: was this write only a draft? */
export const DRAFT_WRITE = 'editorialDraftWrite'

async function liveStatus(req: PayloadRequest, slug: OwnedSlug, id: number | string): Promise<Status> {
  const doc = await req.payload.db.findOne<{ id: number; _status?: Status }>({
    collection: slug,
    where: { id: { equals: id } },
    req,
  })
  return doc?._status
}

async function versionStatus(req: PayloadRequest, slug: OwnedSlug, versionId: number | string) {
  const { docs } = await req.payload.db.findVersions<{ _status?: Status }>({
    collection: slug,
    where: { id: { equals: versionId } },
    limit: 1,
    pagination: false,
    req,
  })
  const [version] = docs
  return version ? { status: version.version._status, parent: version.parent as number } : null
}

function refuse(
  req: PayloadRequest,
  code: 'publish.reviewer_only' | 'unpublish.reviewer_only' | 'restore.reviewer_only',
) {
  return new PortalError(code, { language: languageOf(req) })
}

/**
 * Publishing and unpublishing are a reviewer's acts (issue 12 case 1). Whoever may not
 * publish has every write to an existing record saved as a draft: the live version stays
 * live until a reviewer publishes the draft. Asking the live record itself to become a
 * draft (`_status: "draft"` without `draft=true`) is an unpublish and is refused, and so is
 * restoring a version over the live record, which publishes or unpublishes it.
 */
export function holdForReview(slug: OwnedSlug): CollectionBeforeOperationHook {
  return async function holdForReviewHook({ args: incoming, operation, req }) {
    // The arguments of create, update and restoreVersion: the fields read here are common to them.
    const args = incoming as typeof incoming & {
      data?: unknown
      draft?: boolean
      id?: number | string
      publishAllLocales?: boolean
      publishSpecificLocale?: string
      unpublishAllLocales?: boolean
    }
    type Args = typeof incoming
    if (!req.user || !EDITORIAL_POLICY[slug].drafts) return args
    const data = (args.data ?? {}) as { _status?: Status }
    // Reads (a hook's own lookups with draft: true) pass here too: only writes set the flag.
    if (operation === 'create' || operation === 'update' || operation === 'restoreVersion')
      req.context[DRAFT_WRITE] = Boolean(args.draft)
    if (operation === 'create') {
      if (data._status === 'published' && !may(req, slug, 'publish')) throw refuse(req, 'publish.reviewer_only')
      return args
    }
    // updateByID announces itself as 'update' too; it is the one with an id.
    if (operation === 'update') {
      const publishing = data._status === 'published' || args.publishAllLocales || args.publishSpecificLocale
      if (publishing && !may(req, slug, 'publish')) throw refuse(req, 'publish.reviewer_only')
      if (args.unpublishAllLocales && !may(req, slug, 'unpublish')) throw refuse(req, 'unpublish.reviewer_only')
      if (may(req, slug, 'unpublish') || args.draft) return args
      const live = args.id !== undefined ? await liveStatus(req, slug, args.id as number) : 'published'
      if (data._status === 'draft' && live === 'published') throw refuse(req, 'unpublish.reviewer_only')
      req.context[DRAFT_WRITE] = true
      return { ...args, draft: true } as Args
    }
    if (operation === 'restoreVersion' && !args.draft && !may(req, slug, 'restore')) {
      const version = await versionStatus(req, slug, args.id as number)
      // A draft restored over a draft changes nothing the public sees; anything else does.
      if (version && (version.status === 'published' || (await liveStatus(req, slug, version.parent)) === 'published'))
        throw refuse(req, 'restore.reviewer_only')
    }
    return args
  }
}
