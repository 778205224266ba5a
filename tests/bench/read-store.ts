/**
 * The site build's content read alone, in a process of its own so its memory can be
 * measured: the same `readStore` every page's getStaticPaths awaits (site/src/lib/cms.ts).
 * Prints one JSON line: { ms, records }. Env: CMS_URL.
 */
import { readStore } from '../../site/src/lib/cms.ts'
import { cmsUrl } from '../../site/src/lib/env.ts'

const started = performance.now()
const store = await readStore(cmsUrl())
const ms = performance.now() - started
const records = [
  store.agencies,
  store.sectors,
  store.procedures,
  store.lifeEvents,
  store.faqs,
  store.forms,
  store.videos,
]
  .map((map) => map.size)
  .reduce((a, b) => a + b, 0)
process.stdout.write(`${JSON.stringify({ ms, records, procedures: store.procedures.size, faqs: store.faqs.size })}\n`)
