// @ts-check
/**
 * The site built as the publisher's renderer (src/renderer/entry.ts): the static site's own
 * configuration, rendered on demand. Built by cms/src/publish/renderer.ts into the folder it
 * names (RENDERER_OUT_DIR), once per change of the site's code and build-time settings.
 */
import { defineConfig } from 'astro/config'

import base from './astro.config.mjs'
import { rendererAdapter } from './src/renderer/adapter.ts'

export default defineConfig({
  ...base,
  output: 'server',
  adapter: rendererAdapter(),
  outDir: process.env.RENDERER_OUT_DIR ?? './dist-renderer',
})
