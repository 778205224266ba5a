/**
 * The audit log is append-only in the database itself, not only in Payload's access rules.
 * One change is allowed: when a staff account is deleted, PostgreSQL sets the entry's
 * `actor_id` to null (the foreign key's ON DELETE SET NULL) and the entry keeps the actor's
 * e-mail. Applied by the migration in production and after every development or test schema
 * push (scripts/lib/payload.ts), since a push knows nothing of triggers.
 */
import { sql } from '@payloadcms/db-postgres'
import { type AppendOnly, appendOnlySql, dropAppendOnlySql } from '../../lib/append-only.ts'

const AUDIT_LOG: AppendOnly = { table: 'audit_log', nullable: 'actor_id' }

type Executor = { execute: (query: ReturnType<typeof sql.raw>) => Promise<unknown> }

export async function applyAuditAppendOnly(db: Executor): Promise<void> {
  await db.execute(sql.raw(appendOnlySql(AUDIT_LOG)))
}

export async function dropAuditAppendOnly(db: Executor): Promise<void> {
  await db.execute(sql.raw(dropAppendOnlySql(AUDIT_LOG)))
}
