/**
 * Latency of faceted procedure searches against Meilisearch, as the portal's search API
 * sends them (searchProcedures: one multi-search with facets, disjunctive facet counts
 * and the code lookup). Prints p50 / p95 / p99 per kind of query.
 *
 *   npx tsx tests/bench/search.bench.ts [--docs 10000] [--rounds 200] [--concurrency 1] [--profile test|dev]
 *
 * `--docs`: procedures in the index: the 40 seeded ones, topped up with synthetic ones
 * (`synthetic: true`, names prefixed "[Dữ liệu giả lập]") up to the count. Runs on its own
 * `bench_<random>_procedures` index, removed at the end; the test profile's services by
 * default, so a developer's data is never touched.
 */
import { randomBytes } from 'node:crypto'
import { parseArgs } from 'node:util'

import { loadConfig } from '../../scripts/lib/config.ts'
import { createLog } from '../../scripts/lib/log.ts'
import { startServices } from '../../scripts/services/index.ts'
import { createSearchClient, searcherOf } from '../../search/src/client.ts'
import { procedureDocuments } from '../../search/src/documents.ts'
import { rebuildIndex } from '../../search/src/indexer.ts'
import { type ProcedureQuery, searchProcedures } from '../../search/src/query.ts'
import { SETTINGS } from '../../search/src/settings.ts'
import { QUERY_KINDS } from './query-kinds.ts'
import { contentProcedureSources, syntheticProcedureSources } from './search-sources.ts'

const { values } = parseArgs({
  options: {
    docs: { type: 'string', default: '40' },
    rounds: { type: 'string', default: '200' },
    concurrency: { type: 'string', default: '1' },
    profile: { type: 'string', default: 'test' },
  },
})
const procedures = Number(values.docs)
const rounds = Number(values.rounds)
const concurrency = Number(values.concurrency)
const profile = values.profile === 'dev' ? 'dev' : 'test'
if ([procedures, rounds, concurrency].some((n) => !Number.isInteger(n) || n < 1)) {
  process.stderr.write(
    'usage: npx tsx tests/bench/search.bench.ts [--docs N] [--rounds N] [--concurrency N] [--profile test|dev]\n',
  )
  process.exit(2)
}

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN

const log = createLog('bench')
const config = loadConfig(profile)
const services = await startServices(config, log)
const client = createSearchClient({ host: services.meili.url, apiKey: services.meili.masterKey, timeoutMs: 60_000 })
const index = `bench_${randomBytes(4).toString('hex')}_procedures`
try {
  const real = contentProcedureSources()
  const sources = [...real, ...syntheticProcedureSources(Math.max(0, procedures - real.length), real)]
  const documents = sources.flatMap(procedureDocuments)
  log.step(`indexing ${sources.length} procedures (${documents.length} documents) into ${index}`)
  const built = await rebuildIndex(client, index, SETTINGS.procedures, [documents])
  log.done(`indexed ${built.documents} documents`, built.ms)

  const rows: string[][] = []
  for (const kind of QUERY_KINDS) {
    const run = (i: number) =>
      searchProcedures(searcherOf(client), index, {
        ...kind.queries[i % kind.queries.length],
        page: 1,
        hitsPerPage: 20,
      } as ProcedureQuery)
    for (let i = 0; i < 10; i++) await run(i) // warm-up
    // `concurrency` clients, each sending its share of the rounds one after another.
    const times: number[] = []
    let next = 0
    await Promise.all(
      Array.from({ length: concurrency }, async () => {
        while (next < rounds) {
          const i = next++
          const started = performance.now()
          await run(i)
          times.push(performance.now() - started)
        }
      }),
    )
    times.sort((a, b) => a - b)
    const ms = (value: number) => value.toFixed(1)
    rows.push([
      kind.name,
      String(rounds),
      ms(percentile(times, 50)),
      ms(percentile(times, 95)),
      ms(percentile(times, 99)),
    ])
  }
  const header = ['query (one multi-search)', 'runs', 'p50 ms', 'p95 ms', 'p99 ms']
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column]?.length ?? 0)))
  const line = (cells: string[]) =>
    `| ${cells.map((cell, column) => (column === 0 ? cell.padEnd(widths[column] ?? 0) : cell.padStart(widths[column] ?? 0))).join(' | ')} |`
  process.stdout.write(
    [
      '',
      `Meilisearch ${(await client.getVersion()).pkgVersion}, ${sources.length} procedures (${sources.length - real.length} synthetic), ${documents.length} documents (vi + en), ${concurrency} concurrent client(s)`,
      line(header),
      line(widths.map((width) => '-'.repeat(width))),
      ...rows.map(line),
      '',
    ].join('\n'),
  )
} finally {
  await client.deleteIndex(index).waitTask({ timeout: 120_000 })
  await services.stop()
}
process.exit(0)
