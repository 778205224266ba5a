/**
 * The query string of a REST request, checked before Payload parses it (issue 9 part 6):
 * Payload turns `page=-5` into a negative OFFSET, `depth=1000000` into minutes of work,
 * a NUL byte into a PostgreSQL encoding error, and `where={bad` into a JSON crash, all 500s.
 * Only the parameters Payload reads are checked; others pass untouched.
 */
import { z } from 'zod'

import { LIMITS } from './limits.ts'
import { invalidParameter, type Problem } from './problem.ts'

const whole = (min: number, max: number) =>
  z
    .string()
    .regex(/^\d{1,10}$/)
    .transform(Number)
    .pipe(z.number().int().min(min).max(max))

const bool = z.enum(['true', 'false', '1', '0'])
const SORT_ITEM = /^-?[A-Za-z0-9_]+(?:\.[A-Za-z0-9_]+)*$/
/** Geometry operators: no collection has a point field, and Payload throws on them elsewhere. */
const GEO_OPERATORS = new Set(['near', 'within', 'intersects'])
const JSON_PARAMETERS = new Set(['where', 'data'])

function checkNumbersAndFlags(search: URLSearchParams, locales: readonly string[]): Problem | null {
  const locale = z.enum(['all', ...locales] as [string, ...string[]])
  const fallback = z.enum(['none', 'null', 'false', ...locales] as [string, ...string[]])
  const rules: [string, z.ZodType, Parameters<typeof invalidParameter>[1], Record<string, string | number>][] = [
    ['depth', whole(0, LIMITS.maxDepth), 'query.depth', { max: LIMITS.maxDepth }],
    ['limit', whole(0, LIMITS.maxLimit), 'query.limit', { max: LIMITS.maxLimit }],
    ['page', whole(1, LIMITS.maxPage), 'query.page', { max: LIMITS.maxPage }],
    ['locale', locale, 'query.locale', { locales: ['all', ...locales].join(', ') }],
    ['fallback-locale', fallback, 'query.locale', { locales: ['none', ...locales].join(', ') }],
    ['fallbackLocale', fallback, 'query.locale', { locales: ['none', ...locales].join(', ') }],
    ...['draft', 'trash', 'pagination', 'autosave', 'overrideLock', 'flattenLocales'].map(
      (flag) => [flag, bool, 'query.flag', {}] as [string, z.ZodType, 'query.flag', Record<string, never>],
    ),
  ]
  for (const [name, schema, key, values] of rules) {
    // Given twice (`limit=100&limit=1`) or as a nested key (`limit[a]=1`), qs hands Payload an
    // array or an object where it expects one value, and Payload answers 500.
    if (search.getAll(name).length > 1 || [...search.keys()].some((other) => other.startsWith(`${name}[`)))
      return invalidParameter(name, 'query.repeated')
    for (const value of search.getAll(name)) {
      // An empty value is no value, as Payload reads it.
      if (value !== '' && !schema.safeParse(value).success) return invalidParameter(name, key, values)
    }
  }
  return null
}

/** The `[a][b]` segments of a qs-style key: `where[or][0][code][equals]` -> or, 0, code, equals. */
function segments(key: string): string[] {
  return [...key.matchAll(/\[([^\]]*)\]/g)].map((match) => match[1] ?? '')
}

function checkShapes(search: URLSearchParams): Problem | null {
  for (const [key, value] of search) {
    const root = key.split('[')[0] ?? key
    if (key.includes('\0') || value.includes('\0')) return invalidParameter(root, 'query.nul')
    if (key.length > LIMITS.maxValueChars || value.length > LIMITS.maxValueChars)
      return invalidParameter(root, 'query.too_long', { max: LIMITS.maxValueChars })
    if (root === 'where' && segments(key).some((part) => GEO_OPERATORS.has(part)))
      return invalidParameter(root, 'query.operator')
    if (root === 'sort') {
      const items = value.split(',').map((item) => item.trim())
      if (!/^sort(?:\[\d*\])?$/.test(key) || items.some((item) => item !== '' && !SORT_ITEM.test(item)))
        return invalidParameter(root, 'query.sort')
    }
    if (JSON_PARAMETERS.has(key) && value !== '') {
      // Payload JSON.parses these when they come whole rather than as `where[...]` keys.
      try {
        JSON.parse(value)
      } catch {
        return invalidParameter(root, 'query.json')
      }
    }
  }
  return null
}

/** The first problem with a REST query string, or null when Payload may have it. */
export function checkQuery(search: URLSearchParams, locales: readonly string[]): Problem | null {
  return checkShapes(search) ?? checkNumbersAndFlags(search, locales)
}
