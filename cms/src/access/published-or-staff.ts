import type { Access } from 'payload'

import { staff } from './roles.ts'

/**
 * Staff read everything (drafts included, to review and cross-reference); the public
 * reads published records only. A query, not a boolean, so lists filter in the database.
 */
export const publishedOrStaff: Access = ({ req }) => {
  if (staff(req)) return true
  return { _status: { equals: 'published' } }
}
