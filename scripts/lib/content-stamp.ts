/**
 * The published content's fingerprint asked of the database through Payload's Local API, as a
 * visitor reads it (public access, no user): per collection, how many records and when the
 * latest changed. It must equal what the site's renderer asks the CMS's REST API for
 * (`Content.cmsStamp`, site/src/renderer/content.ts): prepare.ts prints it, so a later start
 * knows whether the site must render again before the portal server is even up. Were the two
 * ever to differ, the start would render again (slower, never stale).
 */
import { PUBLISHED_COLLECTIONS } from '@dvc/cms/vocabulary'
import type { Payload } from 'payload'

/** The line prepare.ts prints it on. */
export const CONTENT_STAMP_LINE = 'content stamp: '

export async function contentStamp(payload: Payload): Promise<string> {
  const parts = await Promise.all(
    PUBLISHED_COLLECTIONS.map(async (collection) => {
      const page = await payload.find({
        collection,
        limit: 1,
        depth: 0,
        sort: '-updatedAt',
        select: { updatedAt: true },
        overrideAccess: false,
      })
      return `${collection}:${page.totalDocs}@${page.docs[0]?.updatedAt ?? ''}`
    }),
  )
  return parts.join(' ')
}

/** The stamp a line of prepare's output carries, if it carries one. */
export function stampOf(line: string): string | undefined {
  const at = line.indexOf(CONTENT_STAMP_LINE)
  return at < 0 ? undefined : line.slice(at + CONTENT_STAMP_LINE.length)
}
