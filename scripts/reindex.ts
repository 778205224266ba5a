/**
 * `npm run reindex`: rebuild the Meilisearch indexes (procedures, faqs) from the published
 * records of the development database. Each index is built aside and swapped in, so a
 * running portal keeps answering searches meanwhile. Starts PostgreSQL and Meilisearch
 * if `npm start` is not running (and stops them again after).
 */

import { indexEverything } from '@dvc/cms/search'
import { SETTINGS_VERSION } from '@dvc/search'
import { loadConfig } from './lib/config.ts'
import { describeError } from './lib/errors.ts'
import { createLog } from './lib/log.ts'
import { withPayloadFor } from './lib/open-dev-payload.ts'

const log = createLog('reindex')

try {
  const config = loadConfig('dev')
  log.step('opening the CMS database')
  await withPayloadFor(config, log, async ({ payload, services }) => {
    log.step(`rebuilding the search indexes on ${services.meili.url}`)
    const result = await indexEverything(payload, ({ index, indexed }) => log.info(`${index}: ${indexed} documents`))
    for (const built of [result.procedures, result.faqs]) {
      log.done(`${built.index}: ${built.documents} documents swapped in (settings v${SETTINGS_VERSION})`, built.ms)
    }
    log.info(`search-only key for the browser: uid ${result.searchKeyUid}`)
  })
  process.exit(0)
} catch (error) {
  log.error(describeError(error))
  process.exit(1)
}
