/**
 * The one writer of a dossier's state (STYLE 6): checks the step against the declared
 * machine (state-machine.ts), sets what the step sets (reception starts the clock, a
 * supplement request stops it, the supplement restarts it with the days it stood still
 * added, a resolution keeps its result), appends the step to the dossier's history and
 * queues the citizen's notifications, all on the caller's transaction (`req`). The dossier's
 * row is locked first, so two officers pressing buttons at once take turns.
 */
import { sql } from '@payloadcms/db-postgres'
import type { PayloadRequest } from 'payload'

import { PortalError } from '../errors.ts'
import type { Language } from '../i18n/t.ts'
import { enqueueMany, executorOf } from '../jobs/queue.ts'
import type { Dossier } from '../payload-types.ts'
import { loadCalendar } from './calendar.ts'
import { type DossierState, STATE_LABELS } from './contract.ts'
import { type Actor, findTransition } from './state-machine.ts'
import { timingOf } from './timing.ts'
import { addWorkingDays, dayOf, workingDaysBetween } from './working-days.ts'

export type Step = {
  dossierId: number
  to: DossierState
  by: Actor
  officer?: { id: number; name: string }
  note?: string
  /** A resolution's result files (dossier-files ids). */
  resultFiles?: number[]
  /** A supplement's documents, already attached rows for the `documents` array. */
  supplement?: NonNullable<Dossier['documents']>
  language: Language
  now?: Date
}

export async function applyStep(req: PayloadRequest, step: Step): Promise<Dossier> {
  const { payload } = req
  const now = step.now ?? new Date()
  const db = await executorOf(payload, req)
  // The row is locked first, then read once: its state is the one this step starts from.
  const locked = (await db.execute(sql`select id from dossiers where id = ${step.dossierId} for update`)) as {
    rows: unknown[]
  }
  if (locked.rows.length === 0) throw new PortalError('dossier.not_found', { language: step.language })
  const dossier = (await payload.findByID({
    collection: 'dossiers',
    id: step.dossierId,
    depth: 0,
    overrideAccess: true,
    req,
    context: { skipReadLog: true },
  })) as Dossier
  const from = dossier.state
  const transition = findTransition(from, step.to, step.by)
  if (!transition) {
    throw new PortalError('dossier.transition_refused', {
      language: step.language,
      values: { from: STATE_LABELS[from][step.language], to: STATE_LABELS[step.to][step.language] },
      details: { from, to: step.to },
    })
  }
  const note = step.note?.trim() || undefined
  if (transition.noteRequired && !note) throw new PortalError('dossier.note_required', { language: step.language })
  if (transition.resultRequired && !step.resultFiles?.length)
    throw new PortalError('dossier.result_required', { language: step.language })

  const calendar = await loadCalendar(payload, req)
  const today = dayOf(now)
  const data: Partial<Dossier> = { state: step.to }
  if (step.to === 'received') {
    data.receivedAt = now.toISOString()
    // A record without a time in working days gives no due date (form.ts processingDays): none is invented.
    if (dossier.processingDays) data.dueDate = addWorkingDays(today, dossier.processingDays, calendar)
  }
  if (step.to === 'supplement_requested') {
    data.pausedOn = today
    data.supplementNote = note
  }
  if (from === 'supplement_requested' && step.to === 'processing') {
    // Decree 118/2025 (one-stop shop): the time waiting for the citizen's supplement does not count.
    const stood = dossier.pausedOn ? workingDaysBetween(dossier.pausedOn, today, calendar) : 0
    if (dossier.dueDate) data.dueDate = addWorkingDays(dossier.dueDate, stood, calendar)
    data.pausedOn = null
    data.documents = [...(dossier.documents ?? []), ...(step.supplement ?? [])]
  }
  if (step.to === 'resolved') {
    data.resolvedAt = now.toISOString()
    data.resultFiles = step.resultFiles
    data.resultNote = note
  }
  if (step.to === 'refused') data.resultNote = note
  data.timing = timingOf(
    {
      state: step.to,
      dueDate: data.dueDate ?? dossier.dueDate,
      resolvedAt: data.resolvedAt
        ? new Date(data.resolvedAt)
        : dossier.resolvedAt
          ? new Date(dossier.resolvedAt)
          : null,
    },
    now,
    calendar,
  )
  const updated = (await payload.update({
    collection: 'dossiers',
    id: step.dossierId,
    data,
    depth: 0,
    overrideAccess: true,
    req,
    context: { skipReadLog: true },
  })) as Dossier
  await recordEvent(req, {
    dossier: updated,
    from,
    to: step.to,
    by: step.by,
    officer: step.officer,
    note,
  })
  return updated
}

/** Appends the step and queues its notifications (mail and SMS, each its own job). */
export async function recordEvent(
  req: PayloadRequest,
  event: {
    dossier: Dossier
    from: DossierState | null
    to: DossierState
    by: Actor
    officer?: { id: number; name: string }
    note?: string
  },
): Promise<void> {
  const agency = typeof event.dossier.agency === 'object' ? event.dossier.agency.id : event.dossier.agency
  const row = await req.payload.create({
    collection: 'dossier-events',
    data: {
      dossier: event.dossier.id,
      agency,
      from: event.from,
      to: event.to,
      by: event.by,
      officer: event.officer?.id,
      officerName: event.officer?.name,
      note: event.note,
    },
    depth: 0,
    overrideAccess: true,
    req,
  })
  await enqueueMany(req.payload, req, [
    {
      task: 'dossier-notify',
      input: { event: row.id, channel: 'email' },
      options: { jobKey: `dossier-notify:${row.id}:email` },
    },
    {
      task: 'dossier-notify',
      input: { event: row.id, channel: 'sms' },
      options: { jobKey: `dossier-notify:${row.id}:sms` },
    },
  ])
}
