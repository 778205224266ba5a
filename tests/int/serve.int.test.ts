import { type ChildProcess, execFile, spawn } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { buildCmsIfChanged } from '../../scripts/lib/build-cms.ts'
import { dropDatabase, recreateDatabase, withDatabase } from '../../scripts/lib/database.ts'
import { getFreePort, waitForHttp } from '../../scripts/lib/ports.ts'

/**
 * `npm run serve` as an operator runs it: NODE_ENV=production, every variable from the
 * environment, nothing generated. Missing secrets stop it at once; with the variables set
 * and `npm run migrate` run on an empty database, it serves the admin and the API.
 */
const root = path.resolve(import.meta.dirname, '../..')
const services = inject('services')
const databaseUrl = withDatabase(services.databaseUrl, `dvc_serve_${randomBytes(4).toString('hex')}`)
const siteDir = mkdtempSync(path.join(tmpdir(), 'dvc-serve-site-'))

/** The production environment, without anything the developer's shell or the test runner set. */
function productionEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const { PAYLOAD_SECRET: _, DATABASE_URL: __, MEILI_URL: ___, MEILI_MASTER_KEY: ____, ...rest } = process.env
  return { ...rest, NODE_ENV: 'production', SITE_OUT_DIR: siteDir, ...extra }
}

const secrets = () => ({
  DATABASE_URL: databaseUrl,
  PAYLOAD_SECRET: services.payloadSecret,
  MEILI_URL: services.meiliUrl,
  MEILI_MASTER_KEY: services.meiliMasterKey,
  UPLOADS_DIR: path.join(services.dataDir, 'uploads', 'serve'),
})

afterAll(async () => {
  await dropDatabase(databaseUrl)
  rmSync(siteDir, { recursive: true, force: true })
}, 60_000)

describe('npm run serve', () => {
  it('without PAYLOAD_SECRET exits non-zero with one line naming it, before starting anything', async () => {
    const { DATABASE_URL, MEILI_URL, MEILI_MASTER_KEY } = secrets()
    const started = Date.now()
    const failed = await promisify(execFile)('npm', ['run', '--silent', 'serve'], {
      cwd: root,
      env: productionEnv({ DATABASE_URL, MEILI_URL, MEILI_MASTER_KEY }),
    }).catch((error: { code: number; stdout: string; stderr: string }) => error)
    expect(failed).toMatchObject({ code: 1, stdout: '' })
    const lines = (failed as { stderr: string }).stderr.trim().split('\n')
    expect(lines).toEqual([expect.stringMatching(/^PAYLOAD_SECRET is not set: .*32/)])
    // Fails on the environment alone: no Next, no database (tsx's start-up is most of it).
    expect(Date.now() - started).toBeLessThan(30_000)
  }, 60_000)

  describe('with the variables set, on a migrated empty database', () => {
    let server: ChildProcess
    let port = 0

    beforeAll(async () => {
      await recreateDatabase(databaseUrl)
      const env = productionEnv(secrets())
      await promisify(execFile)('npm', ['run', '--silent', 'migrate'], { cwd: root, env })
      // The admin build is shared with the browser tests and skipped when nothing changed.
      await buildCmsIfChanged(root, env as Record<string, string>)
      port = await getFreePort()
      const sitePort = await getFreePort()
      server = spawn('npm', ['run', '--silent', 'serve'], {
        cwd: root,
        env: { ...env, PORT: String(port), SITE_PORT: String(sitePort), SERVER_URL: `http://localhost:${port}` },
        stdio: ['ignore', 'inherit', 'inherit'],
        detached: true,
      })
      await waitForHttp(`http://127.0.0.1:${port}/healthz`, 240_000)
      // The admin build alone took 881-1013 s on a machine shared with other test runs.
    }, 1_500_000)

    afterAll(() => {
      if (server?.pid) process.kill(-server.pid, 'SIGTERM')
    })

    it('serves the admin', async () => {
      const response = await fetch(`http://127.0.0.1:${port}/admin/login`)
      // An empty database: Payload asks for the first user; the admin speaks Vietnamese.
      expect(response.status).toBe(200)
      expect(response.url).toMatch(/\/admin\//)
      expect(await response.text()).toMatch(/<html[^>]* lang="vi"/)
    })

    it('serves the REST API from the migrated schema', async () => {
      const response = await fetch(`http://127.0.0.1:${port}/api/procedures?limit=1`)
      expect(response.status).toBe(200)
      expect(await response.json()).toMatchObject({ docs: [], totalDocs: 0 })
    })
  })
})
