// @ts-check
import react from '@astrojs/react'
import { defineConfig } from 'astro/config'

import { publicCmsUrl, searchSettings, siteEnv } from './src/lib/env.ts'

// Astro has no `telemetry` config option (astro check flags it); its telemetry reads this variable.
process.env.ASTRO_TELEMETRY_DISABLED ??= '1'

const env = siteEnv()
const origin = (/** @type {string} */ url) => new URL(url).origin
const cms = env.CMS_URL ? [origin(publicCmsUrl())] : []
const meili = searchSettings()

export default defineConfig({
  // The public origin the canonical and hreflang links point at.
  site: env.SITE_URL,
  output: 'static',
  // npm start and the browser tests build into their own folders (scripts/lib/config.ts).
  outDir: env.SITE_OUT_DIR,
  trailingSlash: 'ignore',
  // Islands (search, submission, tracking) use React; content pages ship no framework JS.
  integrations: [react()],
  i18n: {
    defaultLocale: 'vi',
    locales: ['vi', 'en'],
    routing: { prefixDefaultLocale: false },
  },
  security: {
    // A <meta> policy per page with the hashes of its inline scripts and styles (the island
    // loader); the static server's header adds what a <meta> cannot say (frame-ancestors).
    csp: {
      directives: [
        "default-src 'self'",
        `img-src 'self' data: ${cms.join(' ')}`,
        `media-src 'self' ${cms.join(' ')}`,
        // The portal's SSO: discovery, token and userinfo for the header's login (site/src/lib/sso/client.ts).
        `connect-src 'self' ${cms.join(' ')} ${meili ? origin(meili.publicUrl) : ''}`,
        "object-src 'none'",
        "base-uri 'self'",
        // The "Is this page useful?" form posts to the portal (site/src/components/UsefulPrompt.astro).
        `form-action 'self' ${cms.join(' ')}`,
      ],
      // Pagefind's search runs as WebAssembly.
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
      styleDirective: { resources: ["'self'"] },
    },
  },
  server: { host: '127.0.0.1', port: env.SITE_PORT },
})
