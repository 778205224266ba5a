/**
 * Errors that stop the site build. Each names what broke (the URL read, the record and
 * its field) so the person running the build can fix the content or the server.
 */
export class SiteBuildError extends Error {
  override name = 'SiteBuildError'
}

/** A read from the portal's REST API failed: `url` is the request that broke. */
export class CmsReadError extends SiteBuildError {
  override name = 'CmsReadError'
  readonly url: string
  readonly status: number | undefined

  constructor(url: string, problem: string, options: { status?: number; cause?: unknown } = {}) {
    super(`CMS read failed: GET ${url} ${problem}`, { cause: options.cause })
    this.url = url
    this.status = options.status
  }
}

/** A record points at something the build cannot find, e.g. a procedure's sector. */
export class ContentError extends SiteBuildError {
  override name = 'ContentError'
  readonly record: string

  constructor(record: string, problem: string) {
    super(`${record}: ${problem}`)
    this.record = record
  }
}

/** A setting the build needs is missing or malformed. */
export class SiteConfigError extends SiteBuildError {
  override name = 'SiteConfigError'
}
