/**
 * `npm run worker`: one worker of the durable queue (cms/src/jobs/): search documents and
 * static pages follow every committed write. Run as many as needed, anywhere that reaches
 * the database: they share the jobs and never run one twice. `npm start` runs one.
 * Environment: the portal server's (cms/src/env.ts), read from the process.
 * Argument: `--concurrency N` jobs at once in this process (default DEFAULT_CONCURRENCY, 4).
 */
import { DEFAULT_CONCURRENCY, startWorker } from '@dvc/cms/jobs'
import { publishConfig, publishSite } from '@dvc/cms/publish'
import { describeError } from './lib/errors.ts'
import { createLog } from './lib/log.ts'
import { closePayload } from './lib/payload.ts'

const log = createLog('worker')

function concurrency(): number {
  const at = process.argv.indexOf('--concurrency')
  const value = at === -1 ? DEFAULT_CONCURRENCY : Number(process.argv[at + 1])
  if (!Number.isInteger(value) || value < 1 || value > 32) {
    log.error('--concurrency must be a whole number from 1 to 32')
    process.exit(1)
  }
  return value
}

/**
 * Before the first job: the site's renderer and content in memory, and the target brought up
 * to date (nothing rendered when its fingerprint is this code's and content's), so the first
 * publish after a write renders only what the write touches.
 */
async function warmUp() {
  const target = publishConfig()
  if (!target) return
  const started = Date.now()
  const published = await publishSite({ ...target, keepLoaded: true })
  log.info(
    `site ${published.skipped ? 'up to date' : `published (${published.written.length} files)`} in ${Date.now() - started} ms`,
  )
}

try {
  const jobs = concurrency()
  const [{ getPayload }, { default: config }] = await Promise.all([
    import('payload'),
    import('../cms/src/payload.config.ts'),
  ])
  const payload = await getPayload({ config })
  await warmUp()
  const worker = await startWorker(payload, { concurrency: jobs })
  log.info(`worker running ${jobs} job(s) at a time`)
  let stopping = false
  const stop = async () => {
    if (stopping) return
    stopping = true
    // Running jobs finish (or are released to another worker) before the process ends.
    await worker.stop()
    await closePayload(payload)
    process.exit(0)
  }
  process.on('SIGINT', stop)
  process.on('SIGTERM', stop)
} catch (error) {
  log.error(describeError(error))
  process.exit(1)
}
