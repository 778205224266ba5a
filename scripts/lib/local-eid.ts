import { createHash } from 'node:crypto'

import { spawnService } from './children.ts'
import type { Config } from './config.ts'
import type { Log } from './log.ts'
import { waitForHttp } from './ports.ts'

/** Beside the portal's port, in each profile (dev 3010, tests 3110, plus TEST_PORT_OFFSET). */
const PORT_AFTER_PORTAL = 10

/**
 * The national e-ID's local stand-in (cms/src/sso/eid/local-eid.ts, labelled synthetic
 * identities) for `npm start` and the browser tests: the portal's variables pointing at it at
 * once (the portal asks the e-ID for its configuration on first use, so it may start first),
 * and `ready` when it answers. Nothing starts when EID_ISSUER names a real e-ID: then the
 * portal reads it as set.
 */
export function startLocalEidService(
  config: Config,
  log: Log,
  env: Record<string, string | undefined>,
): { env: Record<string, string>; ready: Promise<void> } {
  if (process.env.EID_ISSUER) return { env: {}, ready: Promise.resolve() }
  const port = config.cms.port + PORT_AFTER_PORTAL
  const issuerOfPortal = (process.env.SSO_ISSUER ?? `${config.cms.url}/oidc`).replace(/\/$/, '')
  const eidEnv = {
    EID_ISSUER: `http://127.0.0.1:${port}`,
    EID_CLIENT_ID: 'dichvucong-local',
    // Derived, not stored: the stand-in and the portal agree without a file.
    EID_CLIENT_SECRET: createHash('sha256').update(`local-eid\n${config.secrets.payloadSecret}`).digest('base64url'),
  }
  const started = Date.now()
  log.step(`national e-ID stand-in (synthetic identities) on ${eidEnv.EID_ISSUER}`)
  spawnService('tsx', ['scripts/eid-local.ts'], {
    cwd: config.rootDir,
    env: { ...env, ...eidEnv, EID_LOCAL_PORT: String(port), EID_REDIRECT_URI: `${issuerOfPortal}/eid/callback` },
    label: 'e-id',
  })
  const ready = waitForHttp(`${eidEnv.EID_ISSUER}/.well-known/openid-configuration`, 30_000).then(() =>
    log.done('national e-ID stand-in up', Date.now() - started),
  )
  return { env: eidEnv, ready }
}
