/**
 * A token bucket per client: `capacity` requests at once, refilled at `perSecond`. In memory,
 * so each portal replica counts on its own; the load balancer's limit is the real guard
 * under national load, this one stops a single script from emptying Meilisearch's CPU.
 * TODO(operations): a shared limit (Redis or the load balancer) when replicas > 1.
 */
export type RateLimitOptions = {
  capacity: number
  perSecond: number
  /** Buckets kept at most; the least recently seen clients are forgotten first (they would have refilled). */
  maxClients?: number
  now?: () => number
}

export type RateDecision = { allowed: true } | { allowed: false; retryAfterSeconds: number }

type Bucket = { tokens: number; at: number }

export class TokenBucketLimiter {
  readonly #buckets = new Map<string, Bucket>()
  readonly #options: Required<RateLimitOptions>

  constructor(options: RateLimitOptions) {
    this.#options = { maxClients: 50_000, now: () => performance.now(), ...options }
  }

  /** Take one token for `client`, or say how long until one is available. */
  take(client: string): RateDecision {
    const { capacity, perSecond, now } = this.#options
    const at = now()
    const previous = this.#buckets.get(client)
    const refilled = previous ? Math.min(capacity, previous.tokens + ((at - previous.at) / 1000) * perSecond) : capacity
    if (refilled < 1) {
      this.#buckets.set(client, { tokens: refilled, at })
      return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((1 - refilled) / perSecond)) }
    }
    // Re-insert so the Map's order is least recently used first.
    this.#buckets.delete(client)
    this.#buckets.set(client, { tokens: refilled - 1, at })
    this.#prune()
    return { allowed: true }
  }

  #prune(): void {
    const { maxClients } = this.#options
    while (this.#buckets.size > maxClients) {
      const oldest = this.#buckets.keys().next()
      if (oldest.done) return
      this.#buckets.delete(oldest.value)
    }
  }
}

/**
 * The client's address as the nearest proxy saw it: the last X-Forwarded-For entry (a
 * client can put anything in front of it, not after), then X-Real-IP. Next's server sets
 * X-Forwarded-For from the socket when no proxy did.
 */
export function clientAddress(headers: Headers): string {
  const forwarded = headers
    .get('x-forwarded-for')
    ?.split(',')
    .map((part) => part.trim())
    .filter(Boolean)
  return forwarded?.at(-1) ?? headers.get('x-real-ip')?.trim() ?? 'unknown'
}
