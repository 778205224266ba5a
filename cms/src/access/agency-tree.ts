import type { PayloadRequest } from 'payload'

import { userAgencyId } from './roles.ts'

const CACHE_KEY = 'ownAgencyTree'

/**
 * The ids of the user's agency and every agency below it (its departments and units).
 * Agencies store their ancestors (collections/Agencies.ts), so this is one query,
 * cached on the request because several access checks ask for it.
 */
export async function ownAgencyTree(req: PayloadRequest): Promise<number[]> {
  const cached = req.context[CACHE_KEY] as number[] | undefined
  if (cached) return cached
  const own = userAgencyId(req)
  if (own === null) return []
  const { docs } = await req.payload.find({
    collection: 'agencies',
    where: { ancestors: { contains: own } },
    select: {},
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  const ids = [own, ...docs.map((doc) => doc.id as number)]
  req.context[CACHE_KEY] = ids
  return ids
}
