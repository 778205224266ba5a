import path from 'node:path'
import type { Payload } from 'payload'

import { type Services, startServices } from '../services/index.ts'
import type { Config } from './config.ts'
import type { Log } from './log.ts'
import { closePayload, openPayload, type PayloadEnv } from './payload.ts'

/** What Payload needs to open on a profile's services (the database may be another one on the same server). */
export function payloadEnvOf(config: Config, services: Services, databaseUrl = services.postgres.url): PayloadEnv {
  return {
    databaseUrl,
    payloadSecret: config.secrets.payloadSecret,
    serverUrl: config.cms.url,
    siteUrl: config.site.url,
    meiliUrl: services.meili.url,
    meiliMasterKey: services.meili.masterKey,
    uploadsDir: path.join(config.dataDir, 'uploads'),
  }
}

/**
 * For command-line tools (seed, import, reindex, bench): the services of a profile
 * (started or reused) and a Payload on them. `close()` undoes both.
 */
export async function openPayloadFor(
  config: Config,
  log: Log,
  databaseUrl?: (services: Services) => string,
): Promise<{ payload: Payload; services: Services; close(): Promise<void> }> {
  const services = await startServices(config, log)
  try {
    const payload = await openPayload(payloadEnvOf(config, services, databaseUrl?.(services)))
    return {
      payload,
      services,
      async close() {
        await closePayload(payload)
        await services.stop()
      },
    }
  } catch (error) {
    await services.stop()
    throw error
  }
}

/** Runs `work` on a Payload of the profile's services (openPayloadFor), closing both after. */
export async function withPayloadFor<T>(
  config: Config,
  log: Log,
  work: (opened: { payload: Payload; services: Services }) => Promise<T>,
): Promise<T> {
  const { close, ...opened } = await openPayloadFor(config, log)
  try {
    return await work(opened)
  } finally {
    await close()
  }
}
