/**
 * The queue's vocabulary: which collections have side effects, what a task is given and
 * what it is. Apart from the tasks themselves, so the publishing code, the queue and the
 * tasks can all name them without importing one another.
 */
import type { Payload } from 'payload'

import type { PublishedCollection } from '../vocabulary.ts'

export { PUBLISHED_COLLECTIONS, type PublishedCollection } from '../vocabulary.ts'

export type RecordRef = { collection: PublishedCollection; id: number | string }

type Inputs = {
  'search-sync': RecordRef & { related?: (number | string)[] }
  /** An array: graphile-worker appends the records of every save queued under the same key. */
  publish: RecordRef[]
  /** Rebuild the static search fallback (Pagefind) from the published pages. */
  'search-fallback': Record<string, never>
  /** Tell the citizen of one step of their dossier (a dossier-events row), by one channel. */
  'dossier-notify': { event: number; channel: 'email' | 'sms' }
  /** Each open dossier's timing brought up to the clock; abandoned uploads swept. */
  'dossier-hourly': Record<string, unknown>
}
export type TaskName = keyof Inputs
export type TaskInput<T extends TaskName> = Inputs[T]

export type TaskContext = { payload: Payload; jobId: string; attempt: number; signal?: AbortSignal }
export type Task<T extends TaskName> = (input: TaskInput<T>, context: TaskContext) => Promise<void>
