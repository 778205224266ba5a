import { rm } from 'node:fs/promises'
import path from 'node:path'
import { type Services, startServices } from '../services/index.ts'
import { buildCmsIfChanged } from './build-cms.ts'
import { run, spawnService, stopChildren } from './children.ts'
import type { Config } from './config.ts'
import { recreateDatabase } from './database.ts'
import type { Log } from './log.ts'
import { payloadEnvOf } from './open-dev-payload.ts'
import { payloadEnv } from './payload.ts'
import { waitForHttp } from './ports.ts'

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
    }
    const root = config.rootDir

    let started = Date.now()
    if (options.freshDatabase) {
      await recreateDatabase(services.postgres.url)
      // Uploads belong to the database that names them: a fresh one starts with none.
      await rm(path.join(config.dataDir, 'uploads'), { recursive: true, force: true })
    }
    log.step('database schema and seed content')
    await run('tsx', ['scripts/prepare.ts'], { cwd: root, env, label: 'prepare' })
    if (options.afterSeed) await run('tsx', [options.afterSeed], { cwd: root, env, label: 'fixtures' })
    log.done('database ready', Date.now() - started)

    started = Date.now()
    log.step('admin build (skipped when nothing changed)')
    const built = await buildCmsIfChanged(root, env)
    log.done(built ? 'admin built' : 'admin build up to date', Date.now() - started)

    started = Date.now()
    log.step(`portal server on ${config.cms.url}`)
    spawnService('node', ['cms/server.ts'], {
      cwd: root,
      env: { ...env, PORT: String(config.cms.port), HOST: '127.0.0.1', NODE_ENV: 'production' },
      label: 'cms',
    })
    await waitForHttp(`${config.cms.url}/healthz`, 60_000)
    log.done('portal server up', Date.now() - started)

    started = Date.now()
    log.step('static site build')
    const siteDir = path.join(root, 'site')
    const siteEnv = {
      ...env,
      CMS_URL: config.cms.url,
      SITE_PORT: String(config.site.port),
      SITE_OUT_DIR: config.site.outDir,
    }
    await run('astro', ['build'], { cwd: siteDir, env: siteEnv, label: 'site build', quiet: true })
    // Its own process: inside Astro's build hook the two peaks added up (README, Performance).
    await run('node', ['scripts/pagefind-index.ts', config.site.outDir], {
      cwd: siteDir,
      env: siteEnv,
      label: 'pagefind',
      quiet: true,
    })
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
