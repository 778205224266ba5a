/**
 * Where a dossier stands against its deadline (contract `Timing`): the officer's queue and
 * the citizen's pages show it; the statistics of the roadmap count it (on time / late).
 * "Due soon": the due date is today or the next working day.
 */
import type { DossierState, Timing } from './contract.ts'
import { addWorkingDays, type Calendar, type Day, dayOf } from './working-days.ts'

export type TimingInput = {
  state: DossierState
  /** The due day, once received. */
  dueDate?: Day | null
  /** The day the result was given (resolved), if it was. */
  resolvedAt?: Date | null
}

export function timingOf(dossier: TimingInput, now: Date, calendar: Calendar): Timing {
  const { state, dueDate } = dossier
  if (!dueDate) return 'not_started'
  if (state === 'supplement_requested') return 'paused'
  if (dossier.resolvedAt) return dayOf(dossier.resolvedAt) <= dueDate ? 'done_on_time' : 'done_late'
  if (state === 'refused' || state === 'withdrawn') return 'not_started'
  const today = dayOf(now)
  if (today > dueDate) return 'overdue'
  return addWorkingDays(today, 1, calendar) >= dueDate ? 'due_soon' : 'on_time'
}
