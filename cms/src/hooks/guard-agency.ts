import type { CollectionBeforeChangeHook } from 'payload'

import { ownAgencyTree } from '../access/agency-tree.ts'
import { hasRole, staff, userAgencyId } from '../access/roles.ts'
import { PortalError } from '../errors.ts'
import { languageOf } from '../i18n/t.ts'

function idOf(value: unknown): number | null {
  if (typeof value === 'number') return value
  if (value && typeof value === 'object' && 'id' in value) return (value as { id: number }).id
  return null
}

/**
 * An editor's or reviewer's record belongs to their own agency tree: a new record gets
 * the editor's agency when none is chosen, and no record moves outside the tree.
 * Publishing is a reviewer's act (or an administrator's): an editor saves drafts.
 */
export const guardAgency: CollectionBeforeChangeHook = async function guardAgency({ data, req, operation }) {
  const user = staff(req)
  if (!user || hasRole(req, 'admin')) return data
  if (operation === 'create' && idOf(data.agency) === null) data.agency = userAgencyId(req)
  const agency = idOf(data.agency)
  if (agency !== null && !(await ownAgencyTree(req)).includes(agency)) {
    throw new PortalError('agency.outside_tree', { language: languageOf(req) })
  }
  if (data._status === 'published' && !hasRole(req, 'reviewer')) {
    throw new PortalError('publish.reviewer_only', { language: languageOf(req) })
  }
  return data
}
