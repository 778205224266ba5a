/**
 * Bring the database up to date and load seed content when it is empty.
 * Runs as a child of `npm start` and of the test set-up, with the portal's environment
 * (cms/src/env.ts) plus ADMIN_EMAIL and ADMIN_PASSWORD. Its stage lines
 * (scripts/lib/prepare-stages.ts) let the start go on while the search index is built.
 */
import { ensureSearchReady, indexEverything } from '@dvc/cms/search'
import { CONTENT_STAMP_LINE, contentStamp } from './lib/content-stamp.ts'
import { closePayload, openPayload, payloadEnvFromProcess, requiredEnv } from './lib/payload.ts'
import { PREPARE_STAGES } from './lib/prepare-stages.ts'

const log = (message: string) => process.stderr.write(`${message}\n`)
const since = (at: number) => `(${Date.now() - at} ms)`

const started = Date.now()
const payload = await openPayload(payloadEnvFromProcess())
try {
  log(`${PREPARE_STAGES.schema} ${since(started)}`)
  const { totalDocs } = await payload.count({ collection: 'users' })
  const empty = totalDocs === 0
  if (empty) {
    const seeding = Date.now()
    log('empty database: loading seed content')
    // Loaded only for an empty database: a later start does not pay for the content's schemas.
    const { seed } = await import('./seed/index.ts')
    await seed(payload, {
      adminEmail: requiredEnv('ADMIN_EMAIL'),
      adminPassword: requiredEnv('ADMIN_PASSWORD'),
      national: process.env.SEED_NATIONAL_CATALOGUE !== '0',
      log,
    })
    log(`seed content loaded ${since(seeding)}`)
  } else {
    log('database has content: seed skipped')
  }
  log(`${CONTENT_STAMP_LINE}${await contentStamp(payload)}`)
  log(`${PREPARE_STAGES.content} ${since(started)}`)
  const indexing = Date.now()
  const progress = ({ index, indexed }: { index: string; indexed: number }) =>
    log(`search: ${index} ${indexed} documents`)
  if (empty) {
    await indexEverything(payload, progress)
    log(`search indexes built ${since(indexing)}`)
  } else {
    const rebuilt = await ensureSearchReady(payload, progress)
    log(`${rebuilt ? 'search indexes rebuilt' : 'search settings up to date'} ${since(indexing)}`)
  }
} finally {
  await closePayload(payload)
}
process.exit(0)
