/**
 * Security headers both public servers send: the portal server (admin, REST) and the static
 * site's server. Browser-free and dependency-free, so scripts/static-server.ts imports it too
 * (`@dvc/cms/security-headers`).
 *
 * Content-Security-Policy is joined from directives; each server passes its own script and
 * style sources (the admin needs inline styles, the site's inline scripts carry hashes).
 */
export type Directives = Record<string, readonly string[]>

/** Directives every page of ours can live with: nothing framed, no plugins, no foreign forms. */
export const BASE_DIRECTIVES = Object.freeze({
  'default-src': ["'self'"],
  'base-uri': ["'self'"],
  'form-action': ["'self'"],
  // Neither the admin nor the site is meant to be framed (clickjacking); Payload's live
  // preview would need 'self' here once it is turned on.
  'frame-ancestors': ["'none'"],
  'object-src': ["'none'"],
} satisfies Directives)

export function contentSecurityPolicy(directives: Directives): string {
  return Object.entries(directives)
    .map(([name, sources]) => [name, ...sources].join(' '))
    .join('; ')
}

/** A year, the preload list's minimum; only sent when the public origin is https. */
const HSTS = 'max-age=31536000; includeSubDomains'

/**
 * The headers for a response. `https`: the public origin (SERVER_URL / SITE_URL) is https,
 * so a TLS proxy sits in front and browsers may be told never to come back over http.
 */
export function securityHeaders(options: { csp: string; https: boolean }): Record<string, string> {
  return {
    'content-security-policy': options.csp,
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'strict-origin-when-cross-origin',
    // For browsers that predate frame-ancestors.
    'x-frame-options': 'DENY',
    ...(options.https ? { 'strict-transport-security': HSTS } : {}),
  }
}

/**
 * The portal server's policy (admin and REST). Next marks its own inline scripts with the
 * request's nonce (read from this same header on the request); Payload's admin sets inline
 * styles all over, so styles allow 'unsafe-inline'. Uploaded previews use blob: URLs.
 */
export function portalPolicy(options: { nonce: string; dev: boolean }): string {
  return contentSecurityPolicy({
    ...BASE_DIRECTIVES,
    // React's development build evaluates source maps; production never does.
    'script-src': ["'self'", `'nonce-${options.nonce}'`, ...(options.dev ? ["'unsafe-eval'"] : [])],
    'style-src': ["'self'", "'unsafe-inline'"],
    'img-src': ["'self'", 'data:', 'blob:'],
    'media-src': ["'self'", 'blob:'],
    'font-src': ["'self'", 'data:'],
    'connect-src': ["'self'"],
  })
}
