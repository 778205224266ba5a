import { randomUUID } from 'node:crypto'
import type { Pool } from '../store/pool.ts'

/**
 * Passkeys (WebAuthn credentials) of citizens' accounts, and the challenges of their
 * ceremonies. A credential's public key is no secret, so it is stored plain; the private
 * key never leaves the citizen's authenticator. Challenges are rows of the provider's own
 * table (store/adapter.ts: model `PasskeyChallenge`), so they expire and are swept with the
 * provider's other state, and a replica other than the one that issued one can check it.
 */
const DDL = `
  CREATE SCHEMA IF NOT EXISTS sso;
  CREATE TABLE IF NOT EXISTS sso.passkeys (
    id text PRIMARY KEY,
    credential_id text NOT NULL UNIQUE,
    account_id text NOT NULL,
    name text NOT NULL,
    public_key bytea NOT NULL,
    counter bigint NOT NULL DEFAULT 0,
    transports text[] NOT NULL DEFAULT '{}',
    device_bound boolean NOT NULL,
    aaguid text NOT NULL,
    created_at timestamptz NOT NULL DEFAULT clock_timestamp(),
    last_used_at timestamptz
  );
  CREATE INDEX IF NOT EXISTS passkeys_account ON sso.passkeys (account_id, created_at);`

const ready = new WeakMap<Pool, Promise<void>>()

/** Created by every replica on start, one at a time (an advisory lock, like store/schema.ts). */
export function ensurePasskeyStore(pool: Pool): Promise<void> {
  let done = ready.get(pool)
  if (!done) {
    done = (async () => {
      const connection = await pool.connect()
      try {
        await connection.query('BEGIN')
        await connection.query(`SELECT pg_advisory_xact_lock(hashtext('sso.passkeys'))`)
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

export type Passkey = {
  /** Our id, used in the account page's forms (the credential id is the authenticator's). */
  id: string
  credentialId: string
  accountId: string
  name: string
  publicKey: Uint8Array
  counter: number
  transports: string[]
  /** A single-device credential (its backup flag unset): the key cannot leave that authenticator. */
  deviceBound: boolean
  createdAt: Date
  lastUsedAt: Date | null
}

const COLUMNS = `id, credential_id AS "credentialId", account_id AS "accountId", name, public_key AS "publicKey",
  counter::float8 AS counter, transports, device_bound AS "deviceBound", created_at AS "createdAt",
  last_used_at AS "lastUsedAt"`

export async function listPasskeys(pool: Pool, accountId: string): Promise<Passkey[]> {
  const { rows } = await pool.query<Passkey>(
    `SELECT ${COLUMNS} FROM sso.passkeys WHERE account_id = $1 ORDER BY created_at, id`,
    [accountId],
  )
  return rows
}

export async function findPasskey(pool: Pool, credentialId: string): Promise<Passkey | undefined> {
  const { rows } = await pool.query<Passkey>(`SELECT ${COLUMNS} FROM sso.passkeys WHERE credential_id = $1`, [
    credentialId,
  ])
  return rows[0]
}

export type NewPasskey = Omit<Passkey, 'id' | 'createdAt' | 'lastUsedAt'> & { aaguid: string }

/** Stores a new credential; false when that credential is registered already (to any account). */
export async function addPasskey(pool: Pool, passkey: NewPasskey): Promise<boolean> {
  const { rowCount } = await pool.query(
    `INSERT INTO sso.passkeys (id, credential_id, account_id, name, public_key, counter, transports, device_bound, aaguid)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) ON CONFLICT (credential_id) DO NOTHING`,
    [
      randomUUID(),
      passkey.credentialId,
      passkey.accountId,
      passkey.name,
      Buffer.from(passkey.publicKey),
      passkey.counter,
      passkey.transports,
      passkey.deviceBound,
      passkey.aaguid,
    ],
  )
  return rowCount === 1
}

/** Removes one of the account's passkeys; false when it has no such passkey. */
export async function removePasskey(pool: Pool, accountId: string, id: string): Promise<boolean> {
  const { rowCount } = await pool.query('DELETE FROM sso.passkeys WHERE account_id = $1 AND id = $2', [accountId, id])
  return rowCount === 1
}

/**
 * Records a use. The counter only moves forward (WebAuthn 6.1.1: a counter that does not
 * grow may mean a cloned authenticator; the library refuses it before this is called),
 * and the condition keeps two racing uses of one signature from both passing.
 */
export async function recordUse(pool: Pool, credentialId: string, previous: number, counter: number): Promise<boolean> {
  const { rowCount } = await pool.query(
    `UPDATE sso.passkeys SET counter = $3, last_used_at = clock_timestamp()
     WHERE credential_id = $1 AND counter = $2`,
    [credentialId, previous, counter],
  )
  return rowCount === 1
}

/** What a challenge was issued for: a login in one interaction, or a registration in one session. */
export type ChallengeBinding = {
  purpose: 'login' | 'register'
  /** The interaction's uid (login) or the session's uid (register). */
  scope: string
  /** The only account whose passkey may answer it (step-up, registration); none for a plain login. */
  accountId?: string | undefined
}

const CHALLENGE_MODEL = 'PasskeyChallenge'

/** A challenge lives as long as the ceremony may take (the options' timeout). */
export const CHALLENGE_TTL_SECONDS = 300

export async function storeChallenge(pool: Pool, challenge: string, binding: ChallengeBinding): Promise<void> {
  await pool.query(
    `INSERT INTO sso.oidc_models (model, id, payload, uid, expires_at)
     VALUES ($1, $2, $3, $4, clock_timestamp() + make_interval(secs => $5::int))`,
    [CHALLENGE_MODEL, challenge, binding, `${binding.purpose}:${binding.scope}`, CHALLENGE_TTL_SECONDS],
  )
}

/**
 * Takes the challenge if it was issued for this purpose and scope and has not expired:
 * deleted in the same statement, so it answers once (a replayed response finds nothing).
 */
export async function takeChallenge(
  pool: Pool,
  challenge: string,
  purpose: ChallengeBinding['purpose'],
  scope: string,
): Promise<ChallengeBinding | undefined> {
  const { rows } = await pool.query<{ payload: ChallengeBinding }>(
    `DELETE FROM sso.oidc_models WHERE model = $1 AND id = $2 AND uid = $3 AND expires_at > clock_timestamp()
     RETURNING payload`,
    [CHALLENGE_MODEL, challenge, `${purpose}:${scope}`],
  )
  return rows[0]?.payload
}
