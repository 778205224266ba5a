/**
 * `npx tsx scripts/catalogue/normalize.ts [SOURCE]`: normalize the national catalogue as captured
 * (shared/reference/national_catalogue/procedures-2026.jsonl.gz, label-key records with flattened
 * tables) into our content model, and write it to content/national/: one gzipped JSON Lines file
 * per ministry and the sectors the records name. The output is committed (a fresh clone has no
 * shared/ folder); run this again only when the capture or the rules change. Prints what it
 * flagged and rejected, by reason.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { gunzipSync, gzipSync } from 'node:zlib'

import { loadContent, nationalProcedureSchema, type Sector } from '../../content/schema.ts'
import { agencyMatcher, sectorIndex } from './agencies.ts'
import { type CatalogueRecord, NotNormalizable, normalizeRecord } from './normalize-record.ts'

const ROOT = path.resolve(import.meta.dirname, '..', '..')
const DEFAULT_SOURCE = path.resolve(ROOT, '..', '..', 'shared/reference/national_catalogue/procedures-2026.jsonl.gz')
const OUT = path.join(ROOT, 'content', 'national')

const source = path.resolve(process.argv[2] ?? DEFAULT_SOURCE)
const raw = readFileSync(source)
const lines = (source.endsWith('.gz') ? gunzipSync(raw) : raw).toString('utf8').split('\n').filter(Boolean)

const content = loadContent()
const sectors = sectorIndex(content.sectors)
const context = { matchAgencies: agencyMatcher(content.agencies), sectors }
const byMinistry = new Map<string, string[]>()
const used = new Map<string, Sector>()
const flagged = new Map<string, number>()
const rejected: string[] = []
let flaggedRecords = 0

for (const line of lines) {
  try {
    const { procedure, sector } = normalizeRecord(JSON.parse(line) as CatalogueRecord, context)
    // Our own output must satisfy the content schema: a failure here is a bug of this script.
    nationalProcedureSchema.parse(procedure)
    used.set(sector.code, sector)
    const ministry = sector.ministry
    byMinistry.set(ministry, [...(byMinistry.get(ministry) ?? []), JSON.stringify(procedure)])
    if (procedure.reviewFlags) flaggedRecords++
    for (const flag of procedure.reviewFlags ?? []) flagged.set(flag, (flagged.get(flag) ?? 0) + 1)
  } catch (error) {
    if (!(error instanceof NotNormalizable)) throw error
    rejected.push(error.message)
  }
}

rmSync(OUT, { recursive: true, force: true })
mkdirSync(OUT, { recursive: true })
let total = 0
for (const [ministry, records] of [...byMinistry].sort(([a], [b]) => a.localeCompare(b))) {
  records.sort()
  total += records.length
  writeFileSync(path.join(OUT, `${ministry.toLowerCase()}.jsonl.gz`), gzipSync(`${records.join('\n')}\n`, { level: 9 }))
}
// Only the sectors content/sectors.json lacks: those are created with the catalogue.
const known = new Set(content.sectors.map((sector) => sector.code))
const newSectors = [...used.values()]
  .filter((sector) => !known.has(sector.code))
  .sort((a, b) => a.code.localeCompare(b.code))
writeFileSync(path.join(OUT, 'sectors.json'), `${JSON.stringify(newSectors, null, 2)}\n`)

const out = process.stdout
out.write(`${lines.length} records read from ${path.basename(source)}\n`)
out.write(
  `${total} normalized into content/national/ (${byMinistry.size} ministries, ${used.size} sectors, ${newSectors.length} new)\n`,
)
out.write(`${flaggedRecords} flagged for editors:\n`)
for (const [flag, count] of [...flagged].sort((a, b) => b[1] - a[1])) out.write(`  ${flag}: ${count}\n`)
out.write(`${rejected.length} rejected${rejected.length > 0 ? `:\n  ${rejected.join('\n  ')}` : ''}\n`)
