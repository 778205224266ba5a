import type { Access, PayloadRequest } from 'payload'

import { inOwnTree } from './policy-access.ts'
import { hasRole } from './roles.ts'

/**
 * Dossiers and what hangs on them (files, events): administrators see all; officers only
 * those of their agency and the agencies below it, as a query so the queue filters in the
 * database; editors and reviewers never (they publish content; dossiers are personal data);
 * citizens never through REST (the portal API serves them their own, with the bearer token:
 * portal/dossiers/). `field` is the agency column.
 */
export function ownAgencyDossiers(field = 'agency'): Access {
  return async function ownAgencyDossierAccess({ req }) {
    if (hasRole(req, 'admin')) return true
    return hasRole(req, 'officer') ? inOwnTree(req, field) : false
  }
}

/** Officers act on dossiers; editors and reviewers publish content and do not. */
export const isOfficer = (req: PayloadRequest): boolean => hasRole(req, 'officer', 'admin')

export const nobody: Access = () => false
