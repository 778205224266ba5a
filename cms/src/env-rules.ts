/**
 * The rules for variables that more than one process reads (the portal server, the site
 * build, the scripts that start them), each with what is wrong and how to fix it, so a bad
 * value reads the same wherever it is caught. Browser-free; imported elsewhere as
 * `@dvc/cms/env-rules`. Each process still has its own schema, built from these rules.
 */
import { z } from 'zod'

export type Rule<T extends z.ZodType = z.ZodType> = {
  readonly schema: T
  readonly problem: string
  readonly hint: string
}

const rule = <T extends z.ZodType>(schema: T, problem: string, hint: string): Rule<T> =>
  Object.freeze({ schema, problem, hint })

export const port = z
  .string()
  .regex(/^\d{1,5}$/)
  .transform(Number)
  .pipe(z.number().int().min(1).max(65535))

export const RULES = Object.freeze({
  DATABASE_URL: rule(
    z.url({ protocol: /^postgres(ql)?$/ }),
    'is not a PostgreSQL URL',
    'set it like postgres://user:password@localhost:5432/dichvucong',
  ),
  PAYLOAD_SECRET: rule(
    z.string().min(32),
    'is too short',
    'use at least 32 random characters, e.g. `openssl rand -hex 32`',
  ),
  MEILI_URL: rule(z.url({ protocol: /^https?$/ }), 'is not a URL', 'set it like http://localhost:7700'),
  MEILI_MASTER_KEY: rule(
    z.string().min(16),
    'is too short',
    'set it to the master key of the Meilisearch at MEILI_URL (16+ characters, e.g. `openssl rand -base64 32`)',
  ),
  SEARCH_INDEX_PREFIX: rule(
    z.string().regex(/^[A-Za-z0-9_-]*$/),
    'may hold only letters, digits, "-" and "_"',
    'set it like staging_',
  ),
  SERVER_URL: rule(z.url({ protocol: /^https?$/ }), 'is not a URL', 'set it like https://dichvucong.example.gov.vn'),
  SITE_URL: rule(z.url({ protocol: /^https?$/ }), 'is not a URL', 'set it like https://dichvucong.example.gov.vn'),
  PORT: rule(port, 'is not a port number', 'set it like 3000'),
})

export type RuleName = keyof typeof RULES

/** One line per problem, e.g. "PAYLOAD_SECRET is not set: use at least 32 random characters, …". */
export function describeIssues(
  error: z.ZodError,
  source: Record<string, string | undefined>,
  rules: Record<string, Rule> = RULES,
): string[] {
  const lines = new Set<string>()
  for (const issue of error.issues) {
    const name = String(issue.path[0] ?? '')
    const found = rules[name]
    const missing = !source[name]?.trim()
    // A custom issue (a cross-variable check) carries its own full sentence.
    const problem = issue.code === 'custom' ? issue.message : missing ? 'is not set' : (found?.problem ?? issue.message)
    lines.add(`${name} ${problem}${found ? `: ${found.hint}` : ''}`)
  }
  return [...lines]
}

/** A variable's schema that treats `FOO=` (empty, as in a .env file) as "not set". */
export function fromEnv<T extends z.ZodType>(schema: T) {
  return z.preprocess((value) => (typeof value === 'string' && value.trim() === '' ? undefined : value), schema)
}
