import type { CollectionBeforeChangeHook } from 'payload'

import { PortalError } from '../../../errors.ts'
import { languageOf } from '../../../i18n/t.ts'

type Ref = number | { id: number } | null | undefined
const idOf = (ref: Ref): number | null =>
  ref === null || ref === undefined ? null : typeof ref === 'object' ? ref.id : ref

/**
 * Store the chain of parents so that subtree queries need no recursion.
 * TODO(content): moving an agency does not yet refresh its descendants' chains.
 */
export const setAncestors: CollectionBeforeChangeHook = async function setAncestors({ data, req, originalDoc }) {
  const ancestors: number[] = []
  let parent = idOf(data.parent as Ref)
  while (parent !== null) {
    if (parent === originalDoc?.id || ancestors.includes(parent)) {
      throw new PortalError('agency.parent_cycle', { language: languageOf(req) })
    }
    ancestors.push(parent)
    const next = await req.payload.findByID({
      collection: 'agencies',
      id: parent,
      depth: 0,
      select: { parent: true },
      overrideAccess: true,
      req,
    })
    parent = idOf(next.parent as Ref)
  }
  data.ancestors = ancestors
  return data
}
