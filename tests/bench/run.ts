/**
 * `npm run bench`: timings at national size, printed as tables. Runs on the test
 * profile's servers in a database of its own (`dvc_bench`), filled once with the real
 * seed plus labelled synthetic records and kept between runs; search uses its own
 * `bench_` indexes, the site build a temporary folder.
 *   --procedures 10000 --faqs 11000 --samples 30 --search-samples 200 --publish-samples 5
 *   --only lists,site,search,relevance,import,publish,sso,dossiers
 * `relevance` needs only Meilisearch: alone (`--only relevance`) it opens no database.
 * `sso` needs no content: alone (`--only sso`) it skips the national-size data.
 */
import { cpus, loadavg } from 'node:os'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { buildCmsIfChanged } from '../../scripts/lib/build-cms.ts'
import { spawnService, stopChildren } from '../../scripts/lib/children.ts'
import { loadConfig } from '../../scripts/lib/config.ts'
import { ensureDatabase, withDatabase } from '../../scripts/lib/database.ts'
import { describeError } from '../../scripts/lib/errors.ts'
import { createLog } from '../../scripts/lib/log.ts'
import { payloadEnvOf } from '../../scripts/lib/open-dev-payload.ts'
import { closePayload, openPayload, payloadEnv } from '../../scripts/lib/payload.ts'
import { getFreePort, waitForHttp } from '../../scripts/lib/ports.ts'
import { table } from '../../scripts/lib/stats.ts'
import { seed } from '../../scripts/seed/index.ts'
import { startServices } from '../../scripts/services/index.ts'
import { createSearchClient } from '../../search/src/client.ts'
import { indexNames } from '../../search/src/names.ts'
import { benchLists, ensureBenchData } from './content-lists.bench.ts'
import { benchDossiers, prepareDossierBench } from './dossiers.bench.ts'
import { benchImport } from './import.bench.ts'
import {
  benchMeiliQueries,
  benchPortalQueries,
  benchReindex,
  type ReindexRow,
  SEARCH_TARGETS,
} from './portal-search.bench.ts'
import { benchPublishing } from './publish.bench.ts'
import { benchRelevance, printRelevance } from './relevance.bench.ts'
import { benchSiteBuild } from './site-build.bench.ts'
import { benchSso, prepareSsoBench, type SsoFixture } from './sso.bench.ts'

const log = createLog('bench')
const { values } = parseArgs({
  options: {
    procedures: { type: 'string', default: '10000' },
    faqs: { type: 'string', default: '11000' },
    samples: { type: 'string', default: '30' },
    'search-samples': { type: 'string', default: '200' },
    'publish-samples': { type: 'string', default: '5' },
    only: { type: 'string', default: 'lists,site,search,relevance,import,publish,sso,dossiers' },
  },
})
const options = { procedures: Number(values.procedures), faqs: Number(values.faqs), samples: Number(values.samples) }
const searchSamples = Number(values['search-samples'])
const PARTS = ['lists', 'site', 'search', 'relevance', 'import', 'publish', 'sso', 'dossiers'] as const
const only = new Set(values.only.split(',').map((part) => part.trim()))
for (const part of only) {
  if (!(PARTS as readonly string[]).includes(part)) {
    process.stderr.write(`--only: unknown part "${part}": pick from ${PARTS.join(',')}\n`)
    process.exit(2)
  }
}
/** Parts that read a national-size database through the running portal (the import part needs neither). */
const SERVED_PARTS = ['lists', 'site', 'search', 'publish']
/** Search indexes of the bench alone: a developer's or a test's are never rebuilt. */
const SEARCH_PREFIX = 'bench_'
const size = `${options.procedures} procedures and ${options.faqs} FAQs (vi + en)`
const print = (title: string, headers: string[], rows: (string | number)[][]) =>
  process.stdout.write(`\n${title}\n${table(headers, rows)}\n`)

