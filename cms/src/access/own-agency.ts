import type { Access } from 'payload'

import { ownAgencyTree } from './agency-tree.ts'
import { hasRole } from './roles.ts'

/**
 * Editors and reviewers change records of their own agency and the agencies below it;
 * administrators change everything. A query, so the refused records are simply absent.
 */
export const ownAgency: Access = async ({ req }) => {
  if (hasRole(req, 'admin')) return true
  if (!hasRole(req, 'editor', 'reviewer')) return false
  const ids = await ownAgencyTree(req)
  if (ids.length === 0) return false
  return { agency: { in: ids } }
}

/**
 * Creating is a yes/no question in Payload; which agency the record belongs to is
 * checked by the `guardAgency` hook before it is written.
 */
export const canAuthor: Access = ({ req }) => hasRole(req, 'admin', 'editor', 'reviewer')
