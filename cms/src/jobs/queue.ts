/**
 * The durable queue every side effect of a write goes through (graphile-worker, jobs in
 * PostgreSQL). A job is added with `graphile_worker.add_job()` on the write's own
 * transaction: Payload's drizzle session for `req`, so a rolled-back write leaves no job.
 * https://worker.graphile.org/docs/sql-add-job
 */
import { sql } from '@payloadcms/db-postgres'
import type { Payload, PayloadRequest } from 'payload'

import type { TaskInput, TaskName } from './types.ts'

export type Executor = { execute(query: ReturnType<typeof sql>): Promise<unknown> }
type Adapter = {
  drizzle: Executor
  primaryDrizzle?: Executor
  sessions: Record<string, { db: Executor } | undefined>
}

/** The connection of the request's open transaction, or the primary outside one. */
export async function executorOf(payload: Payload, req?: PayloadRequest): Promise<Executor> {
  const adapter = payload.db as unknown as Adapter
  const id = req?.transactionID ? await req.transactionID : undefined
  return (id !== undefined && adapter.sessions[String(id)]?.db) || adapter.primaryDrizzle || adapter.drizzle
}

export type EnqueueOptions = {
  /**
   * Jobs with the same key collapse into one (the later input wins, the clock restarts):
   * ten saves of one record in a second publish it once. A running job is not replaced;
   * a new one is queued behind it. https://worker.graphile.org/docs/job-key
   */
  jobKey?: string
  /** Wait this long before the first run (gathers a burst into one job). */
  delayMs?: number
  maxAttempts?: number
  /** Higher runs later; publishing a page beats rebuilding the search fallback. */
  priority?: number
  /** Jobs of one named queue run one at a time, in order, across every worker. */
  queue?: string
}

/** Default attempts: graphile-worker backs off exponentially (exp(min(n, 10)) s) between them. */
export const MAX_ATTEMPTS = 8

export async function enqueue<T extends TaskName>(
  payload: Payload,
  req: PayloadRequest | undefined,
  task: T,
  input: TaskInput<T>,
  options: EnqueueOptions = {},
): Promise<void> {
  await enqueueMany(payload, req, [{ task, input, options } as JobSpec])
}

export type JobSpec = { [T in TaskName]: { task: T; input: TaskInput<T>; options?: EnqueueOptions } }[TaskName]

/**
 * Several jobs in one statement (a bulk import enqueues thousands at once through here).
 * https://worker.graphile.org/docs/sql-add-job#add_jobs
 */
export async function enqueueMany(payload: Payload, req: PayloadRequest | undefined, jobs: JobSpec[]): Promise<void> {
  if (jobs.length === 0) return
  const db = await executorOf(payload, req)
  const specs = jobs.map(({ task, input, options = {} }) => ({
    identifier: task,
    payload: input,
    queue_name: options.queue ?? null,
    job_key: options.jobKey ?? null,
    run_at: options.delayMs ? new Date(Date.now() + options.delayMs).toISOString() : null,
    max_attempts: options.maxAttempts ?? MAX_ATTEMPTS,
    priority: options.priority ?? 0,
  }))
  // add_jobs takes an array of the job_spec composite type; json_populate_recordset builds it.
  await db.execute(
    sql`select graphile_worker.add_jobs(array(select json_populate_recordset(null::graphile_worker.job_spec, ${JSON.stringify(specs)}::json)), true)`,
  )
}
