/**
 * The local services the portal needs, started together: PostgreSQL and
 * Meilisearch. Each is embedded unless the config points at an external one.
 */
import type { Config } from '../lib/config.ts'
import { describeError } from '../lib/errors.ts'
import type { Log } from '../lib/log.ts'
import { type MeiliHandle, startMeilisearch, stopMeilisearchFromDataDir } from './meilisearch.ts'
import { type PostgresHandle, startPostgres, stopPostgresFromDataDir } from './postgres.ts'

export type { MeiliHandle } from './meilisearch.ts'
export type { PostgresHandle } from './postgres.ts'

export type Services = {
  postgres: PostgresHandle
  meili: MeiliHandle
  /** Stops what this call started; reused and external services keep running. */
  stop(): Promise<void>
}

export async function startServices(config: Config, log: Log): Promise<Services> {
  const [postgres, meili] = await Promise.allSettled([startPostgres(config, log), startMeilisearch(config, log)])
  if (postgres.status === 'rejected' || meili.status === 'rejected') {
    // Do not leave the one that did start running behind a failed start.
    await Promise.all([postgres, meili].map((r) => (r.status === 'fulfilled' ? r.value.stop() : undefined)))
    const failures = [postgres, meili].flatMap((r) => (r.status === 'rejected' ? [r.reason as unknown] : []))
    for (const extra of failures.slice(1)) log.error(describeError(extra))
    throw failures[0]
  }
  let stopping: Promise<void> | undefined
  return {
    postgres: postgres.value,
    meili: meili.value,
    stop() {
      stopping ??= Promise.all([postgres.value.stop(), meili.value.stop()]).then(() => {})
      return stopping
    },
  }
}

/** `services down`: stops servers started from this data folder by any process, found by their pid files. */
export async function stopServicesFromDataDir(config: Config, log: Log): Promise<void> {
  const started = performance.now()
  const [postgres, meili] = await Promise.all([
    config.postgres.embedded ? stopPostgresFromDataDir(config) : false,
    config.meili.embedded ? stopMeilisearchFromDataDir(config) : false,
  ])
  const stopped = [postgres && 'PostgreSQL', meili && 'Meilisearch'].filter(Boolean).join(' and ')
  if (stopped) log.done(`stopped ${stopped}`, performance.now() - started)
  else log.info(`nothing was running from ${config.dataDir}`)
}
