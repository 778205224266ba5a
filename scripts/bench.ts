/**
 * `npm run bench`: timings at national size, printed as tables. Runs on the test
 * profile's servers in a database of its own (`dvc_bench`), filled once with the real
 * seed plus labelled synthetic records and kept between runs.
 *   --procedures 10000 --faqs 11000 --samples 30
 */
import path from 'node:path'
import { parseArgs } from 'node:util'

import { benchLists, ensureBenchData } from '../tests/bench/content-lists.bench.ts'
import { buildCmsIfChanged } from './lib/build-cms.ts'
import { spawnService, stopChildren } from './lib/children.ts'
import { loadConfig } from './lib/config.ts'
import { ensureDatabase, withDatabase } from './lib/database.ts'
import { describeError } from './lib/errors.ts'
import { createLog } from './lib/log.ts'
import { closePayload, openPayload, payloadEnv } from './lib/payload.ts'
import { getFreePort, waitForHttp } from './lib/ports.ts'
import { table } from './lib/stats.ts'
import { seed } from './seed/index.ts'
import { startServices } from './services/index.ts'

const log = createLog('bench')
const { values } = parseArgs({
  options: {
    procedures: { type: 'string', default: '10000' },
    faqs: { type: 'string', default: '11000' },
    samples: { type: 'string', default: '30' },
  },
})
const options = { procedures: Number(values.procedures), faqs: Number(values.faqs), samples: Number(values.samples) }

try {
  const config = loadConfig('test')
  const root = config.rootDir
  const services = await startServices(config, log)
  const databaseUrl = withDatabase(services.postgres.url, 'dvc_bench')
  await ensureDatabase(databaseUrl)
  const common = {
    payloadSecret: config.secrets.payloadSecret,
    siteUrl: config.site.url,
    meiliUrl: services.meili.url,
    meiliMasterKey: services.meili.masterKey,
    uploadsDir: path.join(config.dataDir, 'uploads'),
    databaseUrl,
  }
  const payload = await openPayload({ ...common, serverUrl: config.cms.url })
  let ministryId = 0
  try {
    if ((await payload.count({ collection: 'users' })).totalDocs === 0) {
      log.step('empty bench database: loading the real seed first')
      await seed(payload, {
        adminEmail: config.secrets.adminEmail,
        adminPassword: config.secrets.adminPassword,
        log: (m) => log.info(m),
      })
    }
    await ensureBenchData(payload, options, log)
    const ministry = await payload.find({
      collection: 'agencies',
      where: { kind: { equals: 'ministry' } },
      limit: 1,
      depth: 0,
    })
    ministryId = ministry.docs[0]?.id ?? 0
  } finally {
    await closePayload(payload)
  }

  const port = await getFreePort()
  const cmsUrl = `http://127.0.0.1:${port}`
  const env = {
    ...payloadEnv({ ...common, serverUrl: cmsUrl }),
    PATH: `${path.join(root, 'node_modules', '.bin')}${path.delimiter}${process.env.PATH ?? ''}`,
  }
  await buildCmsIfChanged(root, env)
  spawnService('node', ['cms/server.ts'], {
    cwd: root,
    env: { ...env, PORT: String(port), HOST: '127.0.0.1', NODE_ENV: 'production' },
    label: 'cms',
  })
  try {
    await waitForHttp(`${cmsUrl}/healthz`, 60_000)
    const login = await fetch(`${cmsUrl}/api/users/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: config.secrets.adminEmail, password: config.secrets.adminPassword }),
    })
    const token = ((await login.json()) as { token?: string }).token
    if (!token) throw new Error(`admin login failed (${login.status})`)
    log.step(`timing lists (${options.samples} samples each, one at a time)`)
    const rows = await benchLists(cmsUrl, `payload-token=${token}`, options.samples, ministryId)
    process.stdout.write(
      `\nContent lists at ${options.procedures} procedures and ${options.faqs} FAQs (vi + en), ms\n` +
        `${table(
          ['request', 'p50', 'p95', 'p99', 'max', 'n'],
          rows.map((r) => [r.what, r.timing.p50, r.timing.p95, r.timing.p99, r.timing.max, r.timing.n]),
        )}\n`,
    )
  } finally {
    await stopChildren()
  }
  await services.stop()
  process.exit(0)
} catch (error) {
  await stopChildren()
  log.error(describeError(error))
  process.exit(1)
}
