import path from 'node:path'
import type { Payload } from 'payload'

import { type Services, startServices } from '../services/index.ts'
import type { Config } from './config.ts'
import type { Log } from './log.ts'
import { closePayload, openPayload } from './payload.ts'

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
    const payload = await openPayload({
      databaseUrl: databaseUrl ? databaseUrl(services) : services.postgres.url,
      payloadSecret: config.secrets.payloadSecret,
      serverUrl: config.cms.url,
      siteUrl: config.site.url,
      meiliUrl: services.meili.url,
      meiliMasterKey: services.meili.masterKey,
      uploadsDir: path.join(config.dataDir, 'uploads'),
    })
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
