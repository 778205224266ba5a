/**
 * `npm start`: the whole portal on this machine with seeded content.
 * Ctrl-C stops every child process and the services this run started.
 */
import { loadConfig } from './lib/config.ts'
import { describeError } from './lib/errors.ts'
import { createLog } from './lib/log.ts'
import { bringUp } from './lib/stack.ts'

const log = createLog('start')
const started = Date.now()

try {
  const config = loadConfig('dev')
  const stack = await bringUp(config, log)
  let stopping = false
  const shutdown = async () => {
    if (stopping) return
    stopping = true
    log.step('stopping')
    await stack.stop()
    log.info('stopped')
    process.exit(0)
  }
  process.on('SIGINT', shutdown)
  process.on('SIGTERM', shutdown)
  process.stdout.write(
    [
      '',
      `Cổng Dịch vụ công quốc gia is up in ${((Date.now() - started) / 1000).toFixed(1)} s`,
      `  Public site        ${stack.siteUrl}/   (English: ${stack.siteUrl}/en/)`,
      `  Admin (Payload)    ${stack.cmsUrl}/admin`,
      `  REST API           ${stack.cmsUrl}/api`,
      `  Meilisearch        ${stack.services.meili.url}`,
      `  Admin login        ${config.secrets.adminEmail} / ${config.secrets.adminPassword}`,
      `                     (development only; generated into ${config.dataDir}/secrets.json)`,
      '',
      'Press Ctrl-C to stop.',
      '',
    ].join('\n'),
  )
} catch (error) {
  log.error(describeError(error))
  process.exit(1)
}
