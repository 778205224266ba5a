/**
 * The audit log is append-only in the database itself, not only in Payload's access rules:
 * a script, a hook with `overrideAccess`, or anyone holding the database role through the
 * application cannot rewrite or remove an entry. One change is allowed: when a staff
 * account is deleted, PostgreSQL sets the entry's `actor_id` to null (the foreign key's
 * ON DELETE SET NULL) and the entry keeps the actor's e-mail. Applied by the migration in
 * production and after every development or test schema push (scripts/lib/payload.ts),
 * since a push knows nothing of triggers.
 */
import { sql } from '@payloadcms/db-postgres'

export function auditAppendOnlySql(): string {
  return `
CREATE OR REPLACE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'UPDATE' AND NEW.actor_id IS NULL AND OLD.actor_id IS NOT NULL
     AND (to_jsonb(NEW) - 'actor_id') = (to_jsonb(OLD) - 'actor_id') THEN
    RETURN NEW;
  END IF;
  RAISE EXCEPTION 'audit_log is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
END
$$;
CREATE OR REPLACE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON audit_log
  FOR EACH ROW EXECUTE FUNCTION audit_log_append_only();
CREATE OR REPLACE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
  FOR EACH STATEMENT EXECUTE FUNCTION audit_log_append_only();
`
}

type Executor = { execute: (query: ReturnType<typeof sql.raw>) => Promise<unknown> }

export async function applyAuditAppendOnly(db: Executor): Promise<void> {
  await db.execute(sql.raw(auditAppendOnlySql()))
}

export async function dropAuditAppendOnly(db: Executor): Promise<void> {
  await db.execute(
    sql.raw(`DROP TRIGGER IF EXISTS audit_log_append_only ON audit_log;
DROP TRIGGER IF EXISTS audit_log_no_truncate ON audit_log;
DROP FUNCTION IF EXISTS audit_log_append_only();`),
  )
}
