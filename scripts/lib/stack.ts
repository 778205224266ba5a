import { rm } from 'node:fs/promises'
import path from 'node:path'
import { type Services, startServices } from '../services/index.ts'
import { buildCmsIfChanged } from './build-cms.ts'
import { run, spawnService, stopChildren } from './children.ts'
import type { Config } from './config.ts'
import { stampOf } from './content-stamp.ts'
import { recreateDatabase } from './database.ts'
import { startLocalEidService } from './local-eid.ts'
import type { Log } from './log.ts'
import { startMailOutbox } from './mail-outbox.ts'
import { payloadEnvOf } from './open-dev-payload.ts'
import { payloadEnv } from './payload.ts'
import { waitForHttp } from './ports.ts'
import { type PrepareStage, stageOf } from './prepare-stages.ts'

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
  /** Where the local SMTP server keeps the mail it received (none when SMTP_URL is set). */
  mailDir?: string
  stop(): Promise<void>
}

export type BringUpOptions = {
  /** Drop and recreate the database first (browser tests start from the seed alone). */
  freshDatabase?: boolean
  /** A script run after the seed, before the builds, with the same environment (test fixtures). */
  afterSeed?: string
}

/**
 * `scripts/prepare.ts` as a child, with a promise per stage it announces: each rejects if it
 * fails first. `done` settles when it exits.
 */
function runPrepare(root: string, env: Record<string, string>) {
  const reached = new Map<PrepareStage, () => void>()
  const stage = (name: PrepareStage) => new Promise<void>((resolve) => reached.set(name, resolve))
  const schema = stage('schema')
  const content = stage('content')
  let stamped: (stamp: string) => void = () => {}
  const stamp = new Promise<string>((resolve) => {
    stamped = resolve
  })
  const done = run('tsx', ['scripts/prepare.ts'], {
    cwd: root,
    env,
    label: 'prepare',
    stuckWhen: SCHEMA_PUSH_QUESTION,
    onLine: (line) => {
      const name = stageOf(line)
      if (name) reached.get(name)?.()
      const printed = stampOf(line)
      if (printed !== undefined) stamped(printed)
    },
  })
  // A stage never announced fails with the child; exiting without announcing it is a bug.
  const or = <T>(reachedFirst: Promise<T>, name: string) =>
    Promise.race([
      reachedFirst,
      done.then(() => {
        throw new Error(`scripts/prepare.ts ended without saying "${name}"`)
      }),
    ])
  const stages = { schema: or(schema, 'schema'), content: or(content, 'content'), stamp: or(stamp, 'stamp'), done }
  // Awaited later, one after the other; an early failure must not count as unhandled meanwhile.
  for (const promise of Object.values(stages)) promise.catch(() => {})
  return stages
}

/** `work` timed: its step line now, its done line when it ends. */
async function timed<T>(log: Log, step: string, work: Promise<T>, done: (result: T) => string): Promise<T> {
  const started = Date.now()
  log.step(step)
  const result = await work
  log.done(done(result), Date.now() - started)
  return result
}

/**
 * The whole portal on one machine. What depends on nothing else starts at once (the site's
 * renderer build, the e-ID stand-in, the admin build, then the portal server and the database's
 * preparation); the site's render once the content is in place, while the search index is built.
 * `npm start` and the browser tests both bring it up through here, each with its own config
 * profile and data folder.
 */
