import { loadConfig } from '../../scripts/lib/config.ts'
import { createLog } from '../../scripts/lib/log.ts'
import { bringUp } from '../../scripts/lib/stack.ts'

/** The whole portal on the test profile; the returned function tears it down. */
export default async function globalSetup() {
  const config = loadConfig('test')
  const stack = await bringUp(config, createLog('e2e'), {
    freshDatabase: true,
    afterSeed: 'tests/e2e/fixtures/attach-samples.ts',
  })
  process.env.E2E_CMS_URL = stack.cmsUrl
  process.env.E2E_SITE_URL = stack.siteUrl
  // What the portal and the worker mailed (scripts/lib/mail-outbox.ts): the dossier test reads the trail.
  if (stack.mailDir) process.env.E2E_MAIL_DIR = stack.mailDir
  // What the worker's site builds read besides the CMS (tests/e2e/publishing.e2e.ts builds the same way).
  process.env.E2E_SITE_ENV = JSON.stringify({
    SITE_URL: stack.siteUrl,
    MEILI_URL: stack.services.meili.url,
    MEILI_MASTER_KEY: stack.services.meili.masterKey,
  })
  return async () => {
    await stack.stop()
  }
}
