import type { MigrateDownArgs, MigrateUpArgs } from '@payloadcms/db-postgres'

import { applyAuditAppendOnly, dropAuditAppendOnly } from '../collections/AuditLog/append-only.ts'

/** The audit log refuses updates, deletes and truncation in the database (issue 12). */
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await applyAuditAppendOnly(db)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await dropAuditAppendOnly(db)
}
