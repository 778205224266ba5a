/**
 * `npm run sso:rotate-keys`: give the SSO provider new signing keys (RS256 and ES256) and
 * retire the current ones. Retired keys stay in the published JWKS until every token they
 * signed has expired (cms/src/sso/store/keys.ts); restart the portal replicas to sign with
 * the new keys. Uses the development database unless DATABASE_URL is set, like the other
 * scripts; SSO_KEY_SECRET (or the key derived from PAYLOAD_SECRET) seals the new keys.
 */

import { rotateSigningKeys, ssoSecret } from '@dvc/cms/sso-keys'
import type { PostgresAdapter } from '@payloadcms/db-postgres'
import type { Pool } from 'pg'

import { loadConfig } from './lib/config.ts'
import { describeError } from './lib/errors.ts'
import { createLog } from './lib/log.ts'
import { withPayloadFor } from './lib/open-dev-payload.ts'

const log = createLog('sso')

try {
  const config = loadConfig('dev')
  await withPayloadFor(config, log, async ({ payload }) => {
    const pool = (payload.db as unknown as PostgresAdapter).pool as unknown as Pool
    const secret = ssoSecret({
      SSO_KEY_SECRET: process.env.SSO_KEY_SECRET || undefined,
      PAYLOAD_SECRET: config.secrets.payloadSecret,
    })
    const { added, retired } = await rotateSigningKeys(pool, secret)
    log.info(
      `signing keys added: ${added.join(', ')}; retired (still published for a day): ${retired.join(', ') || 'none'}`,
    )
    log.info('restart the portal server (every replica) to sign with the new keys')
  })
  process.exit(0)
} catch (error) {
  log.error(describeError(error))
  process.exit(1)
}
