import type { Access, CollectionConfig } from 'payload'

import { ownAgencyTree } from './agency-tree.ts'
import { anyone } from './anyone.ts'
import { type Act, EDITORIAL_POLICY, may, type OwnedSlug } from './editorial-policy.ts'
import { hasRole, staff } from './roles.ts'

/** `{ agency in own tree }` on `field`, or false when the user has no agency. */
export async function inOwnTree(req: Parameters<Access>[0]['req'], field: string) {
  const ids = await ownAgencyTree(req)
  return ids.length === 0 ? false : { [field]: { in: ids } }
}

/**
 * The public reads what is published; staff also read the drafts of their own agency tree
 * (drafts may hold unannounced policy: issue 12 case 8); administrators read everything.
 * A query, so lists filter in the database; Payload prefixes `version.` when it reads drafts.
 */
export const publishedOrOwnTree: Access = async ({ req }) => {
  const published = { _status: { equals: 'published' } }
  if (hasRole(req, 'admin')) return true
  if (!staff(req)) return published
  const own = await inOwnTree(req, 'agency')
  return own ? { or: [published, own] } : published
}

/** Old versions (and the drafts among them): the own agency tree's only, administrators all. */
export const versionsInOwnTree: Access = async ({ req }) => {
  if (hasRole(req, 'admin')) return true
  if (!staff(req)) return false
  return inOwnTree(req, 'version.agency')
}

/**
 * Those the policy names for `act`, on their own agency tree's records; administrators on
 * all. Payload asks the update rule with `_status: "published"` to decide whether the
 * admin shows its Publish and Unpublish buttons: only to those who may publish.
 */
function ownTreeMay(slug: OwnedSlug, act: Act): Access {
  return async function ownTreeAccess({ req, data }) {
    if (hasRole(req, 'admin')) return true
    if (!may(req, slug, act)) return false
    if (act === 'edit' && data?._status === 'published' && !may(req, slug, 'publish')) return false
    return inOwnTree(req, 'agency')
  }
}

/**
 * A collection's access from its declared policy (access/editorial-policy.ts). Creating is
 * a yes/no question in Payload: the agency of the new record is checked by guardAgency.
 * Publishing, unpublishing and restoring are checked by hooks/editorial-workflow.ts, which
 * sees whether a write is a draft.
 */
export function policyAccess(slug: OwnedSlug): NonNullable<CollectionConfig['access']> {
  const { drafts } = EDITORIAL_POLICY[slug]
  return {
    read: drafts ? publishedOrOwnTree : anyone,
    ...(drafts ? { readVersions: versionsInOwnTree } : {}),
    create: ({ req }) => may(req, slug, 'create'),
    update: ownTreeMay(slug, 'edit'),
    delete: ownTreeMay(slug, 'delete'),
  }
}
