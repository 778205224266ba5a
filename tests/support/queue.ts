import pg from 'pg'

import { eventually } from './search.ts'

export type QueueRow = {
  id: string
  task: string
  key: string | null
  attempts: number
  max_attempts: number
  locked_by: string | null
  last_error: string | null
  payload: unknown
}

/** The queue's jobs as graphile-worker keeps them (the test's own database: DATABASE_URL). */
export async function queueRows(where = 'true', values: unknown[] = []): Promise<QueueRow[]> {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL })
  await client.connect()
  try {
    const { rows } = await client.query<QueueRow>(
      `select j.id::text, t.identifier as task, j.key, j.attempts, j.max_attempts, j.locked_by, j.last_error, j.payload
       from graphile_worker._private_jobs j join graphile_worker._private_tasks t on t.id = j.task_id
       where ${where} order by j.id`,
      values,
    )
    return rows
  } finally {
    await client.end()
  }
}

/** Every job done: none waiting, running or due for a retry (failed ones past their last attempt stay). */
export async function queueDrained(timeoutMs?: number): Promise<void> {
  await eventually(
    'queue drained',
    async () => (await queueRows('j.attempts < j.max_attempts or j.locked_by is not null')).length === 0,
    timeoutMs,
  )
}
