import type { CollectionBeforeChangeHook } from 'payload'

type Ref = number | { id: number } | null | undefined
type Step = { procedures?: Ref[] | null }

const idOf = (ref: Ref): number | undefined =>
  ref === null || ref === undefined ? undefined : typeof ref === 'object' ? ref.id : ref

/**
 * The event's `procedures` is what a procedure joins on ("belongs to these life events") and
 * what search facets on; the steps are what editors write. Derive the first from the second,
 * in step order, so the two never disagree.
 */
export const proceduresFromSteps: CollectionBeforeChangeHook = function proceduresFromSteps({ data }) {
  const steps = data.steps as Step[] | undefined
  if (!Array.isArray(steps)) return data
  const ids: number[] = []
  for (const step of steps) {
    for (const ref of step.procedures ?? []) {
      const id = idOf(ref)
      if (id !== undefined && !ids.includes(id)) ids.push(id)
    }
  }
  return { ...data, procedures: ids }
}
