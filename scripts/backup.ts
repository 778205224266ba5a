/**
 * `npm run backup`: a consistent, timestamped copy of the development database (or of
 * DATABASE_URL's, with pg_dump) and the uploads, in `.data/backups/backup-<time>/`; prints
 * the folder. Starts PostgreSQL if `npm start` is not running (and stops it again after).
 */
import { createBackup } from './lib/backup.ts'
import { loadConfig } from './lib/config.ts'
import { describeError } from './lib/errors.ts'
import { createLog } from './lib/log.ts'
import { startPostgres } from './services/postgres.ts'

const log = createLog('backup')

try {
  const config = loadConfig('dev')
  const postgres = await startPostgres(config, log)
  try {
    const folder = await createBackup(config, log)
    log.info(`backup written to ${folder}`)
    process.stdout.write(`${folder}\n`)
  } finally {
    await postgres.stop()
  }
  process.exit(0)
} catch (error) {
  log.error(describeError(error))
  process.exit(1)
}
