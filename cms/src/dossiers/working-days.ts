/**
 * Deadlines in working days (ARCHITECTURE, domain notes): no Saturdays or Sundays, no public
 * holidays of the calendar editors keep in the CMS (`holidays`: Tết moves every year; days
 * in lieu and swapped days are announced yearly), and a Saturday the calendar declares a
 * working day counts. Days are Vietnam's calendar days (UTC+7 all year, no daylight saving).
 *
 * A deadline of N working days runs from the day after reception: the due date is the N-th
 * working day after it (Decree 118/2025/NĐ-CP: "kể từ ngày nhận đủ hồ sơ"); a dossier received
 * on a day off counts from the next working day.
 */

/** A day as `YYYY-MM-DD` in Vietnam. */
export type Day = string

export type Calendar = {
  /** Days off besides weekends: holidays, days in lieu. */
  readonly holidays: ReadonlySet<Day>
  /** Weekend days declared working days (a swap announced for the year). */
  readonly workdays: ReadonlySet<Day>
}

export const EMPTY_CALENDAR: Calendar = Object.freeze({ holidays: new Set<Day>(), workdays: new Set<Day>() })

const VIETNAM_OFFSET_MS = 7 * 3600 * 1000
const DAY_MS = 24 * 3600 * 1000

/** The day in Vietnam at an instant. */
export function dayOf(instant: Date): Day {
  return new Date(instant.getTime() + VIETNAM_OFFSET_MS).toISOString().slice(0, 10)
}

function shift(day: Day, days: number): Day {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10)
}

export function isWorkingDay(day: Day, calendar: Calendar): boolean {
  if (calendar.workdays.has(day)) return true
  const weekday = new Date(`${day}T00:00:00Z`).getUTCDay()
  return weekday !== 0 && weekday !== 6 && !calendar.holidays.has(day)
}

/** The first working day on or after `day`. */
export function nextWorkingDay(day: Day, calendar: Calendar): Day {
  let cursor = day
  // A calendar is never a year of holidays; the bound keeps a bad one from looping forever.
  for (let i = 0; i < 366 && !isWorkingDay(cursor, calendar); i++) cursor = shift(cursor, 1)
  return cursor
}

/** The N-th working day after `start` (a day off as `start` counts as the next working day). */
export function addWorkingDays(start: Day, days: number, calendar: Calendar): Day {
  let cursor = nextWorkingDay(start, calendar)
  for (let counted = 0; counted < days; counted++) cursor = nextWorkingDay(shift(cursor, 1), calendar)
  return cursor
}

/** Working days in (from, to]: how long a clock stood still between two days. */
export function workingDaysBetween(from: Day, to: Day, calendar: Calendar): number {
  let count = 0
  for (let cursor = shift(from, 1); cursor <= to; cursor = shift(cursor, 1)) {
    if (isWorkingDay(cursor, calendar)) count++
  }
  return count
}
