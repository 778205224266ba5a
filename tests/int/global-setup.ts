import type { TestProject } from 'vitest/node'

import { loadConfig } from '../../scripts/lib/config.ts'
import { createLog } from '../../scripts/lib/log.ts'
import { startServices } from '../../scripts/services/index.ts'

declare module 'vitest' {
  export interface ProvidedContext {
    services: { databaseUrl: string; meiliUrl: string; meiliMasterKey: string; payloadSecret: string; dataDir: string }
  }
}

/** Real PostgreSQL and Meilisearch for the integration tests, on the test profile's ports. */
export default async function setup(project: TestProject) {
  const config = loadConfig('test')
  const services = await startServices(config, createLog('int'))
  project.provide('services', {
    databaseUrl: services.postgres.url,
    meiliUrl: services.meili.url,
    meiliMasterKey: services.meili.masterKey,
    payloadSecret: config.secrets.payloadSecret,
    dataDir: config.dataDir,
  })
  return async () => {
    await services.stop()
  }
}
