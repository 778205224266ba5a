/**
 * A build target for Astro: the site as a module the publisher imports (entry.ts), not a
 * server. Astro's adapter API with the entrypoint resolved by Astro ("auto"):
 * https://docs.astro.build/en/reference/adapter-reference/
 */
import type { AstroIntegration } from 'astro'

export function rendererAdapter(): AstroIntegration {
  return {
    name: 'dvc-renderer',
    hooks: {
      'astro:config:done': ({ setAdapter }) => {
        setAdapter({
          name: 'dvc-renderer',
          entrypointResolution: 'auto',
          serverEntrypoint: new URL('./entry.ts', import.meta.url),
          supportedAstroFeatures: {
            staticOutput: 'stable',
            serverOutput: 'stable',
            hybridOutput: 'stable',
            sharpImageService: 'stable',
          },
        })
      },
    },
  }
}
