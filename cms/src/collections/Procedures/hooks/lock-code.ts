import type { CollectionBeforeChangeHook } from 'payload'

import { PortalError } from '../../../errors.ts'
import { languageOf } from '../../../i18n/t.ts'

/**
 * The national code identifies a procedure in every system that links to it (dossiers,
 * other portals): once published, it never changes.
 */
export const lockCode: CollectionBeforeChangeHook = async function lockCode({ data, originalDoc, req, operation }) {
  if (operation !== 'update' || !originalDoc || data.code === undefined || data.code === originalDoc.code) return data
  const published = await req.payload.count({
    collection: 'procedures',
    where: { and: [{ id: { equals: originalDoc.id } }, { _status: { equals: 'published' } }] },
    overrideAccess: true,
    req,
  })
  const everPublished =
    published.totalDocs > 0 ||
    (
      await req.payload.countVersions({
        collection: 'procedures',
        where: { and: [{ parent: { equals: originalDoc.id } }, { 'version._status': { equals: 'published' } }] },
        overrideAccess: true,
        req,
      })
    ).totalDocs > 0
  if (everPublished) throw new PortalError('procedure.code_immutable', { language: languageOf(req) })
  return data
}
