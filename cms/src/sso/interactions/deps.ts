import type Provider from 'oidc-provider'
import type { Payload } from 'payload'

import type { RateLimiter } from '../../portal/http/rate-limit.ts'
import type { BusinessRegistry } from '../accounts/business-registry.ts'
import type { PopulationRegistry } from '../accounts/registry.ts'
import type { NationalEid } from '../eid/upstream.ts'
import type { Pool } from '../store/pool.ts'

/** What the interaction pages (router.ts, step-up.ts, eid.ts) work with. */
export type InteractionDeps = {
  provider: Provider
  payload: Payload
  registry: PopulationRegistry | null
  businessRegistry: BusinessRegistry | null
  limiter: RateLimiter
  trustProxy: number
  /** The mount path, e.g. /oidc. */
  base: string
  pool: Pool
  /** The SSO secret: seals TOTP secrets. */
  secret: string
  /** The national e-ID upstream, when configured. */
  eid: NationalEid | null
}
