/**
 * Relevance at two sizes, for `npm run bench -- --only relevance` (or this file alone:
 * `npx tsx tests/bench/relevance.bench.ts`, on the test profile's Meilisearch):
 * the seed's real procedures (content/), then the seed plus the national catalogue's 2,642 real
 * records as shipped in content/national/ (tests/bench/national-sources.ts), in `bench_relevance_*` indexes with the portal's
 * settings. No synthetic record: relevance is measured over real ones only.
 */
import type { Meilisearch } from 'meilisearch'
import { table } from '../../scripts/lib/stats.ts'
import { procedureDocuments } from '../../search/src/documents.ts'
import { rebuildIndex } from '../../search/src/indexer.ts'
import { SETTINGS } from '../../search/src/settings.ts'
import { nationalProcedureSources } from './national-sources.ts'
import {
  describeMisses,
  loadRelevanceSet,
  measureRelevance,
  RELEVANCE_HEADERS,
  relevanceRows,
  summarize,
} from './relevance.ts'
import { contentProcedureSources } from './search-sources.ts'

export type RelevanceSection = { title: string; headers: string[]; rows: (string | number)[][]; misses: string[] }

export async function benchRelevance(client: Meilisearch, log: (message: string) => void): Promise<RelevanceSection[]> {
  const cases = loadRelevanceSet()
  const seed = contentProcedureSources()
  const national = nationalProcedureSources()
  const worlds = [
    { name: 'seed', sources: seed },
    ...(national.length > 0 ? [{ name: 'seed + national catalogue', sources: [...seed, ...national] }] : []),
  ]
  const sections: RelevanceSection[] = []
  for (const [i, world] of worlds.entries()) {
    const index = `bench_relevance_${i}`
    log(`indexing ${world.sources.length} real procedures (${world.name}) into ${index}`)
    await rebuildIndex(client, index, SETTINGS.procedures, [world.sources.flatMap(procedureDocuments)])
    const { results, skipped } = await measureRelevance(client, index, cases)
    sections.push({
      title: `Search relevance, ${world.name}: ${world.sources.length} real procedures, ${results.length} of ${cases.length} queries (${skipped.length} skipped: their procedure is not in this index)`,
      headers: RELEVANCE_HEADERS,
      rows: relevanceRows(summarize(results)),
      misses: describeMisses(results),
    })
  }
  return sections
}

export function printRelevance(sections: readonly RelevanceSection[]): void {
  for (const section of sections) {
    process.stdout.write(`\n${section.title}\n${table(section.headers, section.rows)}\n`)
    if (section.misses.length > 0) process.stdout.write(`misses:\n${section.misses.join('\n')}\n`)
  }
}

if (import.meta.main) {
  const { loadConfig } = await import('../../scripts/lib/config.ts')
  const { createLog } = await import('../../scripts/lib/log.ts')
  const { startServices } = await import('../../scripts/services/index.ts')
  const { createSearchClient } = await import('../../search/src/client.ts')
  const log = createLog('bench')
  const services = await startServices(loadConfig('test'), log)
  try {
    const client = createSearchClient({
      host: services.meili.url,
      apiKey: services.meili.masterKey,
      timeoutMs: 120_000,
    })
    printRelevance(await benchRelevance(client, (message) => log.step(message)))
  } finally {
    await services.stop()
  }
  process.exit(0)
}
