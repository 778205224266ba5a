// @ts-check
import react from '@astrojs/react'
import { defineConfig } from 'astro/config'

// Astro has no `telemetry` config option (astro check flags it); its telemetry reads this variable.
process.env.ASTRO_TELEMETRY_DISABLED ??= '1'

// SITE_URL is the public origin the canonical and hreflang links point at.
const site = process.env.SITE_URL ?? 'http://localhost:4321'

export default defineConfig({
  site,
  output: 'static',
  // npm start and the browser tests build into their own folders (scripts/lib/config.ts).
  outDir: process.env.SITE_OUT_DIR ?? './dist',
  trailingSlash: 'ignore',
  // Islands (search, submission, tracking) use React; content pages ship no framework JS.
  integrations: [react()],
  i18n: {
    defaultLocale: 'vi',
    locales: ['vi', 'en'],
    routing: { prefixDefaultLocale: false },
  },
  server: { host: '127.0.0.1', port: Number(process.env.SITE_PORT ?? 4321) },
})
