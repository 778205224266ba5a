/** What every write of the seed and of the fast import path shares: their context and the ids they hand on. */

type Ids = Map<string, number>

/** Ids of the seeded records by their keys (an agency's code, a sector's slug...). */
export type SeedRefs = {
  agencies: Ids
  sectors: Ids
  forms: Ids
  procedures: Ids
}

/** Context for seeding: side-effect hooks (search sync, rebuilds) skip; indexing runs once at the end. */
export const SEEDING = { seeding: true } as const
