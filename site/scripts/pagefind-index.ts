/**
 * Pagefind over the built site, as a step of its own after `astro build`: inside Astro's
 * build hook, Astro's memory (1.25 GB at 21,000 pages) was still held while Pagefind's
 * binary peaked (1.7 GB), 3 GB together against a 2 GB budget. Only pages marked
 * data-pagefind-body (procedures and FAQ pages) are indexed; one index per `<html lang>`.
 * Usage: node site/scripts/pagefind-index.ts DIR
 */
import path from 'node:path'
import { close, createIndex } from 'pagefind'

const site = path.resolve(process.argv[2] ?? 'dist')
const started = Date.now()
const { index, errors } = await createIndex({})
if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`)
try {
  const added = await index.addDirectory({ path: site })
  if (added.errors.length > 0) throw new Error(`Pagefind indexing failed: ${added.errors.join('; ')}`)
  const written = await index.writeFiles({ outputPath: path.join(site, 'pagefind') })
  if (written.errors.length > 0) throw new Error(`Pagefind could not write: ${written.errors.join('; ')}`)
  process.stderr.write(`pagefind: indexed ${added.page_count} pages in ${Date.now() - started} ms\n`)
} finally {
  await close()
}
