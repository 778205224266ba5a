/**
 * Which address a request came from, for per-client limits.
 *
 * Every proxy appends the address it saw to X-Forwarded-For, and the portal server does
 * the same with its socket's peer (`appendPeer`, cms/server.ts), so the list always ends
 * with the machine that opened the connection. Entries to the left of the trusted proxies
 * were written by the client and may be forged. With TRUST_PROXY hops in front of the
 * portal (a load balancer: 1; a CDN and a load balancer: 2) the client is the entry that
 * many places left of the end; with 0 it is the socket's peer, whatever the client sent.
 * The same rule as Express's numeric `trust proxy` (expressjs.com, "Express behind proxies").
 *
 * This file runs unbundled in cms/server.ts: plain erasable TypeScript, no imports.
 */

/** The header the portal server and trusted proxies append to. */
export const FORWARDED_FOR = 'x-forwarded-for'

/** What `clientIp` answers when a request carries no address at all (the Local API, a test). */
export const UNKNOWN_CLIENT = 'unknown'

/** `::ffff:203.0.113.9` (IPv4 seen by a dual-stack socket) and `203.0.113.9` are one client. */
function normalise(address: string): string {
  const trimmed = address.trim()
  return trimmed.toLowerCase().startsWith('::ffff:') && trimmed.includes('.') ? trimmed.slice(7) : trimmed
}

function entries(forwardedFor: string | string[] | null | undefined): string[] {
  const joined = Array.isArray(forwardedFor) ? forwardedFor.join(',') : (forwardedFor ?? '')
  return joined
    .split(',')
    .map(normalise)
    .filter((entry) => entry.length > 0)
}

/** X-Forwarded-For with the socket's peer appended, as a proxy would write it. */
export function appendPeer(forwardedFor: string | string[] | undefined, peer: string | undefined): string {
  return [...entries(forwardedFor), ...(peer ? [normalise(peer)] : [])].join(', ')
}

/**
 * The client's address from X-Forwarded-For as the portal server passed it on (peer
 * appended), trusting `trustedHops` proxies. When the list is shorter than that (a request
 * that skipped a proxy), its first entry is the best there is.
 */
export function clientIp(forwardedFor: string | null | undefined, trustedHops: number): string {
  const list = entries(forwardedFor)
  if (list.length === 0) return UNKNOWN_CLIENT
  const index = Math.max(0, list.length - 1 - Math.max(0, Math.trunc(trustedHops)))
  return list[index] ?? UNKNOWN_CLIENT
}
