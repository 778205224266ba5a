import type { Payload, PayloadRequest } from 'payload'

import type { Calendar, Day } from './working-days.ts'

/** The calendar changes a few times a year; every replica reads it again this often. */
const FRESH_MS = 5 * 60 * 1000

let cached: { at: number; calendar: Promise<Calendar> } | undefined

/** The holiday calendar editors keep in the CMS (collections/Holidays.ts), cached for five minutes. */
export function loadCalendar(payload: Payload, req?: PayloadRequest, now = Date.now()): Promise<Calendar> {
  if (cached && now - cached.at < FRESH_MS) return cached.calendar
  const calendar = (async () => {
    const { docs } = await payload.find({
      collection: 'holidays',
      pagination: false,
      depth: 0,
      select: { date: true, kind: true },
      overrideAccess: true,
      // On the caller's transaction when there is one: no second connection while it holds one.
      ...(req ? { req } : {}),
    })
    const holidays = new Set<Day>()
    const workdays = new Set<Day>()
    for (const doc of docs) (doc.kind === 'workday' ? workdays : holidays).add(doc.date)
    return { holidays, workdays }
  })()
  cached = { at: now, calendar }
  calendar.catch(() => {
    if (cached?.calendar === calendar) cached = undefined
  })
  return calendar
}

/** After an edit of the calendar: the next deadline reads it again. */
export function forgetCalendar(): void {
  cached = undefined
}
