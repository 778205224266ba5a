import type { Access, PayloadRequest } from 'payload'

import { ownAgencyTree } from './agency-tree.ts'
import { hasRole, staff } from './roles.ts'

/**
 * Dossiers and what hangs on them (files, events): administrators see all; officers only
 * those of their agency and the agencies below it, as a query so the
 * queue filters in the database; citizens never through REST (the portal API serves them
 * their own, with the bearer token: portal/dossiers/). `field` is the agency column.
 */
export function ownAgencyDossiers(field = 'agency'): Access {
  return async function ownAgencyDossierAccess({ req }) {
    if (hasRole(req, 'admin')) return true
    // Dossiers are personal data: editors and reviewers of the agency publish content, they do not read them.
    if (!staff(req) || !hasRole(req, 'officer')) return false
    const ids = await ownAgencyTree(req)
    return ids.length === 0 ? false : { [field]: { in: ids } }
  }
}

/** Officers act on dossiers; editors and reviewers publish content and do not. */
export const isOfficer = (req: PayloadRequest): boolean => hasRole(req, 'officer', 'admin')

export const officerOfOwnAgency = (field = 'agency'): Access => {
  const own = ownAgencyDossiers(field)
  return async (args) => (isOfficer(args.req) ? own(args) : false)
}

export const nobody: Access = () => false
