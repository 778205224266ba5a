import { type Locale, translator } from '../i18n/index.ts'
import type { TimeUnit } from './types.ts'

const intlLocale: Record<Locale, string> = { vi: 'vi-VN', en: 'en-GB' }

/** Intl formatters are costly to make and pure to use: one per locale and options (a build formats millions of values). */
const formatters = new Map<string, unknown>()

function kept<T>(key: string, make: () => T): T {
  let format = formatters.get(key) as T | undefined
  if (format === undefined) {
    format = make()
    formatters.set(key, format)
  }
  return format
}

const numberFormat = (locale: string, options: Intl.NumberFormatOptions = {}) =>
  kept(`n ${locale} ${JSON.stringify(options)}`, () => new Intl.NumberFormat(locale, options))

const dateFormat = (locale: string, options: Intl.DateTimeFormatOptions) =>
  kept(`d ${locale} ${JSON.stringify(options)}`, () => new Intl.DateTimeFormat(locale, options))

/** A fee in đồng: "160.000 ₫" / "VND 160,000"; 0 reads "Miễn phí" / "Free". */
export function formatFee(amount: number, locale: Locale): string {
  if (amount === 0) return translator(locale)('fee.free')
  return numberFormat(intlLocale[locale], {
    style: 'currency',
    currency: 'VND',
    currencyDisplay: locale === 'vi' ? 'symbol' : 'code',
    maximumFractionDigits: 0,
  }).format(amount)
}

/** "15 ngày làm việc" / "15 working days" (plurals through i18next). */
export function formatTime(amount: number, unit: TimeUnit, locale: Locale): string {
  const count = numberFormat(intlLocale[locale]).format(amount)
  return translator(locale)(`time.${unit}`, { count: amount, amount: count })
}

/** "27/11/2026" / "27 November 2026". */
export function formatDate(iso: string, locale: Locale): string {
  return dateFormat(intlLocale[locale], {
    day: locale === 'vi' ? '2-digit' : 'numeric',
    month: locale === 'vi' ? '2-digit' : 'long',
    year: 'numeric',
    timeZone: 'Asia/Ho_Chi_Minh',
  }).format(new Date(iso))
}

/** The ISO date of an ISO timestamp, in Vietnam's time zone, for `<time datetime>`. */
export function isoDate(iso: string): string {
  return dateFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' }).format(new Date(iso))
}

/** "240 KB", "1,2 MB". */
export function formatSize(bytes: number, locale: Locale): string {
  const units = ['byte', 'kilobyte', 'megabyte', 'gigabyte'] as const
  let value = bytes
  let unit = 0
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024
    unit += 1
  }
  return numberFormat(intlLocale[locale], {
    style: 'unit',
    unit: units[unit],
    unitDisplay: 'short',
    maximumFractionDigits: value < 10 && unit > 0 ? 1 : 0,
  }).format(value)
}

const FILE_TYPES: Record<string, string> = {
  'application/pdf': 'PDF',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'DOCX',
  'application/msword': 'DOC',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'XLSX',
  'application/vnd.ms-excel': 'XLS',
}

/** The short name citizens know a file type by ("PDF", "DOCX"), else the file's extension. */
export function fileType(mimeType: string | null | undefined, filename?: string | null): string | undefined {
  if (mimeType && FILE_TYPES[mimeType]) return FILE_TYPES[mimeType]
  const extension = filename?.split('.').pop()
  return extension && extension !== filename ? extension.toUpperCase() : undefined
}

export function formatNumber(value: number, locale: Locale): string {
  return numberFormat(intlLocale[locale]).format(value)
}
