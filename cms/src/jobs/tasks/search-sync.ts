/**
 * Keep Meilisearch in step with one written record. A procedure or FAQ is re-read and its
 * documents replaced (or removed when it has no published version); a sector, agency or
 * life event re-indexes the procedures and FAQs that show its name.
 */
import { syncDependents, syncRecords } from '../../search/sync.ts'
import type { Task } from '../types.ts'

export const searchSyncTask: Task<'search-sync'> = async function searchSync(input, { payload }) {
  if (input.collection === 'procedures' || input.collection === 'faqs') {
    await syncRecords(payload, input.collection, [input.id])
    return
  }
  if (input.collection === 'sectors' || input.collection === 'agencies' || input.collection === 'life-events') {
    await syncDependents(payload, input.collection, input.id, input.related ?? [])
  }
}
