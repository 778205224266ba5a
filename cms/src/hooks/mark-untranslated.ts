import type { CollectionBeforeChangeHook, CollectionSlug, Field, PayloadRequest } from 'payload'

import { LOCALES, type Locale } from '../vocabulary.ts'

/** `name` for a top-level field, `steps.text` for a field inside each row of an array. */
export type TranslatedPath = `${string}` | `${string}.${string}`

type Row = Record<string, unknown> & { id?: string }
type AllLocales = Record<string, unknown>

function present(value: unknown): boolean {
  if (value === null || value === undefined) return false
  if (typeof value === 'string') return value.trim().length > 0
  if (Array.isArray(value)) return value.length > 0
  // Rich text (Lexical JSON): an empty editor still has a root and a blank paragraph.
  if (typeof value === 'object' && 'root' in value) return /"text":"[^"]/.test(JSON.stringify(value))
  return true
}

function inLocale(value: unknown, locale: Locale): unknown {
  return value && typeof value === 'object' && !Array.isArray(value)
    ? (value as Record<string, unknown>)[locale]
    : undefined
}

/**
 * Whether `locale` has every translated path filled. `data` holds the values being saved
 * in `current`; `stored` holds every locale (locale: 'all') of the saved record.
 */
function complete(
  paths: TranslatedPath[],
  data: Row,
  stored: AllLocales | null,
  locale: Locale,
  current: Locale | undefined,
) {
  return paths.every((path) => {
    const [field, sub] = path.split('.') as [string, string | undefined]
    if (!sub) return present(locale === current ? data[field] : inLocale(stored?.[field], locale))
    const rows = (data[field] ?? []) as Row[]
    const storedRows = (stored?.[field] ?? []) as Row[]
    return rows.every((row) => {
      if (locale === current) return present(row[sub])
      const twin = storedRows.find((candidate) => candidate.id && candidate.id === row.id)
      return present(inLocale(twin?.[sub], locale))
    })
  })
}

/**
 * The saved record in every locale, in the same transaction. Payload's Local API sets
 * `req.locale` to the locale it is given, so the request's own locale is put back after.
 */
async function readAllLocales(req: PayloadRequest, collection: CollectionSlug, id: number | string) {
  const { locale, fallbackLocale } = req
  try {
    const doc = await req.payload.findByID({
      collection,
      id,
      locale: 'all',
      fallbackLocale: false,
      draft: true,
      depth: 0,
      overrideAccess: true,
      req,
    })
    return doc as unknown as AllLocales
  } finally {
    req.locale = locale
    req.fallbackLocale = fallbackLocale
  }
}

/**
 * Keep `untranslated` (the locales still missing text) up to date on every save, so
 * editors can filter on it and the English site can say plainly what is not yet
 * translated (Vietnamese shows through Payload's fallback meanwhile).
 */
export function markUntranslated(collection: CollectionSlug, paths: TranslatedPath[]): CollectionBeforeChangeHook {
  return async function markUntranslatedHook({ data, req, operation, originalDoc, context }) {
    const current = (req.locale ?? 'vi') as Locale | 'all'
    if (current === 'all' || context.skipTranslationCheck) return data
    const stored =
      operation === 'update' && originalDoc?.id ? await readAllLocales(req, collection, originalDoc.id) : null
    // An update may carry only the fields that change: the rest is as saved.
    const merged = { ...(originalDoc ?? {}), ...data } as Row
    data.untranslated = LOCALES.filter((locale) => !complete(paths, merged, stored, locale, current))
    return data
  }
}

/**
 * The hook's answer for a record written in every locale at once (`name: { vi, en }`, rows with
 * their ids), as bulk writers build it without the hook (scripts/import/bulk-write.ts).
 */
export function untranslatedOf(paths: TranslatedPath[], record: AllLocales): Locale[] {
  return LOCALES.filter((locale) => !complete(paths, record as Row, record, locale, undefined))
}

/** The field the hook fills; read-only in the admin, filterable in the list. */
export const untranslatedField: Field = {
  name: 'untranslated',
  type: 'select',
  hasMany: true,
  index: true,
  options: [
    { value: 'vi', label: { vi: 'Tiếng Việt', en: 'Vietnamese' } },
    { value: 'en', label: { vi: 'Tiếng Anh', en: 'English' } },
  ],
  label: { vi: 'Chưa có bản dịch', en: 'Missing translation' },
  admin: {
    readOnly: true,
    position: 'sidebar',
    description: {
      vi: 'Tự cập nhật khi lưu: ngôn ngữ còn thiếu nội dung.',
      en: 'Updated on save: languages still missing text.',
    },
  },
}
