/**
 * Jobs of a worker that died mid-job (killed, out of memory, machine lost) go back to the
 * queue. graphile-worker frees such jobs only after 4 hours; here every live worker holds a
 * PostgreSQL advisory lock named after its id for as long as its process lives (the server
 * drops the lock with the connection), so a lock anyone else can take means a dead worker.
 * https://worker.graphile.org/docs/library/admin-functions#forceunlockworkers
 */
import type { Pool, PoolClient } from 'pg'

/** Advisory-lock namespace of worker liveness (any constant unique in this database). */
const NAMESPACE = 0x5075_626c // "Publ"

/** A worker younger than this may not have taken its lock yet: its jobs are left alone. */
const GRACE_SECONDS = 15

export class Liveness {
  #client: Promise<PoolClient> | undefined
  readonly #pool: Pool
  // No parameter property: the portal server runs this file with Node's type stripping.
  constructor(pool: Pool) {
    this.#pool = pool
  }

  /** The holds so far, one after another: a connection runs one query at a time (pg 9 will refuse more). */
  #held: Promise<unknown> = Promise.resolve()

  /** Hold the worker's lock on a connection of its own, for the life of the process. */
  async hold(workerId: string): Promise<void> {
    this.#client ??= this.#pool.connect()
    const client = this.#client
    const holding = this.#held.then(async () =>
      (await client).query('select pg_advisory_lock($1, hashtext($2))', [NAMESPACE, workerId]),
    )
    this.#held = holding.catch(() => undefined)
    await holding
  }

  async release(): Promise<void> {
    const client = this.#client
    this.#client = undefined
    if (client) (await client).release(true)
  }
}

/** Unlock the jobs of workers nobody holds the lock of; returns their ids. */
export async function reapDeadWorkers(pool: Pool, schema = 'graphile_worker'): Promise<string[]> {
  const client = await pool.connect()
  try {
    const { rows } = await client.query<{ locked_by: string }>(
      // A named queue (publishing runs one job at a time) is locked by its worker too.
      `select locked_by from ${schema}._private_jobs
       where locked_by is not null and locked_at < now() - make_interval(secs => $1)
       union
       select locked_by from ${schema}._private_job_queues
       where locked_by is not null and locked_at < now() - make_interval(secs => $1)`,
      [GRACE_SECONDS],
    )
    const dead: string[] = []
    for (const { locked_by: workerId } of rows) {
      const { rows: taken } = await client.query<{ free: boolean }>(
        'select pg_try_advisory_lock($1, hashtext($2)) as free',
        [NAMESPACE, workerId],
      )
      if (!taken[0]?.free) continue
      await client.query('select pg_advisory_unlock($1, hashtext($2))', [NAMESPACE, workerId])
      dead.push(workerId)
    }
    if (dead.length > 0) await client.query(`select ${schema}.force_unlock_workers($1::text[])`, [dead])
    return dead
  } finally {
    client.release()
  }
}
