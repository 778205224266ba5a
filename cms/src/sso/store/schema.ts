import type { Pool } from './pool.ts'

/**
 * The provider's own tables, in their own `sso` schema beside Payload's (like the rate
 * limit's `portal` schema): sessions, grants, codes, tokens and interactions are the
 * library's models, kept as jsonb keyed by (model, id) with an expiry; signing keys and
 * TOTP secrets are sealed with SSO_KEY_SECRET (keys.ts); national e-ID subjects link to
 * citizen accounts. Created on first use by every replica; replicas
 * starting together serialise on an advisory lock (CREATE ... IF NOT EXISTS races).
 */
const DDL = `
  CREATE SCHEMA IF NOT EXISTS sso;
  CREATE TABLE IF NOT EXISTS sso.oidc_models (
    model text NOT NULL,
    id text NOT NULL,
    payload jsonb NOT NULL,
    grant_id text,
    user_code text,
    uid text,
    expires_at timestamptz,
    consumed_at timestamptz,
    PRIMARY KEY (model, id)
  );
  CREATE INDEX IF NOT EXISTS oidc_models_grant_id ON sso.oidc_models (grant_id) WHERE grant_id IS NOT NULL;
  CREATE INDEX IF NOT EXISTS oidc_models_uid ON sso.oidc_models (model, uid) WHERE uid IS NOT NULL;
  CREATE INDEX IF NOT EXISTS oidc_models_user_code ON sso.oidc_models (model, user_code) WHERE user_code IS NOT NULL;
  CREATE INDEX IF NOT EXISTS oidc_models_expires_at ON sso.oidc_models (expires_at) WHERE expires_at IS NOT NULL;
  CREATE TABLE IF NOT EXISTS sso.signing_keys (
    kid text PRIMARY KEY,
    sealed text NOT NULL,
    created_at timestamptz NOT NULL DEFAULT clock_timestamp(),
    retired_at timestamptz
  );
  CREATE TABLE IF NOT EXISTS sso.totp_secrets (
    account_id text PRIMARY KEY,
    sealed text NOT NULL,
    confirmed_at timestamptz,
    last_time_step bigint NOT NULL DEFAULT 0,
    created_at timestamptz NOT NULL DEFAULT clock_timestamp()
  );
  CREATE TABLE IF NOT EXISTS sso.eid_links (
    issuer text NOT NULL,
    subject text NOT NULL,
    account_id text NOT NULL,
    level text NOT NULL,
    linked_at timestamptz NOT NULL DEFAULT clock_timestamp(),
    PRIMARY KEY (issuer, subject)
  );`

const ready = new WeakMap<Pool, Promise<void>>()

export function ensureSsoSchema(pool: Pool): Promise<void> {
  let done = ready.get(pool)
  if (!done) {
    done = (async () => {
      const connection = await pool.connect()
      try {
        await connection.query('BEGIN')
        await connection.query(`SELECT pg_advisory_xact_lock(hashtext('sso.schema'))`)
        await connection.query(DDL)
        await connection.query('COMMIT')
      } catch (error) {
        await connection.query('ROLLBACK').catch(() => {})
        ready.delete(pool)
        throw error
      } finally {
        connection.release()
      }
    })()
    ready.set(pool, done)
  }
  return done
}
