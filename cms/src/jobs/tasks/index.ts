/**
 * The tasks of the durable queue, by name. A task reads the record's state when it runs
 * (not what the write saw), so running one twice, or late, converges on the same result:
 * a retry never duplicates work.
 */
import type { Payload } from 'payload'

import { publishTask } from './publish.ts'
import { searchSyncTask } from './search-sync.ts'

/** The collections whose writes have side effects (search documents, static pages). */
export const PUBLISHED_COLLECTIONS = [
  'procedures',
  'faqs',
  'life-events',
  'forms',
  'videos',
  'agencies',
  'sectors',
] as const
export type PublishedCollection = (typeof PUBLISHED_COLLECTIONS)[number]

export type RecordRef = { collection: PublishedCollection; id: number | string }

type Inputs = {
  'search-sync': RecordRef & { related?: (number | string)[] }
  /** An array: graphile-worker appends the records of every save queued under the same key. */
  publish: RecordRef[]
}
export type TaskName = keyof Inputs
export type TaskInput<T extends TaskName> = Inputs[T]

export type TaskContext = { payload: Payload; jobId: string; attempt: number; signal?: AbortSignal }
export type Task<T extends TaskName> = (input: TaskInput<T>, context: TaskContext) => Promise<void>

export const TASKS: { [T in TaskName]: Task<T> } = {
  'search-sync': searchSyncTask,
  publish: publishTask,
}
