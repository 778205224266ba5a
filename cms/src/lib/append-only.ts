/**
 * Append-only tables, enforced by PostgreSQL itself rather than by the application's rules:
 * a script, a hook with `overrideAccess` or anyone holding the application's database role
 * cannot rewrite, remove or truncate a row. The audit log and the SSO sign-in log use it.
 * Erasure under the law is an operator's act: the table's owner disables the triggers inside
 * the erasing transaction.
 */

export type AppendOnly = {
  /** The table, schema-qualified when it is not in the search path (`sso.sign_ins`). */
  table: string
  /**
   * A column a foreign key may set to null (ON DELETE SET NULL): the one change allowed, and
   * only when no other column changes with it.
   */
  nullable?: string
}

/** The trigger names: the function is named like the first trigger, in the table's schema. */
export function appendOnlyNames({ table }: AppendOnly): { fn: string; row: string; truncate: string } {
  const [schema, name] = table.includes('.') ? table.split('.') : [undefined, table]
  return {
    fn: `${schema ? `${schema}.` : ''}${name}_append_only`,
    row: `${name}_append_only`,
    truncate: `${name}_no_truncate`,
  }
}

/** Creates (or replaces) the function and both triggers. */
export function appendOnlySql(spec: AppendOnly): string {
  const { fn, row, truncate } = appendOnlyNames(spec)
  const allowed = spec.nullable
    ? `
  IF TG_OP = 'UPDATE' AND NEW.${spec.nullable} IS NULL AND OLD.${spec.nullable} IS NOT NULL
     AND (to_jsonb(NEW) - '${spec.nullable}') = (to_jsonb(OLD) - '${spec.nullable}') THEN
    RETURN NEW;
  END IF;`
    : ''
  return `
CREATE OR REPLACE FUNCTION ${fn}() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN${allowed}
  RAISE EXCEPTION '${spec.table} is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
END
$$;
CREATE OR REPLACE TRIGGER ${row} BEFORE UPDATE OR DELETE ON ${spec.table}
  FOR EACH ROW EXECUTE FUNCTION ${fn}();
CREATE OR REPLACE TRIGGER ${truncate} BEFORE TRUNCATE ON ${spec.table}
  FOR EACH STATEMENT EXECUTE FUNCTION ${fn}();
`
}

/** Removes both triggers and the function (a migration's down). */
export function dropAppendOnlySql(spec: AppendOnly): string {
  const { fn, row, truncate } = appendOnlyNames(spec)
  return `DROP TRIGGER IF EXISTS ${row} ON ${spec.table};
DROP TRIGGER IF EXISTS ${truncate} ON ${spec.table};
DROP FUNCTION IF EXISTS ${fn}();`
}
