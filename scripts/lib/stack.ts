import { rm } from 'node:fs/promises'
import path from 'node:path'
import { localFolderTarget, publishSite } from '@dvc/cms/publish'
import { type Services, startServices } from '../services/index.ts'
import { buildCmsIfChanged } from './build-cms.ts'
import { run, spawnService, stopChildren } from './children.ts'
import type { Config } from './config.ts'
import { recreateDatabase } from './database.ts'
import { startLocalEidService } from './local-eid.ts'
import type { Log } from './log.ts'
import { payloadEnvOf } from './open-dev-payload.ts'
import { payloadEnv } from './payload.ts'
import { waitForHttp } from './ports.ts'

/**
 * drizzle's schema push asks on a terminal whether a table or enum was renamed and whether
 * to accept data loss; with no terminal it would wait forever. That happens when `.data`
 * holds a database made by an older schema: say so and how to start afresh.
 */
const SCHEMA_PUSH_QUESTION = {
  line: /created or renamed|Accept warnings and push schema|data loss/i,
  message: [
    'The database in the data folder was made by an older version of the schema, and updating it',
    'needs a decision (a renamed table or field, or data that would be lost). Start afresh:',
    '`npm run backup` if it holds work you want to keep, then delete the data folder (`.data`',
    'for npm start) and run again.',
  ].join('\n'),
}

export type Stack = {
  services: Services
  cmsUrl: string
  siteUrl: string
  stop(): Promise<void>
}

/**
 * The whole portal on one machine, in the order data flows: services, schema and
 * seed, admin build, portal server, static site. `npm start` and the browser tests
 * both bring it up through here, each with its own config profile and data folder.
 */
export type BringUpOptions = {
  /** Drop and recreate the database first (browser tests start from the seed alone). */
  freshDatabase?: boolean
  /** A script run after the seed, before the builds, with the same environment (test fixtures). */
  afterSeed?: string
}

export async function bringUp(config: Config, log: Log, options: BringUpOptions = {}): Promise<Stack> {
  const services = await startServices(config, log)
  const stop = async () => {
    await stopChildren()
    await services.stop()
  }
  try {
    const env = {
      ...payloadEnv(payloadEnvOf(config, services)),
      ADMIN_EMAIL: config.secrets.adminEmail,
      ADMIN_PASSWORD: config.secrets.adminPassword,
      // The browser tests' world stays small (the curated records); `npm start` shows the whole national catalogue.
      SEED_NATIONAL_CATALOGUE: config.profile === 'dev' ? '1' : '0',
      // Our own binaries first: Node 24 from the "node" devDependency, tsx, next, astro.
      PATH: `${path.join(config.rootDir, 'node_modules', '.bin')}${path.delimiter}${process.env.PATH ?? ''}`,
      // The worker publishes every committed change into the folder the static server serves.
      PUBLISH_DIR: path.resolve(config.rootDir, config.site.outDir),
    }
    const root = config.rootDir

    let started = Date.now()
    if (options.freshDatabase) {
      await recreateDatabase(services.postgres.url)
      // Uploads belong to the database that names them: a fresh one starts with none.
      await rm(path.join(config.dataDir, 'uploads'), { recursive: true, force: true })
    }
    log.step('database schema and seed content')
    await run('tsx', ['scripts/prepare.ts'], { cwd: root, env, label: 'prepare', stuckWhen: SCHEMA_PUSH_QUESTION })
    if (options.afterSeed) await run('tsx', [options.afterSeed], { cwd: root, env, label: 'fixtures' })
    log.done('database ready', Date.now() - started)

    // The browser tests drive the production admin, as CI and production run it. `npm start`
    // serves it in Next's development mode instead: `next build` takes minutes on 2 cores, a
    // first start must be up in under 3 (issue 10), and a page compiles on its first visit.
    const productionAdmin = config.profile === 'test'
    if (productionAdmin) {
      started = Date.now()
      log.step('admin build (skipped when nothing changed)')
      const built = await buildCmsIfChanged(root, env)
      log.done(built ? 'admin built' : 'admin build up to date', Date.now() - started)
    }

    const eidEnv = await startLocalEidService(config, log, env)
    started = Date.now()
    log.step(`portal server on ${config.cms.url}${productionAdmin ? '' : ' (development mode)'}`)
    spawnService('node', ['cms/server.ts'], {
      cwd: root,
      env: {
        ...env,
        ...eidEnv,
        PORT: String(config.cms.port),
        HOST: '127.0.0.1',
        NODE_ENV: productionAdmin ? 'production' : 'development',
      },
      label: 'cms',
    })
    await waitForHttp(`${config.cms.url}/healthz`, 60_000)
    log.done('portal server up', Date.now() - started)
    started = Date.now()
    log.step('static site build')
    const siteEnv = {
      ...env,
      CMS_URL: config.cms.url,
      SITE_PORT: String(config.site.port),
      SITE_OUT_DIR: config.site.outDir,
    }
    // The same publisher as the worker's: later publishes then touch only what changed. A
    // later start whose site code and content are those of the last publish renders nothing
    // (the manifest's fingerprint); the renderer itself is rebuilt only when the site changed.
    const published = await publishSite({
      target: localFolderTarget(siteEnv.PUBLISH_DIR),
      cmsUrl: config.cms.url,
      env: siteEnv,
    })
    if (published.skipped) log.info('site unchanged since the last publish')
    // The queue's worker (search documents and pages after every write), as production runs
    // it; after the first publish, so it finds the site published and its renderer built.
    spawnService('tsx', ['scripts/worker.ts'], { cwd: root, env: { ...env, NODE_ENV: 'production' }, label: 'worker' })
    spawnService('node', ['scripts/static-server.ts', config.site.outDir, String(config.site.port)], {
      cwd: root,
      env: siteEnv,
      label: 'site',
    })
    await waitForHttp(`${config.site.url}/`, 30_000)
    log.done('static site up', Date.now() - started)

    return { services, cmsUrl: config.cms.url, siteUrl: config.site.url, stop }
  } catch (error) {
    await stop()
    throw error
  }
}
