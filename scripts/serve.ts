/**
 * `npm run serve`: production. The portal server (built admin, REST) and the static site's
 * server, on services the operator runs (DATABASE_URL, MEILI_URL): nothing embedded and
 * nothing generated. Every variable comes from the environment (`.env.example`); a missing
 * or weak one stops the start with one line naming it, before anything heavy loads.
 * Order on a new machine: `npm run migrate`, `npm run build -- admin`, `npm run serve`,
 * then `npm run build -- site` (the site reads the running portal; served as it lands).
 */
import { existsSync } from 'node:fs'
import path from 'node:path'
import { z } from 'zod'
import { EnvError, portalEnv } from '../cms/src/env.ts'
import { describeIssues, fromEnv, port } from '../cms/src/env-rules.ts'
import { spawnService, stopChildren } from './lib/children.ts'
import { describeError } from './lib/errors.ts'
import { createLog } from './lib/log.ts'
import { waitForHttp } from './lib/ports.ts'

const root = path.resolve(import.meta.dirname, '..')
const log = createLog('serve')

Object.assign(process.env, { NODE_ENV: 'production' })
process.env.UPLOADS_DIR ||= path.join(root, '.data', 'uploads')

const siteSchema = z.object({
  SITE_PORT: fromEnv(port.default(4321)),
  SITE_OUT_DIR: fromEnv(z.string().default(path.join(root, 'site', 'dist'))),
})

function checkedEnv() {
  const site = siteSchema.safeParse(process.env)
  const lines = site.success ? [] : describeIssues(site.error, process.env)
  let portal: ReturnType<typeof portalEnv> | undefined
  try {
    portal = portalEnv()
  } catch (error) {
    if (!(error instanceof EnvError)) throw error
    lines.unshift(...error.lines)
  }
  if (!portal || !site.success || lines.length > 0) {
    process.stderr.write(`${lines.join('\n')}\n`)
    process.exit(1)
  }
  return { portal, site: site.data }
}

const env = checkedEnv()
if (!existsSync(path.join(root, 'cms', '.next', 'BUILD_ID'))) {
  log.error('the admin is not built: run `npm run build -- admin` first')
  process.exit(1)
}

let stopping = false
const shutdown = async () => {
  stopping = true
  await stopChildren()
  process.exit(0)
}
process.on('SIGINT', shutdown)
process.on('SIGTERM', shutdown)

try {
  const node = process.execPath
  /** One server down takes the other with it: a supervisor restarts the pair. */
  const start = (label: string, args: string[]) =>
    spawnService(node, args, { cwd: root, label }).on('exit', (code) => {
      if (stopping) return
      stopping = true
      log.error(`the ${label} server stopped (exit ${code})`)
      void stopChildren().then(() => process.exit(code || 1))
    })
  start('portal', ['cms/server.ts'])
  const host = env.portal.HOST === '0.0.0.0' ? '127.0.0.1' : env.portal.HOST
  await waitForHttp(`http://${host}:${env.portal.PORT}/healthz`, 120_000)
  log.info(`portal server on ${env.portal.SERVER_URL} (listening on ${env.portal.HOST}:${env.portal.PORT})`)

  const siteDir = path.resolve(env.site.SITE_OUT_DIR)
  start('site', ['scripts/static-server.ts', siteDir, String(env.site.SITE_PORT)])
  log.info(
    existsSync(path.join(siteDir, 'index.html'))
      ? `static site from ${siteDir} on port ${env.site.SITE_PORT}`
      : `static site on port ${env.site.SITE_PORT}: ${siteDir} is empty until \`npm run build -- site\``,
  )
} catch (error) {
  log.error(describeError(error))
  await stopChildren()
  process.exit(1)
}
