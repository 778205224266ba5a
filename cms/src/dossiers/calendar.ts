import type { Payload, PayloadRequest } from 'payload'

import { freshFor } from '../lib/fresh.ts'
import type { Calendar, Day } from './working-days.ts'

/** The calendar changes a few times a year; every replica reads it again this often. */
const calendar = freshFor<Calendar>(5 * 60 * 1000)

/** The holiday calendar editors keep in the CMS (collections/Holidays.ts), cached for five minutes. */
export function loadCalendar(payload: Payload, req?: PayloadRequest, now = Date.now()): Promise<Calendar> {
  return calendar.get(async () => {
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
  }, now)
}

/** After an edit of the calendar: the next deadline reads it again. */
export function forgetCalendar(): void {
  calendar.forget()
}
