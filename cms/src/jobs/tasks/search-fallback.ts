/**
 * Rebuild the static search fallback (Pagefind) after publishes: queued by the publish task
 * with a delay under one job key, so a burst of publishes is indexed once, within a minute.
 * Its own queue: one index at a time, never holding publishes back (they share the target's
 * lock only while the index is put, publish-lock.ts).
 */
import { publishConfig } from '../../publish/config.ts'
import { withPublishLock } from '../../publish/publish-lock.ts'
import { publishSearchFallback } from '../../publish/publish-pages.ts'
import type { Task } from '../types.ts'

export const searchFallbackTask: Task<'search-fallback'> = async function searchFallback(_input, { payload, signal }) {
  const config = publishConfig()
  if (!config) return
  const published = await publishSearchFallback({ ...config, ...(signal ? { signal } : {}) }, (work) =>
    withPublishLock(payload, work),
  )
  payload.logger.info(
    { written: published.written.length, ms: published.ms, phases: published.phases },
    'search fallback published',
  )
}
