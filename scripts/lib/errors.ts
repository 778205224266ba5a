/**
 * Errors of the repository scripts (start, seed, services, ...).
 *
 * Each one is a problem a developer can fix, so the message is one line that
 * ends with the fix, and `hint` holds the fix alone. Callers print
 * `describeError(err)` instead of a stack trace.
 */

export type ScriptErrorOptions = {
  /** What to do about it, e.g. "stop it or set PG_PORT". */
  hint: string
  cause?: unknown
}

export class PortalScriptError extends Error {
  override name = 'PortalScriptError'
  readonly hint: string

  constructor(problem: string, options: ScriptErrorOptions) {
    super(`${problem}: ${options.hint}`, { cause: options.cause })
    this.hint = options.hint
  }
}

/** Configuration (env vars, secrets file) failed validation. */
export class ConfigError extends PortalScriptError {
  override name = 'ConfigError'
  /** The setting at fault, e.g. `MEILI_URL`. */
  readonly path: string

  constructor(path: string, problem: string, options: ScriptErrorOptions) {
    super(`${path} ${problem}`, options)
    this.path = path
  }
}

export type ServiceName = 'postgres' | 'meilisearch'

/** A local or external service (PostgreSQL, Meilisearch) could not be used. */
export class ServiceError extends PortalScriptError {
  override name = 'ServiceError'
  readonly service: ServiceName

  constructor(service: ServiceName, problem: string, options: ScriptErrorOptions) {
    super(problem, options)
    this.service = service
  }
}

/** One line for our own errors; the full stack for anything unexpected (a bug). */
export function describeError(err: unknown): string {
  if (err instanceof PortalScriptError) return err.message
  if (err instanceof Error) return err.stack ?? err.message
  return String(err)
}
