import type { MigrateDownArgs, MigrateUpArgs } from '@payloadcms/db-postgres'

/**
 * Five changes were written in parallel, each from the initial snapshot: the national
 * catalogue, the citizen pages, editorial integrity, publishing and single sign-on. Their
 * migrations touch disjoint tables and columns, so applied in turn they make today's
 * schema. This migration changes nothing: it carries the merged snapshot (its .json), so the
 * next `npm run migrate:create` diffs against the whole schema rather than the last branch's.
 * tests/int/migrations.int.test.ts checks the migrated schema equals the pushed one.
 */
export async function up(_args: MigrateUpArgs): Promise<void> {}

export async function down(_args: MigrateDownArgs): Promise<void> {}
