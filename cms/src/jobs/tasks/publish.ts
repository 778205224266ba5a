/**
 * Publish the pages a write touches: the records of every save gathered under the job key
 * `publish` arrive together (graphile-worker appends them), and one render covers them all.
 * Jobs of the `publish` queue run one at a time, so an older render never lands after a
 * newer one; the search fallback follows within a minute (search-fallback.ts, its own queue).
 */
import { publishConfig } from '../../publish/config.ts'
import { markPublications } from '../../publish/mark-publications.ts'
import { withPublishLock } from '../../publish/publish-lock.ts'
import { publishPages } from '../../publish/publish-pages.ts'
import { enqueue } from '../queue.ts'
import type { Task } from '../types.ts'

/** The fallback index is rebuilt at most this long after the first publish it has not seen. */
export const FALLBACK_DELAY_MS = 30_000

export const publishTask: Task<'publish'> = async function publish(records, { payload, signal }) {
  const config = publishConfig()
  if (!config) {
    payload.logger.warn({ records: records.length }, 'publish: no PUBLISH_DIR or PUBLISH_S3_BUCKET, nothing published')
    return
  }
  await markPublications(payload, records, { state: 'publishing' })
  try {
    const refs = records.map((ref) => ({ collection: ref.collection, id: Number(ref.id) }))
    const published = await withPublishLock(payload, () =>
      publishPages({ ...config, refs, ...(signal ? { signal } : {}) }),
    )
    payload.logger.info(
      {
        target: config.target.name,
        records: records.length,
        written: published.written.length,
        removed: published.removed.length,
        ms: published.ms,
        ...(published.phases ? { phases: published.phases } : {}),
      },
      'pages published',
    )
    await markPublications(payload, records, {
      state: 'done',
      pathOf: (ref) => published.renderer.site.publicPath(ref),
    })
    await enqueue(
      payload,
      undefined,
      'search-fallback',
      {},
      {
        jobKey: 'search-fallback',
        queue: 'search-fallback',
        delayMs: FALLBACK_DELAY_MS,
        priority: 1,
      },
    )
  } catch (error) {
    await markPublications(payload, records, { state: 'failed', reason: (error as Error).message })
    throw error
  }
}
