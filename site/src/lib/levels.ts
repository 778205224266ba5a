import type { Level, Procedure } from './types.ts'

/**
 * A record's implementing levels, whether it carries the national database's multi-valued
 * `levels` or the older single `level` (both shapes exist while the catalogue moves over).
 */
export function levelsOf(procedure: Pick<Procedure, 'level' | 'levels'>): Level[] {
  if (procedure.levels && procedure.levels.length > 0) return procedure.levels
  return procedure.level ? [procedure.level] : []
}
