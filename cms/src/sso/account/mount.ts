import type { IncomingMessage, ServerResponse } from 'node:http'
import type Provider from 'oidc-provider'
import type { Payload } from 'payload'
import { SharedTokenBucket } from '../../portal/http/rate-limit.ts'
import { passkeySection } from '../passkeys/account.ts'
import { handleRecovery } from '../recovery/router.ts'
import { verificationSection } from '../recovery/section.ts'
import { developmentSms, httpSms, type SmsSender } from '../recovery/sms.ts'
import { ensureRecoveryStore } from '../recovery/store.ts'
import { deriveKey } from '../store/keys.ts'
import type { Pool } from '../store/pool.ts'
import { handleAccount } from './router.ts'
import { ensureSignInLog, recordSignIns } from './sign-ins.ts'

export type AccountOptions = {
  provider: Provider
  payload: Payload
  pool: Pool
  issuer: string
  base: string
  secret: string
  trustProxy: number
  production: boolean
  /** SSO_SMS_URL: the operator's SMS gateway (recovery/sms.ts). */
  smsUrl?: string | undefined
}

/** Links and codes: 5 an hour per address and per account, the first ones at once (shared by replicas). */
const RECOVERY_LIMIT = { capacity: 5, perSecond: 5 / 3600 }

function smsSender(options: AccountOptions): SmsSender | null {
  if (options.smsUrl) return httpSms(options.smsUrl)
  // Production without a gateway sends no text at all rather than pretend to.
  return options.production ? null : developmentSms(options.pool, options.payload)
}

/**
 * The citizen's side of the SSO on the provider's mount (sso/mount.ts calls this once):
 * the sign-in log recorder, the account page with its verification forms, and password
 * recovery. Answers the request handler, which returns false for other paths.
 */
export async function mountAccount(
  options: AccountOptions,
): Promise<(req: IncomingMessage, res: ServerResponse) => Promise<boolean>> {
  const { provider, payload, pool, issuer, base, secret, trustProxy } = options
  await Promise.all([ensureSignInLog(pool), ensureRecoveryStore(pool)])
  recordSignIns(provider, pool, payload, trustProxy)
  const deps = { provider, payload, pool, issuer, base, formKey: deriveKey(secret, 'account-forms') }
  const recovery = {
    ...deps,
    limiter: new SharedTokenBucket(RECOVERY_LIMIT),
    trustProxy,
    codeKey: deriveKey(secret, 'verification-codes'),
    sms: smsSender(options),
  }
  const sections = [passkeySection, verificationSection(recovery)]
  return async (req, res) => (await handleAccount(deps, sections, req, res)) || handleRecovery(recovery, req, res)
}
