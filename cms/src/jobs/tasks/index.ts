/**
 * The tasks of the durable queue, by name. A task reads the record's state when it runs
 * (not what the write saw), so running one twice, or late, converges on the same result:
 * a retry never duplicates work.
 */
import type { Task, TaskName } from '../types.ts'
import { dossierHourlyTask } from './dossier-hourly.ts'
import { dossierNotifyTask } from './dossier-notify.ts'
import { publishTask } from './publish.ts'
import { searchFallbackTask } from './search-fallback.ts'
import { searchSyncTask } from './search-sync.ts'

export const TASKS: { [T in TaskName]: Task<T> } = {
  'search-sync': searchSyncTask,
  publish: publishTask,
  'search-fallback': searchFallbackTask,
  'dossier-notify': dossierNotifyTask,
  'dossier-hourly': dossierHourlyTask,
}
