/**
 * `npm run services -- up [--test]`: PostgreSQL and Meilisearch for working on
 * one part alone (the CMS, the indexer) without the whole `npm start`.
 * `npm run services -- down [--test]`: stops servers left running from the
 * data folder, e.g. after a killed run.
 */
import { loadConfig, type Profile } from './lib/config.ts'
import { describeError } from './lib/errors.ts'
import { createLog, displayPath } from './lib/log.ts'
import { startServices, stopServicesFromDataDir } from './services/index.ts'

const USAGE = 'usage: npx tsx scripts/services.ts up|down [--test]'
const log = createLog('services')
const [command, ...flags] = process.argv.slice(2)
const profile: Profile = flags.includes('--test') ? 'test' : 'dev'

try {
  const config = loadConfig(profile)
  if (command === 'up') await up(config)
  else if (command === 'down') await stopServicesFromDataDir(config, log)
  else {
    log.error(USAGE)
    process.exitCode = 2
  }
} catch (err) {
  log.error(describeError(err))
  process.exit(1)
}

async function up(config: ReturnType<typeof loadConfig>): Promise<void> {
  const services = await startServices(config, log)
  const note = (reused: boolean): string => (reused ? '  (already running: left running on exit)' : '')
  const secrets = displayPath(config.rootDir, `${config.dataDir}/secrets.json`)
  process.stdout.write(
    [
      `PostgreSQL   ${redact(services.postgres.url)}${note(services.postgres.reused)}`,
      `Meilisearch  ${services.meili.url}${note(services.meili.reused)}`,
      config.postgres.embedded || config.meili.embedded ? `Passwords and master key in ${secrets}` : '',
      'Press Ctrl-C to stop.',
      '',
    ]
      .filter((line, i, all) => line !== '' || i === all.length - 1)
      .join('\n'),
  )

  // Reused services are not our children: without this, nothing would keep us waiting for Ctrl-C.
  setInterval(() => {}, 2 ** 30)
  let stoppingSince: number | undefined
  const shutdown = async (signal: NodeJS.Signals): Promise<void> => {
    if (stoppingSince !== undefined) {
      // One Ctrl-C often arrives twice (the terminal signals the whole group, and
      // npm and tsx relay it as well): only a second press, later, forces the exit.
      if (Date.now() - stoppingSince < 1000) return
      log.warn(`${signal} again: exiting without waiting`)
      process.exit(130)
    }
    stoppingSince = Date.now()
    const started = performance.now()
    log.step('stopping (Ctrl-C again to force)')
    try {
      await services.stop()
      log.done('stopped', performance.now() - started)
      process.exit(0)
    } catch (err) {
      log.error(describeError(err))
      process.exit(1)
    }
  }
  process.on('SIGINT', shutdown)
  process.on('SIGTERM', shutdown)
  process.on('SIGHUP', shutdown)
}

function redact(url: string): string {
  const u = new URL(url)
  if (u.password) u.password = '***'
  return u.href
}