try {
  const config = loadConfig('test')
  const root = config.rootDir
  const services = await startServices(config, log)
  if (only.has('relevance')) {
    const client = createSearchClient({
      host: services.meili.url,
      apiKey: services.meili.masterKey,
      timeoutMs: 120_000,
    })
    printRelevance(await benchRelevance(client, (message) => log.step(message)))
    if (only.size === 1) {
      await services.stop()
      process.exit(0)
    }
  }
  const databaseUrl = withDatabase(services.postgres.url, 'dvc_bench')
  await ensureDatabase(databaseUrl)
  const common = payloadEnvOf(config, services, databaseUrl)
  process.env.SEARCH_INDEX_PREFIX = SEARCH_PREFIX
  const payload = await openPayload({ ...common, serverUrl: config.cms.url })
  let ministryId = 0
  let reindexed: ReindexRow[] = []
  let ssoFixture: SsoFixture | undefined
  let dossierFixture: SsoFixture | undefined
  const needsContent = [...only].some((part) => part !== 'sso' && part !== 'relevance' && part !== 'dossiers')
  try {
    if (only.has('sso')) ssoFixture = await prepareSsoBench(payload)
    if (only.has('dossiers')) dossierFixture = await prepareDossierBench(payload)
  } catch (error) {
    await closePayload(payload)
    throw error
  }
  try {
    if (needsContent && (await payload.count({ collection: 'users' })).totalDocs === 0) {
      log.step('empty bench database: loading the real seed first')
      await seed(payload, {
        adminEmail: config.secrets.adminEmail,
        adminPassword: config.secrets.adminPassword,
        log: (m) => log.info(m),
      })
    }
    // The synthetic fill serves the parts that read a national-size database; the import part writes its own records.
    if (SERVED_PARTS.some((part) => only.has(part))) await ensureBenchData(payload, options, log)
    const ministry = await payload.find({
      collection: 'agencies',
      where: { kind: { equals: 'ministry' } },
      limit: 1,
      depth: 0,
    })
    ministryId = ministry.docs[0]?.id ?? 0
    if (only.has('import')) {
      const rows = await benchImport(payload, options.procedures, log)
      print(
        `Import of the national portal's JSON (npm run import path), ${options.procedures} records (target < 120 s)`,
        ['pass', 'records', 'created', 'unchanged', 's', 'records/s'],
        rows.map((r) => [r.pass, r.records, r.created, r.unchanged, r.seconds, r.records / r.seconds]),
      )
    }
    if (only.has('search')) {
      log.step(`full reindex into ${SEARCH_PREFIX}* indexes`)
      reindexed = await benchReindex(payload)
    }
  } finally {
    await closePayload(payload)
  }
  // The SSO part needs the portal server too, though no content: `--only sso` used to stop here, measuring nothing.
  if (!SERVED_PARTS.some((part) => only.has(part)) && !ssoFixture && !dossierFixture) {
    await services.stop()
    process.exit(0)
  }

  const port = await getFreePort()
  const cmsUrl = `http://127.0.0.1:${port}`
  const env = {
    ...payloadEnv({ ...common, serverUrl: cmsUrl }),
    SEARCH_INDEX_PREFIX: SEARCH_PREFIX,
    // openPayload pushed the bench database's schema from this process; the production-mode
    // server and worker refuse a push (cms/src/env.ts) and need none.
    PAYLOAD_DB_PUSH: '0',
    PATH: `${path.join(root, 'node_modules', '.bin')}${path.delimiter}${process.env.PATH ?? ''}`,
  }
  await buildCmsIfChanged(root, env)
  const server = spawnService('node', ['cms/server.ts'], {
    cwd: root,
    // The search bench poses as a load balancer naming each visitor (tests/bench/portal-search.bench.ts).
    // The SSO bench logs one synthetic citizen in many times: its login throttle stands aside.
    env: {
      ...env,
      PORT: String(port),
      HOST: '127.0.0.1',
      NODE_ENV: 'production',
      TRUST_PROXY: '1',
      SSO_LOGIN_BURST: '1000000',
      SSO_LOGIN_PER_MINUTE: '1000000',
    },
    label: 'cms',
  })
  try {
    await waitForHttp(`${cmsUrl}/healthz`, 60_000)
    if (only.has('lists')) await benchListsPart(cmsUrl, config.secrets, ministryId)
    if (only.has('site')) {
      log.step('building the site into a temporary folder')
      const phases = await benchSiteBuild({ root, cmsUrl, siteUrl: config.site.url, env })
      print(
        `Site build at ${size}`,
        ['phase', 'pages', 's', 'pages/s', 'peak RSS MB', 'target'],
        phases.map((p) => [p.what, p.pages, p.seconds, p.pages / p.seconds, p.peakMb, p.target ?? '']),
      )
    }
    if (only.has('publish')) await benchPublishPart(cmsUrl, env, root)
    if (dossierFixture) {
      const rows = await benchDossiers(cmsUrl, server.pid as number, dossierFixture, (message) => log.step(message))
      print(
        'Dossiers on the portal server (one process; the client shares the 2 cores; synthetic citizen and files)',
        ['measure', 'count', 's', 'per s', 'p50 ms', 'p95 ms', 'peak RSS MB', 'target'],
        rows.map((r) => [r.what, r.count, r.seconds, r.count / r.seconds, r.p50, r.p95, r.peakMb ?? '', r.target]),
      )
    }
    if (ssoFixture) {
      const rows = await benchSso(cmsUrl, ssoFixture, (message) => log.step(message))
      print(
        'Single sign-on on the portal server (one process; the client shares the 2 cores)',
        ['measure', 'requests', 's', 'req/s', 'p50 ms', 'p95 ms', 'target'],
        rows.map((r) => [
          r.what,
          r.requests,
          r.seconds,
          r.seconds ? r.requests / r.seconds : '',
          r.p50,
          r.p95,
          r.target,
        ]),
      )
    }
    if (only.has('search')) {
      const docs = reindexed.at(-1)
      print(
        `Full reindex (real indexer, swap) at ${size}`,
        ['index', 'documents', 's', 'docs/s', 'target'],
        reindexed.map((r) => [
          r.index,
          r.documents,
          r.seconds,
          r.documents / r.seconds,
          r === docs
            ? `< ${SEARCH_TARGETS.reindexSeconds} s: ${r.seconds < SEARCH_TARGETS.reindexSeconds ? 'met' : 'MISSED'}`
            : '',
        ]),
      )
      log.step(`timing faceted searches (${searchSamples} samples each, one at a time)`)
      const client = createSearchClient({
        host: services.meili.url,
        apiKey: services.meili.masterKey,
        timeoutMs: 60_000,
      })
      const meili = await benchMeiliQueries(client, indexNames(SEARCH_PREFIX).procedures, searchSamples)
      const portal = await benchPortalQueries(cmsUrl, searchSamples)
      const target = (path: string) => (path === 'Meilisearch' ? SEARCH_TARGETS.meiliP95Ms : SEARCH_TARGETS.portalP95Ms)
      print(
        `Faceted procedure search at ${size}, ms`,
        ['path', 'query', 'p50', 'p95', 'p99', 'n', 'target p95'],
        [...meili, ...portal].map((r) => [
          r.path,
          r.kind,
          r.timing.p50,
          r.timing.p95,
          r.timing.p99,
          r.timing.n,
          `< ${target(r.path)}: ${r.timing.p95 < target(r.path) ? 'met' : 'MISSED'}`,
        ]),
      )
    }
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

async function benchListsPart(
  cmsUrl: string,
  secrets: { adminEmail: string; adminPassword: string },
  ministryId: number,
) {
  const login = await fetch(`${cmsUrl}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: secrets.adminEmail, password: secrets.adminPassword }),
  })
  const token = ((await login.json()) as { token?: string }).token
  if (!token) throw new Error(`admin login failed (${login.status})`)
  log.step(`timing lists (${options.samples} samples each, one at a time)`)
  const rows = await benchLists(cmsUrl, `payload-token=${token}`, options.samples, ministryId)
  print(
    `Content lists at ${size}, ms`,
    ['request', 'p50', 'p95', 'p99', 'max', 'n'],
    rows.map((r) => [r.what, r.timing.p50, r.timing.p95, r.timing.p99, r.timing.max, r.timing.n]),
  )
}

async function benchPublishPart(cmsUrl: string, env: Record<string, string | undefined>, root: string) {
  const config = loadConfig('test')
  const login = await fetch(`${cmsUrl}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: config.secrets.adminEmail, password: config.secrets.adminPassword }),
  })
  const token = ((await login.json()) as { token?: string }).token
  if (!token) throw new Error(`admin login failed (${login.status})`)
  log.step('publishing: full build, then publishes through the queue worker')
  const samples = Number(values['publish-samples'])
  // The machine may be shared: the load beside the figures says how far to trust them.
  const load = () =>
    loadavg()
      .map((value) => value.toFixed(1))
      .join(' ')
  const loadBefore = load()
  const { rows, workerMb } = await benchPublishing({ root, cmsUrl, token, env, samples })
  print(
    `Publishing at ${size}, seconds (worker peak memory ${workerMb.toFixed(0)} MB; ` +
      `load average ${loadBefore} before, ${load()} after, on ${cpus().length} cores)`,
    ['what', 'p50', 'p95', 'n', 'peak RSS MB', 'target'],
    rows.map((r) => [r.what, r.p50, r.p95, r.n, r.peakMb ?? '', r.target]),
  )
}
