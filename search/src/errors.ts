/**
 * Errors of the search package (STYLE 8: one base error, subclasses with an explicit name,
 * data in fields). Meilisearch's own errors (MeilisearchApiError, MeilisearchRequestError)
 * travel as `cause`.
 */
export class SearchError extends Error {
  override name = 'SearchError'
}

/** A Meilisearch task (settings, documents, swap) ended in failure or did not end in time. */
export class IndexTaskError extends SearchError {
  override name = 'IndexTaskError'
  readonly index: string
  readonly taskUid: number | undefined
  readonly code: string | undefined

  constructor(
    index: string,
    what: string,
    detail: { taskUid?: number; code?: string; message?: string; cause?: unknown },
  ) {
    super(`${what} on index "${index}" failed: ${detail.message ?? detail.code ?? 'unknown error'}`, {
      cause: detail.cause,
    })
    this.index = index
    this.taskUid = detail.taskUid
    this.code = detail.code
  }
}
