/**
 * Bounds of what a client may ask of the REST and GraphQL APIs, checked at the edge
 * (edge.ts) before Payload sees the request: past them Payload answered 500 or worked
 * for minutes (depth=10 on procedures took 39 s and then failed). Issue 9, part 6.
 */
export const LIMITS = Object.freeze({
  /** The site reads at depth 0, tests and benches at 1; depth 6 already returns 37 MB. */
  maxDepth: 3,
  /** The site's build reads 500 records a page (site/src/lib/cms-client.ts). */
  maxLimit: 1000,
  /** Far past the last page of any collection; keeps OFFSET inside PostgreSQL's bigint. */
  maxPage: 100_000,
  /** Any one query-string value (a where value, a sort, a JSON `where`). */
  maxValueChars: 2000,
  /** A JSON body: a procedure with every field filled is well under 1 MB. */
  maxJsonBytes: 5 * 1024 * 1024,
  /** An upload (multipart): guidance videos are the largest files editors send. */
  maxUploadBytes: 512 * 1024 * 1024,
  /** PostgreSQL `integer` (serial ids): a larger id can only be a mistake. */
  maxId: 2_147_483_647,
})
