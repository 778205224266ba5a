/**
 * `npm run migrate`: apply the committed Payload migrations (cms/src/migrations) to the
 * database at DATABASE_URL. Production takes its schema only from here, never from push.
 * `npm run migrate:create -- NAME`: write a new migration from the collections' changes
 * (no database is reached); commit it with the change. tests/int/migrations.int.test.ts
 * fails when one is forgotten.
 *
 * The environment is the portal server's (cms/src/env.ts): nothing is generated here.
 */
import path from 'node:path'

import { describeError } from './lib/errors.ts'
import { createLog } from './lib/log.ts'

const log = createLog('migrate')
const [command = 'up', name] = process.argv.slice(2)
const REPO_ROOT = path.resolve(import.meta.dirname, '..')

if (command === 'create') {
  // Writing a migration compares the collections with the last snapshot: no database, so
  // placeholders stand in for what the config insists on.
  process.env.NEXT_PHASE = 'phase-production-build'
}
// Where uploads would go is irrelevant here, but the portal's schema insists on it.
process.env.UPLOADS_DIR ||= path.join(REPO_ROOT, '.data', 'uploads')
// A pushed schema and migrations must never meet on one database (STACK-NOTES).
process.env.PAYLOAD_DB_PUSH = '0'
process.env.PAYLOAD_MIGRATING = 'true'

const { EnvError, portalEnv } = await import('../cms/src/env.ts')
try {
  portalEnv()
} catch (error) {
  if (!(error instanceof EnvError)) throw error
  process.stderr.write(`${error.lines.join('\n')}\n`)
  process.exit(1)
}

const [{ default: payload }, { default: config }] = await Promise.all([
  import('payload'),
  import('../cms/src/payload.config.ts'),
])
try {
  await payload.init({ config, disableOnInit: true, disableDBConnect: command === 'create' })
  if (command === 'create') {
    await payload.db.createMigration({ migrationName: name ?? 'change', payload, forceAcceptWarning: true })
  } else if (command === 'up') {
    if (await pushedBefore()) {
      throw new Error(
        'this database was built by development schema push: migrate an empty database instead (STACK-NOTES: never mix the two)',
      )
    }
    const started = Date.now()
    await payload.db.migrate()
    log.done('migrations applied', Date.now() - started)
  } else {
    throw new Error(`unknown command "${command}": use \`npm run migrate\` or \`npm run migrate:create -- NAME\``)
  }
  await payload.db.destroy?.()
  process.exit(0)
} catch (error) {
  log.error(describeError(error))
  process.exit(1)
}

/** Payload marks a pushed schema with a batch -1 migration row, then asks on a terminal: refuse instead. */
async function pushedBefore(): Promise<boolean> {
  const found = await payload
    .find({ collection: 'payload-migrations', where: { batch: { equals: -1 } }, limit: 1 })
    .catch(() => ({ totalDocs: 0 }))
  return found.totalDocs > 0
}
