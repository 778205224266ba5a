/**
 * Dates and sizes in the page's language. Times are shown in Vietnam's time zone with its name
 * ("GMT+7"), the same for a citizen at home or abroad; a due date (`2025-09-12`) is a calendar
 * day and is never shifted by a zone.
 */
const TAGS = { vi: 'vi-VN', en: 'en-GB' } as const
export type Locale = keyof typeof TAGS

const ZONE = 'Asia/Ho_Chi_Minh'

export function formatDate(value: string, locale: Locale): string {
  const day = /^\d{4}-\d{2}-\d{2}$/.test(value)
  const date = new Date(day ? `${value}T00:00:00Z` : value)
  if (Number.isNaN(date.getTime())) return value
  return new Intl.DateTimeFormat(TAGS[locale], { dateStyle: 'long', timeZone: day ? 'UTC' : ZONE }).format(date)
}

export function formatDateTime(value: string, locale: Locale): string {
  const date = new Date(value)
  if (Number.isNaN(date.getTime())) return value
  // dateStyle cannot name the zone (Intl refuses timeZoneName beside it): the parts one by one.
  return new Intl.DateTimeFormat(TAGS[locale], {
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZone: ZONE,
    timeZoneName: 'short',
  }).format(date)
}

/** 0 to 100, whole numbers; 0 while the total is unknown. */
export function percent(loaded: number, total: number): number {
  if (!(total > 0) || !(loaded > 0)) return 0
  return Math.min(100, Math.floor((loaded / total) * 100))
}

/** "1,5 MB", "820 kB": decimal units, as file managers show them. */
export function formatBytes(bytes: number, locale: Locale): string {
  const [unit, size] = bytes >= 1e6 ? (['megabyte', bytes / 1e6] as const) : (['kilobyte', bytes / 1e3] as const)
  return new Intl.NumberFormat(TAGS[locale], {
    style: 'unit',
    unit,
    maximumFractionDigits: size < 10 ? 1 : 0,
  }).format(size)
}
