import type { CollectionBeforeChangeHook, PayloadRequest } from 'payload'

import { ownAgencyTree } from '../access/agency-tree.ts'
import { isOwned, may } from '../access/editorial-policy.ts'
import { hasRole, staff, userAgencyId } from '../access/roles.ts'
import { type ErrorCode, PortalError } from '../errors.ts'
import { languageOf } from '../i18n/t.ts'

function idOf(value: unknown): number | null {
  if (typeof value === 'number') return value
  if (value && typeof value === 'object' && 'id' in value) return (value as { id: number }).id
  return null
}

const refuse = (req: PayloadRequest, code: ErrorCode) => new PortalError(code, { language: languageOf(req) })

/** The procedures `data` links that were not linked before and lie outside the own agency tree. */
async function newLinksOutside(req: PayloadRequest, data: unknown[], before: unknown[]): Promise<number[]> {
  const kept = new Set(before.map(idOf))
  const added = data.map(idOf).filter((id): id is number => id !== null && !kept.has(id))
  const tree = await ownAgencyTree(req)
  if (added.length === 0 || tree.length === 0) return added
  const { docs } = await req.payload.find({
    collection: 'procedures',
    where: { and: [{ id: { in: added } }, { agency: { not_in: tree } }] },
    select: {},
    depth: 0,
    pagination: false,
    overrideAccess: true,
    draft: true,
    req,
  })
  return docs.map((doc) => doc.id as number)
}

/**
 * An editor's or reviewer's record belongs to their own agency tree (issue 12 case 4): a
 * new record gets the editor's agency when none is chosen, no record moves outside the
 * tree, and none is left without an agency (only an administrator manages orphans). Where
 * the policy says so, a record may not be attached to another agency's procedure, which
 * would put it on that agency's page without that agency's review (case 3).
 */
export const guardAgency: CollectionBeforeChangeHook = async function guardAgency({
  collection,
  data,
  originalDoc,
  req,
  operation,
}) {
  const user = staff(req)
  if (!user || hasRole(req, 'admin')) return data
  if (operation === 'create' && idOf(data.agency) === null) data.agency = userAgencyId(req)
  if ((operation === 'create' || 'agency' in data) && idOf(data.agency) === null) throw refuse(req, 'agency.required')
  const agency = idOf(data.agency)
  if (agency !== null && !(await ownAgencyTree(req)).includes(agency)) throw refuse(req, 'agency.outside_tree')
  const slug = collection.slug
  if (isOwned(slug) && !may(req, slug, 'link') && Array.isArray(data.procedures)) {
    const before = Array.isArray(originalDoc?.procedures) ? originalDoc.procedures : []
    const outside = await newLinksOutside(req, data.procedures, before)
    if (outside.length > 0) {
      throw new PortalError('link.outside_tree', { language: languageOf(req), details: { procedures: outside } })
    }
  }
  return data
}
