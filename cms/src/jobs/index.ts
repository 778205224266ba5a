/** The durable queue, for scripts and tests: `@dvc/cms/jobs`. */

export { queueSideEffects } from '../publish/queue-on-write.ts'
export { enqueue, enqueueMany, type JobSpec } from './queue.ts'
export { reapDeadWorkers } from './reaper.ts'
export { PUBLISHED_COLLECTIONS, type PublishedCollection, type RecordRef } from './types.ts'
export {
  DEFAULT_CONCURRENCY,
  migrateQueue,
  startWorker,
  type Worker,
  type WorkerEvents,
  type WorkerOptions,
} from './worker.ts'
