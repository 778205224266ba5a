/**
 * A value read at most every `ms` (the holiday calendar, the receipt keys): callers within that
 * time share one read, a failed read is not kept, and `forget()` makes the next call read again.
 */
export type Fresh<T> = { get(load: () => Promise<T>, now?: number): Promise<T>; forget(): void }

export function freshFor<T>(ms: number): Fresh<T> {
  let cached: { at: number; value: Promise<T> } | undefined
  return {
    get(load, now = Date.now()) {
      if (cached && now - cached.at < ms) return cached.value
      const value = load()
      const entry = { at: now, value }
      cached = entry
      value.catch(() => {
        if (cached === entry) cached = undefined
      })
      return value
    },
    forget() {
      cached = undefined
    },
  }
}
