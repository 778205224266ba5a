/**
 * The queue's worker: inside `npm start` and, in production, as many `npm run worker`
 * processes as needed. graphile-worker takes jobs with `FOR UPDATE SKIP LOCKED`, so two
 * workers never run one job; a failed job is retried with exponential back-off and, after
 * its last attempt, stays in the queue with its error (the dead letters the admin sees).
 */
import { EventEmitter } from 'node:events'
import {
  type Task as GraphileTask,
  Logger,
  type Runner,
  run,
  runMigrations,
  type TaskList,
  type WorkerEvents,
} from 'graphile-worker'
import type { Payload } from 'payload'
import pg from 'pg'

import { Liveness, reapDeadWorkers } from './reaper.ts'
import { DOSSIER_CRONTAB } from './tasks/dossier-hourly.ts'
import { TASKS } from './tasks/index.ts'
import type { TaskContext, TaskName } from './types.ts'

/**
 * Jobs at once in one worker: they wait mostly on PostgreSQL, Meilisearch, the disk or a child
 * process, and the search fallback's index holds its slot for minutes at national size: with
 * two slots, a publish could wait behind it and a search update.
 */
export const DEFAULT_CONCURRENCY = 4

export type WorkerOptions = {
  /** Jobs run at once in this process (DEFAULT_CONCURRENCY). */
  concurrency?: number
  /** How often dead workers' jobs are looked for. */
  reapEveryMs?: number
  pollIntervalMs?: number
  /** graphile-worker's events (job:start, job:failed...), for whoever wants to watch from the first job. */
  events?: WorkerEvents
}

export type { WorkerEvents }

export type Worker = { runner: Runner; events: WorkerEvents; stop(): Promise<void> }

const connectionString = () => {
  const url = process.env.DATABASE_URL
  if (!url) throw new Error('DATABASE_URL is not set: the worker reads its jobs from the portal database')
  return url
}

/** The queue's tables (schema graphile_worker), created or upgraded; safe to call from every process. */
export async function migrateQueue(): Promise<void> {
  await runMigrations({ connectionString: connectionString(), logger: quietLogger() })
}

function taskList(payload: Payload): TaskList {
  const list: TaskList = {}
  for (const name of Object.keys(TASKS) as TaskName[]) {
    const task: GraphileTask = async (input, helpers) => {
      const started = Date.now()
      const context: TaskContext = {
        payload,
        jobId: helpers.job.id,
        attempt: helpers.job.attempts,
        signal: helpers.abortSignal,
      }
      await (TASKS[name] as (input: unknown, context: TaskContext) => Promise<void>)(input, context)
      payload.logger.info({ task: name, job: helpers.job.id, ms: Date.now() - started }, 'job done')
    }
    list[name] = task
  }
  return list
}

export async function startWorker(payload: Payload, options: WorkerOptions = {}): Promise<Worker> {
  const pool = new pg.Pool({
    connectionString: connectionString(),
    max: (options.concurrency ?? DEFAULT_CONCURRENCY) + 3,
  })
  // An idle connection's error reaches the pool; a checked-out one's only its client, where
  // an unheard 'error' would end the process (graphile-worker warns without both).
  const lost = (error: Error) => payload.logger.error({ err: error }, 'worker: database connection lost')
  pool.on('error', lost)
  pool.on('connect', (client) => client.on('error', lost))
  const liveness = new Liveness(pool)
  await migrateQueue()
  const events = ownEvents(options.events)
  const holding: Promise<void>[] = []
  const hold = (id: string) =>
    holding.push(
      liveness.hold(id).catch((error: unknown) => {
        payload.logger.error({ err: error, worker: id }, 'worker: liveness lock not taken')
      }),
    )
  // Jobs are locked by the pool's id (graphile-worker fetches for its workers) or a worker's.
  events.on('pool:create', ({ workerPool }) => hold(workerPool.id))
  events.on('worker:create', ({ worker }) => hold(worker.workerId))
  const runner = await run({
    events,
    pgPool: pool,
    concurrency: options.concurrency ?? DEFAULT_CONCURRENCY,
    taskList: taskList(payload),
    crontab: DOSSIER_CRONTAB,
    // Our process owns its signals (npm start stops its children; the worker script handles SIGTERM).
    noHandleSignals: true,
    pollInterval: options.pollIntervalMs ?? 1000,
    logger: quietLogger(payload),
  })
  await Promise.all(holding)
  events.on('job:failed', ({ job, error }) => {
    payload.logger.warn({ task: job.task_identifier, job: job.id, attempts: job.attempts, err: error }, 'job failed')
  })
  const reap = async () => {
    const dead = await reapDeadWorkers(pool).catch((error: unknown) => {
      payload.logger.error({ err: error }, 'worker: looking for dead workers failed')
      return []
    })
    if (dead.length > 0) payload.logger.warn({ workers: dead }, 'jobs of dead workers returned to the queue')
  }
  await reap()
  const timer = setInterval(reap, options.reapEveryMs ?? 30_000)
  timer.unref()
  return {
    runner,
    events,
    async stop() {
      clearInterval(timer)
      await runner.stop()
      await liveness.release()
      await pool.end()
    },
  }
}

/**
 * This worker's own emitter, echoing every event to the caller's. The liveness locks are
 * taken on this worker's pool and workers only: on a shared emitter a second worker would
 * wait forever for the first one's lock (and run jobs meanwhile, never to be stopped).
 */
function ownEvents(outer: WorkerEvents | undefined): WorkerEvents {
  const own: WorkerEvents = new EventEmitter()
  if (!outer) return own
  const emit = own.emit.bind(own)
  own.emit = ((name: string, ...args: unknown[]) => {
    outer.emit(name as never, ...(args as [never]))
    return emit(name as never, ...(args as [never]))
  }) as WorkerEvents['emit']
  return own
}

/** graphile-worker's debug and info lines are noise here; warnings and errors go to Payload's logger. */
function quietLogger(payload?: Payload) {
  return new Logger(() => (level, message, meta) => {
    if (level !== 'error' && level !== 'warning') return
    if (payload) payload.logger[level === 'error' ? 'error' : 'warn']({ meta }, message)
    else process.stderr.write(`${message}\n`)
  })
}
