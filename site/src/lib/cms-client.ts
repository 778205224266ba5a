import { CmsReadError } from './errors.ts'

/** Records per request and requests in flight: large enough for 10,000 records in seconds, gentle on the server. */
export const READ_DEFAULTS = Object.freeze({ pageSize: 500, concurrency: 3, timeoutMs: 60_000 })

type Page<T> = { docs: T[]; totalPages: number; page: number }

export type ReadOptions = {
  /** Fields to return (Payload `select`); joins are never computed. */
  select?: readonly string[]
  /** More query parameters, e.g. `where[id][in]` to read a few records. */
  params?: Record<string, string>
  pageSize?: number
  concurrency?: number
  fetch?: typeof fetch
}

function listUrl(base: string, collection: string, page: number, options: ReadOptions): string {
  const params = new URLSearchParams({
    depth: '0',
    locale: 'all',
    limit: String(options.pageSize ?? READ_DEFAULTS.pageSize),
    page: String(page),
    // A stable order so that pages neither skip nor repeat records.
    sort: 'id',
  })
  for (const field of options.select ?? []) params.set(`select[${field}]`, 'true')
  for (const [name, value] of Object.entries(options.params ?? {})) params.set(name, value)
  return `${base}/api/${collection}?${params}`
}

export async function getJson<T>(url: string, fetcher: typeof fetch): Promise<T> {
  let response: Response
  try {
    response = await fetcher(url, {
      headers: { accept: 'application/json' },
      signal: AbortSignal.timeout(READ_DEFAULTS.timeoutMs),
    })
  } catch (cause) {
    throw new CmsReadError(url, `could not connect (${(cause as Error).message}); is the portal server up?`, {
      cause,
    })
  }
  if (!response.ok) {
    const body = await response.text().catch(() => '')
    throw new CmsReadError(url, `answered ${response.status}: ${body.slice(0, 200)}`, { status: response.status })
  }
  try {
    return (await response.json()) as T
  } catch (cause) {
    throw new CmsReadError(url, 'answered with a body that is not JSON', { cause })
  }
}

/**
 * Every public (published) record of a collection, in every locale, relationships as ids.
 * The first page says how many follow; the rest are read a few at a time.
 */
export async function readAll<T>(base: string, collection: string, options: ReadOptions = {}): Promise<T[]> {
  const fetcher = options.fetch ?? fetch
  const first = await getJson<Page<T>>(listUrl(base, collection, 1, options), fetcher)
  const pages: T[][] = [first.docs]
  const rest = Array.from({ length: Math.max(0, first.totalPages - 1) }, (_, index) => index + 2)
  const concurrency = options.concurrency ?? READ_DEFAULTS.concurrency
  for (let start = 0; start < rest.length; start += concurrency) {
    const batch = rest.slice(start, start + concurrency)
    const results = await Promise.all(
      batch.map((page) => getJson<Page<T>>(listUrl(base, collection, page, options), fetcher)),
    )
    for (const result of results) pages.push(result.docs)
  }
  return pages.flat()
}
