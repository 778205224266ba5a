/**
 * Bring the database up to date and load seed content when it is empty.
 * Runs as a child of `npm start` and of the test set-up, with the portal's environment
 * (cms/src/env.ts) plus ADMIN_EMAIL and ADMIN_PASSWORD.
 */
import { ensureSearchReady, indexEverything } from '../cms/src/portal/search-index.ts'
import { closePayload, openPayload } from './lib/payload.ts'
import { seed } from './seed/index.ts'

const log = (message: string) => process.stderr.write(`${message}\n`)

function required(name: string): string {
  const value = process.env[name]
  if (!value) throw new Error(`${name} is not set: run this through npm start or npm test`)
  return value
}

const started = Date.now()
const payload = await openPayload({
  databaseUrl: required('DATABASE_URL'),
  payloadSecret: required('PAYLOAD_SECRET'),
  serverUrl: required('SERVER_URL'),
  siteUrl: required('SITE_URL'),
  meiliUrl: required('MEILI_URL'),
  meiliMasterKey: required('MEILI_MASTER_KEY'),
  uploadsDir: required('UPLOADS_DIR'),
})
try {
  log(`schema in place (${Date.now() - started} ms)`)
  const { totalDocs } = await payload.count({ collection: 'users' })
  if (totalDocs === 0) {
    log('empty database: loading seed content')
    await seed(payload, { adminEmail: required('ADMIN_EMAIL'), adminPassword: required('ADMIN_PASSWORD'), log })
    log(`seed content loaded (${Date.now() - started} ms)`)
    await indexEverything(payload, ({ index, indexed }) => log(`search: ${index} ${indexed} documents`))
  } else {
    log('database has content: seed skipped')
    const rebuilt = await ensureSearchReady(payload, ({ index, indexed }) =>
      log(`search: ${index} ${indexed} documents`),
    )
    log(rebuilt ? 'search indexes rebuilt' : 'search settings up to date')
  }
} finally {
  await closePayload(payload)
}
process.exit(0)