export async function bringUp(config: Config, log: Log, options: BringUpOptions = {}): Promise<Stack> {
  // Heavy (Payload's publishing code): loaded while the services start.
  const publishing = import('@dvc/cms/publish')
  publishing.catch(() => {})
  const services = await startServices(config, log)
  // Mail to citizens goes to files in the data folder unless a real server is configured.
  const outbox = process.env.SMTP_URL
    ? undefined
    : await startMailOutbox(path.resolve(config.rootDir, config.dataDir, 'mail'))
  const stop = async () => {
    await stopChildren()
    await services.stop()
    await outbox?.close()
  }
  // Work awaited later: a failure meanwhile must not count as unhandled. The builds run in
  // children this process does not track: a failed start waits for them before it stops.
  const builds: Promise<unknown>[] = []
  const background = <T>(promise: Promise<T>, build = false): Promise<T> => {
    promise.catch(() => {})
    if (build) builds.push(promise)
    return promise
  }
  try {
    const env = {
      ...payloadEnv(payloadEnvOf(config, services)),
      ADMIN_EMAIL: config.secrets.adminEmail,
      ADMIN_PASSWORD: config.secrets.adminPassword,
      ...(outbox ? { SMTP_URL: outbox.url } : {}),
      // The browser tests' world stays small (the curated records); `npm start` shows the whole national catalogue.
      SEED_NATIONAL_CATALOGUE: config.profile === 'dev' ? '1' : '0',
      // Our own binaries first: Node 24 from the "node" devDependency, tsx, next, astro.
      PATH: `${path.join(config.rootDir, 'node_modules', '.bin')}${path.delimiter}${process.env.PATH ?? ''}`,
      // The worker publishes every committed change into the folder the static server serves.
      PUBLISH_DIR: path.resolve(config.rootDir, config.site.outDir),
    }
    const siteEnv = {
      ...env,
      CMS_URL: config.cms.url,
      SITE_PORT: String(config.site.port),
      SITE_OUT_DIR: config.site.outDir,
    }
    const root = config.rootDir

    // The site's renderer (an Astro build when the site's code changed) needs neither the
    // database nor the CMS: built while they come up.
    const renderer = background(
      timed(
        log,
        'site renderer (built when the site changed)',
        publishing.then(({ siteRenderer }) => siteRenderer(siteEnv)),
        () => 'site renderer ready',
      ),
      true,
    )
    // The browser tests drive the production admin, as CI and production run it. `npm start`
    // serves it in Next's development mode instead: `next build` takes minutes on 2 cores, a
    // first start must be up in under 3 (issue 10), and a page compiles on its first visit.
    const productionAdmin = config.profile === 'test'
    const adminBuild = productionAdmin
      ? background(
          timed(log, 'admin build (skipped when nothing changed)', buildCmsIfChanged(root, env), (built) =>
            built ? 'admin built' : 'admin build up to date',
          ),
          true,
        )
      : undefined
    const eid = startLocalEidService(config, log, env)
    background(eid.ready)

    if (options.freshDatabase) {
      await recreateDatabase(services.postgres.url)
      // Uploads belong to the database that names them: a fresh one starts with none.
      await rm(path.join(config.dataDir, 'uploads'), { recursive: true, force: true })
    }
    const started = Date.now()
    log.step('database schema, seed content and search index')
    const prepare = runPrepare(root, env)
    // The portal server's start reads none of Payload's tables (its SSO keeps its own schema,
    // created by itself; the admin and the API read on request): it starts beside prepare.
    const portalUp = background(
      (async () => {
        await adminBuild
        const at = Date.now()
        log.step(`portal server on ${config.cms.url}${productionAdmin ? '' : ' (development mode)'}`)
        spawnService('node', ['cms/server.ts'], {
          cwd: root,
          env: {
            ...env,
            ...eid.env,
            PORT: String(config.cms.port),
            HOST: '127.0.0.1',
            NODE_ENV: productionAdmin ? 'production' : 'development',
          },
          label: 'cms',
        })
        // Seconds alone; beside the seed and the renderer build on 2 busy cores, a minute or more.
        await waitForHttp(`${config.cms.url}/healthz`, 180_000)
        log.done('portal server up', Date.now() - at)
      })(),
    )
    await prepare.schema
    log.done('database schema in place', Date.now() - started)

    await prepare.content
    log.done('content in place', Date.now() - started)
    // Test fixtures write after the seed: the site must render them, so the stamp prepare
    // printed before them does not count.
    if (options.afterSeed) {
      await prepare.done
      await run('tsx', [options.afterSeed], { cwd: root, env, label: 'fixtures' })
    }
    const searchReady = background(prepare.done.then(() => log.done('search index ready', Date.now() - started)))
    await renderer
    const siteStarted = Date.now()
    log.step('static site')
    const { localFolderTarget, publishSite } = await publishing
    // The same publisher as the worker's: later publishes then touch only what changed. A
    // later start whose site code and content are those of the last publish renders nothing
    // (the manifest's fingerprint, compared with the stamp prepare read from the database),
    // and so need not wait for the portal server.
    const published = await publishSite({
      target: localFolderTarget(siteEnv.PUBLISH_DIR),
      cmsUrl: config.cms.url,
      env: siteEnv,
      ...(options.afterSeed ? {} : { contentStamp: await prepare.stamp }),
      cmsReady: portalUp,
      // The worker reads its own; this process publishes nothing after.
      unloadAfterPages: true,
    })
    log.done(
      published.skipped
        ? 'site unchanged since the last publish'
        : `site published (${published.written.length} files written)`,
      Date.now() - siteStarted,
    )
    spawnService('node', ['scripts/static-server.ts', config.site.outDir, String(config.site.port)], {
      cwd: root,
      env: siteEnv,
      label: 'site',
    })
    await waitForHttp(`${config.site.url}/`, 30_000)
    log.done('static site up', Date.now() - siteStarted)
    await searchReady
    // The queue's worker (search documents and pages after every write), as production runs
    // it; after the first publish, so it finds the site published and its renderer built.
    spawnService('tsx', ['scripts/worker.ts'], { cwd: root, env: { ...env, NODE_ENV: 'production' }, label: 'worker' })
    await portalUp
    await eid.ready

    return { services, cmsUrl: config.cms.url, siteUrl: config.site.url, mailDir: outbox?.dir, stop }
  } catch (error) {
    await Promise.allSettled(builds)
    await stop()
    throw error
  }
}
