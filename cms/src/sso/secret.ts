import type { PortalEnv } from '../env.ts'
import { deriveKey } from './store/keys.ts'

/** SSO_KEY_SECRET, or a key derived from PAYLOAD_SECRET under its own label when it is unset. */
export function ssoSecret(env: Pick<PortalEnv, 'SSO_KEY_SECRET' | 'PAYLOAD_SECRET'>): string {
  return env.SSO_KEY_SECRET ?? deriveKey(env.PAYLOAD_SECRET, 'sso-key-secret').toString('hex')
}
