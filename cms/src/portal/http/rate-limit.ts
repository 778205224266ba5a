import type { PostgresAdapter } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'

/**
 * A token bucket per client (`capacity` requests at once, refilled at `perSecond`) kept in
 * PostgreSQL, so every portal replica draws from the same bucket: the limit stays the same
 * with 1 or N replicas behind the load balancer. One upsert per request on an UNLOGGED
 * table (no WAL: cheap, not copied to a standby; after a crash or a failover the buckets
 * start full, which only forgives). The table sits in its own `portal` schema, out of
 * Payload's schema push and migrations, and is created on first use.
 *
 * If the database cannot answer, the request is let through and the failure logged: the
 * limit protects Meilisearch's CPU, it must not turn a database hiccup into refused
 * citizens. Under national load the load balancer's or CDN's own per-address limit is the
 * outer guard (docs/operations.md).
 */
export type RateLimitOptions = {
  capacity: number
  perSecond: number
  /** Seconds since an epoch; the database's clock when absent (one clock for every replica). */
  now?: () => number
  /** Forget full buckets about once in this many requests. */
  pruneEvery?: number
}

export type RateDecision = { allowed: true } | { allowed: false; retryAfterSeconds: number }

export type RateLimiter = { take(client: string, payload: Payload): Promise<RateDecision> }

const SETUP = `
  CREATE SCHEMA IF NOT EXISTS portal;
  CREATE UNLOGGED TABLE IF NOT EXISTS portal.rate_buckets (
    client text PRIMARY KEY,
    tokens double precision NOT NULL,
    at double precision NOT NULL,
    allowed boolean NOT NULL
  );`
/** The caller's time in seconds if it passed one, else the database's. */
const clock = (parameter: string) => `COALESCE(${parameter}::double precision, extract(epoch FROM clock_timestamp()))`
// The bucket as it stands at `excluded.at` (the row's old values on the right of SET).
const REFILLED = 'LEAST($2::double precision, b.tokens + GREATEST(0, excluded.at - b.at) * $3::double precision)'
const TAKE = `
  INSERT INTO portal.rate_buckets AS b (client, tokens, at, allowed)
  VALUES ($1, $2::double precision - 1, ${clock('$4')}, true)
  ON CONFLICT (client) DO UPDATE SET
    tokens = ${REFILLED} - CASE WHEN ${REFILLED} >= 1 THEN 1 ELSE 0 END,
    allowed = ${REFILLED} >= 1,
    at = excluded.at
  RETURNING tokens, allowed`
// A bucket untouched for capacity / perSecond seconds is full again: the row says nothing.
const PRUNE = `DELETE FROM portal.rate_buckets WHERE at < ${clock('$1')} - $2::double precision`

type Pool = PostgresAdapter['pool']

export class SharedTokenBucket implements RateLimiter {
  readonly #options: Required<Omit<RateLimitOptions, 'now'>> & Pick<RateLimitOptions, 'now'>
  readonly #ready = new WeakMap<Pool, Promise<void>>()
  #takes = 0

  constructor(options: RateLimitOptions) {
    this.#options = { pruneEvery: 1000, ...options }
  }

  async take(client: string, payload: Payload): Promise<RateDecision> {
    const { capacity, perSecond, now, pruneEvery } = this.#options
    try {
      const pool = (payload.db as unknown as PostgresAdapter).pool
      await this.#setUp(pool)
      const at = now?.() ?? null
      const { rows } = await pool.query<{ tokens: number; allowed: boolean }>(TAKE, [client, capacity, perSecond, at])
      if (++this.#takes % pruneEvery === 0) await pool.query(PRUNE, [at, capacity / perSecond])
      const [row] = rows
      if (!row || row.allowed) return { allowed: true }
      return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((1 - row.tokens) / perSecond)) }
    } catch (error) {
      payload.logger.warn({ err: error, client }, 'rate limit unavailable: request let through')
      return { allowed: true }
    }
  }

  /** Fills `client`'s bucket again (an administrator unlocking an account). */
  async forget(client: string, payload: Payload): Promise<void> {
    const pool = (payload.db as unknown as PostgresAdapter).pool
    await this.#setUp(pool)
    await pool.query('DELETE FROM portal.rate_buckets WHERE client = $1', [client])
  }

  /** Once per pool; replicas starting together serialise on an advisory lock (CREATE ... IF NOT EXISTS races). */
  #setUp(pool: Pool): Promise<void> {
    let ready = this.#ready.get(pool)
    if (!ready) {
      ready = (async () => {
        const connection = await pool.connect()
        try {
          await connection.query('BEGIN')
          await connection.query(`SELECT pg_advisory_xact_lock(hashtext('portal.rate_buckets'))`)
          await connection.query(SETUP)
          await connection.query('COMMIT')
        } catch (error) {
          await connection.query('ROLLBACK').catch(() => {})
          this.#ready.delete(pool)
          throw error
        } finally {
          connection.release()
        }
      })()
      this.#ready.set(pool, ready)
    }
    return ready
  }
}
