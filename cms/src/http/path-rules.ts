/**
 * The path of a REST request under /api: a record id must be a PostgreSQL integer.
 * Payload sends `/api/procedures/abc` or `/api/procedures/1.5` straight to the database,
 * which answers "invalid input syntax for type integer", a 500 (issue 9 part 6).
 */
import type { SanitizedConfig } from 'payload'

import { LIMITS } from './limits.ts'
import type { Problem } from './problem.ts'

const ID = /^[1-9]\d{0,9}$/
/** Collection routes whose next segment is a record id (`/versions/:id`, `/access/:id?`). */
const ID_AFTER = new Set(['versions', 'access'])

function idProblem(id: string): Problem | null {
  if (ID.test(id) && Number(id) <= LIMITS.maxId) return null
  return { status: 400, code: 'id.invalid', key: 'id.invalid', details: { id: id.slice(0, 50) } }
}

/**
 * The literal first segments of a collection's endpoints (count, versions, login, file...),
 * and whether one takes something else than an id there (`payload-preferences/:key`).
 */
function routeWords(collection: SanitizedConfig['collections'][number]): { words: Set<string>; notId: boolean } {
  const words = new Set<string>()
  let notId = false
  for (const endpoint of collection.endpoints || []) {
    const first = endpoint.path.split('/')[1]
    if (first?.startsWith(':')) notId ||= first.replace(/\?$/, '') !== ':id'
    else if (first) words.add(first)
  }
  return { words, notId }
}

/** The first problem with the path segments after /api, or null. */
export function checkPath(config: SanitizedConfig, slug: readonly string[]): Problem | null {
  if (slug.some((part) => part.includes('\0')))
    return { status: 400, code: 'path.invalid', key: 'path.invalid', details: {} }
  const [collection, second, third] = slug
  if (!collection || second === undefined) return null
  const entry = config.collections.find((candidate) => candidate.slug === collection)
  if (!entry) return null
  // Restoring a version of a collection without versions crashes Payload (reads `undefined.id`).
  if (second === 'versions' && !entry.versions) return { status: 404, code: 'not_found', key: 'route.not_found' }
  const { words, notId } = routeWords(entry)
  if (!words.has(second)) return notId ? null : idProblem(second)
  if (ID_AFTER.has(second) && third !== undefined) return idProblem(third)
  return null
}
