/**
 * A publish and the search fallback's last step both read, change and write the target's
 * manifest, and run on different queues (the fallback's index takes minutes at national
 * size and must not hold publishes back): they take turns under one PostgreSQL advisory
 * lock, held by a transaction, across every worker.
 */
import { sql } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'

/** Advisory-lock key of the publish target (any constant unique in this database). */
const TARGET_LOCK = 0x5075_6254 // "PubT"

type Transactional = {
  drizzle: {
    transaction<R>(work: (tx: { execute(query: ReturnType<typeof sql>): Promise<unknown> }) => Promise<R>): Promise<R>
  }
}

export async function withPublishLock<T>(payload: Payload, work: () => Promise<T>): Promise<T> {
  const { drizzle } = payload.db as unknown as Transactional
  return drizzle.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(${TARGET_LOCK})`)
    return work()
  })
}
