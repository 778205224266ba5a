import { fileURLToPath } from 'node:url'
import type { AstroIntegration } from 'astro'
import { close, createIndex } from 'pagefind'

/**
 * Pagefind runs after every `astro build` (npm start and the tests call `astro build`
 * directly, so a package script would be skipped). Only pages marked data-pagefind-body
 * (procedures and FAQ pages) are indexed; one index per `<html lang>`.
 */
export function pagefind(): AstroIntegration {
  return {
    name: 'dvc:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir)
        const started = Date.now()
        const { index, errors } = await createIndex({})
        if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`)
        try {
          const added = await index.addDirectory({ path: site })
          if (added.errors.length > 0) throw new Error(`Pagefind indexing failed: ${added.errors.join('; ')}`)
          const written = await index.writeFiles({ outputPath: `${site.replace(/\/$/, '')}/pagefind` })
          if (written.errors.length > 0) throw new Error(`Pagefind could not write: ${written.errors.join('; ')}`)
          logger.info(`indexed ${added.page_count} pages in ${Date.now() - started} ms`)
        } finally {
          await close()
        }
      },
    },
  }
}
