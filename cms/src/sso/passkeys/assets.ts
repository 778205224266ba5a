import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import type { ServerResponse } from 'node:http'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

import { html, type SafeHtml } from '../pages/html.ts'
import { passkeyPolicy } from '../pages/policy.ts'

/**
 * The two scripts of the passkey pages, served by the provider itself under {base}/passkeys/:
 * @simplewebauthn/browser's own bundle (WebAuthn's binary fields to and from JSON, the
 * browser's quirks) and our ceremony (browser-ceremony.js). Read once; each tag carries its
 * Subresource Integrity hash, and only the pages that need them may run scripts.
 */
type Asset = { name: string; body: Buffer; integrity: string }

function asset(name: string, path: string): Asset {
  const body = readFileSync(path)
  return { name, body, integrity: `sha384-${createHash('sha384').update(body).digest('base64')}` }
}

const require = createRequire(import.meta.url)
// The package exports only its entry point; the bundle is beside it (its "unpkg" file).
const bundle = join(dirname(require.resolve('@simplewebauthn/browser')), '..', 'dist', 'bundle', 'index.umd.min.js')
const ASSETS: readonly Asset[] = [
  asset('webauthn.js', bundle),
  asset('ceremony.js', fileURLToPath(new URL('./browser-ceremony.js', import.meta.url))),
]

/** Answers GET {base}/passkeys/{name}.js; false for any other path. */
export function servePasskeyAsset(base: string, pathname: string, res: ServerResponse): boolean {
  const found = ASSETS.find((item) => pathname === `${base}/passkeys/${item.name}`)
  if (!found) return false
  res.writeHead(200, {
    'content-type': 'text/javascript; charset=utf-8',
    'content-length': found.body.length,
    // The URL does not change with the file, so a day, not forever.
    'cache-control': 'public, max-age=86400',
  })
  res.end(found.body)
  return true
}

/** The script tags, in order; sets the page's policy to one that lets them run. */
export function passkeyScripts(base: string, res: ServerResponse): SafeHtml {
  res.setHeader('content-security-policy', passkeyPolicy)
  return html`${ASSETS.map(
    (item) => html`<script src="${base}/passkeys/${item.name}" integrity="${item.integrity}" defer></script>`,
  )}`
}
