/**
 * Publish the static site after writes: the records of every save gathered under the job
 * key `publish` arrive together (graphile-worker appends them), and one render covers them
 * all. Jobs of the `publish` queue run one at a time, so an older render never lands after
 * a newer one.
 */
import { publishConfig } from '../../publish/config.ts'
import { markPublications } from '../../publish/mark-publications.ts'
import { publishSite } from '../../publish/publish-site.ts'
import type { Task } from '../types.ts'

export const publishTask: Task<'publish'> = async function publish(records, { payload, signal }) {
  const config = publishConfig()
  if (!config) {
    payload.logger.warn({ records: records.length }, 'publish: no PUBLISH_DIR or PUBLISH_S3_BUCKET, nothing published')
    return
  }
  await markPublications(payload, records, { state: 'publishing' })
  try {
    const published = await publishSite({ ...config, ...(signal ? { signal } : {}) })
    payload.logger.info(
      {
        target: config.target.name,
        records: records.length,
        written: published.written.length,
        removed: published.removed.length,
        ms: published.ms,
      },
      'site published',
    )
    await markPublications(payload, records, { state: 'done' })
  } catch (error) {
    await markPublications(payload, records, { state: 'failed', reason: (error as Error).message })
    throw error
  }
}
