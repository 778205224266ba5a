/**
 * A dossier's steps and the staff reads of it are append-only in the database, like the
 * audit log (lib/append-only.ts): a script, a hook with overrideAccess or anyone with the
 * application's role cannot rewrite what an officer did or hide that they looked. Applied by
 * the migration in production and after every development or test schema push.
 */
import { sql } from '@payloadcms/db-postgres'
import { type AppendOnly, appendOnlySql, dropAppendOnlySql } from '../lib/append-only.ts'

// A staff account's deletion sets the reference to null (its name is kept as text).
const TABLES: AppendOnly[] = [
  { table: 'dossier_events', nullable: 'officer_id' },
  { table: 'dossier_reads', nullable: 'user_id' },
]

type Executor = { execute: (query: ReturnType<typeof sql.raw>) => Promise<unknown> }

export async function applyDossierAppendOnly(db: Executor): Promise<void> {
  for (const table of TABLES) await db.execute(sql.raw(appendOnlySql(table)))
}

export async function dropDossierAppendOnly(db: Executor): Promise<void> {
  for (const table of TABLES) await db.execute(sql.raw(dropAppendOnlySql(table)))
}
