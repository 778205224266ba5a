/**
 * Vietnamese order for the names lists sort by. The database's collation is C (byte order:
 * "Đ" after "Z", "Ă" after "Y"); ICU's `vi-x-icu` sorts as Vietnamese readers expect
 * (A Ă Â B C D Đ E Ê …, tones after the base letter). Payload's schema has no collation
 * setting, so the columns are altered: by the migration in production, and after every
 * development or test schema push (scripts/lib/payload.ts), since a push creates columns
 * with the database default. drizzle's push does not compare collations: it leaves them.
 */
import { sql } from '@payloadcms/db-postgres'

export const VIETNAMESE_COLLATION = 'vi-x-icu'

/** Table and column of each name a list sorts by (both the records and their versions). */
export const COLLATED_COLUMNS = [
  ['procedures_locales', 'name'],
  ['_procedures_v_locales', 'version_name'],
  ['sectors_locales', 'name'],
  ['agencies_locales', 'name'],
  ['life_events_locales', 'name'],
  ['_life_events_v_locales', 'version_name'],
  ['faqs_locales', 'question'],
  ['_faqs_v_locales', 'version_question'],
  ['forms_locales', 'title'],
] as const

/** Every column to `vi-x-icu` (changing only the collation does not rewrite the table). */
export function vietnameseCollationSql(): string {
  return COLLATED_COLUMNS.map(
    ([table, column]) =>
      `ALTER TABLE "${table}" ALTER COLUMN "${column}" SET DATA TYPE varchar COLLATE "${VIETNAMESE_COLLATION}";`,
  ).join('\n')
}

type Executor = { execute: (query: ReturnType<typeof sql.raw>) => Promise<unknown> }

export async function applyVietnameseCollation(db: Executor): Promise<void> {
  await db.execute(sql.raw(vietnameseCollationSql()))
}
