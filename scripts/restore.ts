/**
 * `npm run restore -- FOLDER [--force]`: bring a backup of `npm run backup` back into an
 * empty data folder (embedded PostgreSQL) or an empty DATABASE_URL database, and its
 * uploads. Refuses, in one line, to write over anything non-empty unless --force.
 */
import path from 'node:path'
import { parseArgs } from 'node:util'

import { restoreBackup } from './lib/backup-restore.ts'
import { loadConfig } from './lib/config.ts'
import { describeError } from './lib/errors.ts'
import { createLog } from './lib/log.ts'

const log = createLog('restore')

try {
  const { positionals, values } = parseArgs({ allowPositionals: true, options: { force: { type: 'boolean' } } })
  const [folder] = positionals
  if (!folder || positionals.length > 1) {
    log.error('usage: npm run restore -- FOLDER [--force] (FOLDER: one that npm run backup printed)')
    process.exit(2)
  }
  await restoreBackup(path.resolve(folder), loadConfig('dev'), log, { force: values.force ?? false })
  log.info('start the portal with npm start')
  process.exit(0)
} catch (error) {
  log.error(describeError(error))
  process.exit(1)
}
