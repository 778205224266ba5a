import type { IndexKind } from './settings.ts'

export type IndexNames = Readonly<Record<IndexKind, string>>

/** Index names per the architecture (`procedures`, `faqs`); a prefix keeps test runs and benches apart. */
export function indexNames(prefix = ''): IndexNames {
  if (!/^[A-Za-z0-9_-]*$/.test(prefix)) {
    throw new RangeError(`index prefix "${prefix}" may hold only letters, digits, "-" and "_"`)
  }
  return Object.freeze({ procedures: `${prefix}procedures`, faqs: `${prefix}faqs` })
}
