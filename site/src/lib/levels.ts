import type { Level, Procedure } from './types.ts'

/** A record's implementing levels (the national database's multi-valued shape), never null. */
export function levelsOf(procedure: Pick<Procedure, 'levels'>): Level[] {
  return procedure.levels ?? []
}
