/**
 * Every hour (the worker's crontab): each open dossier's timing is brought up to the clock,
 * so the officers' queue filters "due soon" and "overdue" truly; and abandoned uploads and
 * stray stored files are swept (dossiers/files/sweep.ts). Run twice, it finds nothing to do.
 */
import { loadCalendar } from '../../dossiers/calendar.ts'
import { sweepDossierFiles } from '../../dossiers/files/sweep.ts'
import { timingOf } from '../../dossiers/timing.ts'
import type { Dossier } from '../../payload-types.ts'
import type { Task } from '../types.ts'

const OPEN = ['received', 'processing', 'supplement_requested'] as const

export const dossierHourlyTask: Task<'dossier-hourly'> = async function dossierHourly(_input, { payload }) {
  const now = new Date()
  const calendar = await loadCalendar(payload)
  const { docs } = await payload.find({
    collection: 'dossiers',
    where: { state: { in: [...OPEN] } },
    pagination: false,
    depth: 0,
    overrideAccess: true,
    select: { state: true, dueDate: true, resolvedAt: true, timing: true },
    context: { skipReadLog: true },
  })
  let changed = 0
  for (const dossier of docs as Pick<Dossier, 'id' | 'state' | 'dueDate' | 'resolvedAt' | 'timing'>[]) {
    const timing = timingOf({ state: dossier.state, dueDate: dossier.dueDate, resolvedAt: null }, now, calendar)
    if (timing === dossier.timing) continue
    await payload.update({
      collection: 'dossiers',
      id: dossier.id,
      data: { timing },
      overrideAccess: true,
      depth: 0,
      context: { skipReadLog: true },
    })
    changed++
  }
  const swept = await sweepDossierFiles(payload, now.getTime())
  payload.logger.info({ timings: changed, ...swept }, 'dossiers: hourly round done')
}

/** graphile-worker's crontab line: at minute 7 of every hour (not on the hour, when others run). */
export const DOSSIER_CRONTAB = '7 * * * * dossier-hourly'
