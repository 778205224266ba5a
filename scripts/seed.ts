/**
 * `npm run seed`: load the seed content into an empty `npm start` database.
 * `npm run seed -- --synthetic-faqs 500`: top every ministry up to 500 FAQs with
 * clearly labelled synthetic ones, for load tests.
 */
import { parseArgs } from 'node:util'

import { loadConfig } from './lib/config.ts'
import { describeError } from './lib/errors.ts'
import { createLog } from './lib/log.ts'
import { withPayloadFor } from './lib/open-dev-payload.ts'
import { seed } from './seed/index.ts'
import { syntheticFaqs } from './seed/synthetic.ts'

const log = createLog('seed')

try {
  const { values } = parseArgs({ options: { 'synthetic-faqs': { type: 'string' } } })
  const perMinistry = values['synthetic-faqs'] === undefined ? undefined : Number(values['synthetic-faqs'])
  if (perMinistry !== undefined && !(Number.isInteger(perMinistry) && perMinistry > 0)) {
    throw new Error('--synthetic-faqs takes a positive whole number, e.g. --synthetic-faqs 500')
  }
  const config = loadConfig('dev')
  await withPayloadFor(config, log, async ({ payload }) => {
    const { totalDocs } = await payload.count({ collection: 'users' })
    if (totalDocs === 0) {
      log.step('empty database: loading seed content')
      await seed(payload, {
        adminEmail: config.secrets.adminEmail,
        adminPassword: config.secrets.adminPassword,
        log: (m) => log.info(m),
      })
    } else if (perMinistry === undefined) {
      log.info('the database already has content: nothing to seed')
    }
    if (perMinistry !== undefined) {
      const started = Date.now()
      log.step(`synthetic FAQs: every ministry up to ${perMinistry}`)
      const created = await syntheticFaqs(payload, perMinistry, (done, total) => log.info(`${done} / ${total}`))
      log.done(`${created} synthetic FAQs created`, Date.now() - started)
    }
  })
  process.exit(0)
} catch (error) {
  log.error(describeError(error))
  process.exit(1)
}
