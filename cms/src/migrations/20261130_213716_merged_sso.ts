import type { MigrateDownArgs, MigrateUpArgs } from '@payloadcms/db-postgres'

/**
 * Two changes were written in parallel from the same snapshot: the relying parties' FAPI
 * fields (20261130_202537_sso_fapi) and the citizens' verified e-mail and phone
 * (20261130_205040_citizen_verification). Applied in turn they make today's schema; this
 * migration changes nothing and carries the merged snapshot (its .json), so the next
 * `npm run migrate:create` diffs against the whole schema. tests/int/migrations.int.test.ts
 * checks the migrated schema equals the pushed one.
 */
export async function up(_args: MigrateUpArgs): Promise<void> {}

export async function down(_args: MigrateDownArgs): Promise<void> {}
