/**
 * Bring the database up to date and load seed content when it is empty.
 * Runs as a child of `npm start` and of the test set-up, with the portal's environment
 * (cms/src/env.ts) plus ADMIN_EMAIL and ADMIN_PASSWORD.
 */
import { ensureSearchReady, indexEverything } from '@dvc/cms/search'
import { closePayload, openPayload, payloadEnvFromProcess, requiredEnv } from './lib/payload.ts'
import { seed } from './seed/index.ts'

const log = (message: string) => process.stderr.write(`${message}\n`)

const started = Date.now()
const payload = await openPayload(payloadEnvFromProcess())
try {
  log(`schema in place (${Date.now() - started} ms)`)
  const { totalDocs } = await payload.count({ collection: 'users' })
  if (totalDocs === 0) {
    log('empty database: loading seed content')
    await seed(payload, {
      adminEmail: requiredEnv('ADMIN_EMAIL'),
      adminPassword: requiredEnv('ADMIN_PASSWORD'),
      national: process.env.SEED_NATIONAL_CATALOGUE !== '0',
      log,
    })
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
