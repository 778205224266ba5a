/**
 * The query string of GET /api/portal/search, checked before it reaches Meilisearch:
 * a bad value is the caller's mistake (400 with the parameter named), never a 500.
 */
import { FILTER_VALUE, HITS_PER_PAGE, MAX_FILTER_CHARS, MAX_PAGE, MAX_QUERY_CHARS } from '@dvc/search/contract'
import { z } from 'zod'
import type { ErrorCode } from '../../errors.ts'
import { LEVELS, LOCALES, SERVICE_LEVELS } from '../../vocabulary.ts'

export { HITS_PER_PAGE, MAX_PAGE, MAX_QUERY_CHARS }

const slug = z.string().max(MAX_FILTER_CHARS).regex(FILTER_VALUE)

/** The query parameters, as checked; the OpenAPI document (portal/openapi.ts) is built from it. */
export const searchQuerySchema = z.object({
  q: z.string().max(MAX_QUERY_CHARS).default('').meta({ description: 'Words to find; empty lists every procedure.' }),
  locale: z.enum(LOCALES).default('vi').meta({ description: 'Language of the answer and of the records searched.' }),
  sector: slug.optional().meta({ description: "A sector's slug (facet `sector`)." }),
  agency: slug.optional().meta({ description: "An agency's slug; the units below it match too (facet `agency`)." }),
  lifeEvent: slug.optional().meta({ description: "A life event's slug (facet `lifeEvents`)." }),
  level: z.enum(LEVELS).optional().meta({ description: 'Implementing level.' }),
  serviceLevel: z.enum(SERVICE_LEVELS).optional().meta({ description: 'Online service level.' }),
  page: z
    .string()
    .regex(/^\d{1,3}$/)
    .transform(Number)
    .pipe(z.number().int().min(1).max(MAX_PAGE))
    .default(1)
    .meta({ description: `Page of ${HITS_PER_PAGE} hits, 1 to ${MAX_PAGE}.` }),
})

export type SearchParamsInput = z.output<typeof searchQuerySchema>
export const PARAMETERS = Object.keys(searchQuerySchema.shape) as (keyof SearchParamsInput)[]

export type ParamProblem = { parameter: string; code: ErrorCode; values: Record<string, string | number> }

function problemFor(parameter: string): ParamProblem {
  if (parameter === 'q') return { parameter, code: 'search.query_too_long', values: { max: MAX_QUERY_CHARS } }
  if (parameter === 'locale') return { parameter, code: 'search.locale_unknown', values: {} }
  if (parameter === 'page') return { parameter, code: 'search.page_invalid', values: { max: MAX_PAGE } }
  return { parameter, code: 'search.filter_invalid', values: { param: parameter } }
}

/**
 * The known parameters of `search` (first value of each; an empty value counts as absent;
 * unknown parameters are ignored), or the problems with them in parameter order.
 */
export function parseSearchParams(
  search: URLSearchParams,
): { ok: true; params: SearchParamsInput } | { ok: false; problems: ParamProblem[] } {
  const raw: Record<string, string> = {}
  for (const name of PARAMETERS) {
    const value = search.get(name)
    if (value !== null && value !== '') raw[name] = value
  }
  const parsed = searchQuerySchema.safeParse(raw)
  if (parsed.success) return { ok: true, params: parsed.data }
  const parameters = [...new Set(parsed.error.issues.map((issue) => String(issue.path[0])))]
  parameters.sort((a, b) => PARAMETERS.indexOf(a as never) - PARAMETERS.indexOf(b as never))
  return { ok: false, problems: parameters.map(problemFor) }
}
