/**
 * The national catalogue's real records as search sources, for the relevance bench: the
 * normalized catalogue shipped in content/national/ (scripts/catalogue/normalize.ts), built into
 * documents exactly as the seed's are (search-sources.ts), with the sectors and agencies of our
 * tree the catalogue was mapped onto. What is measured is what `npm start` serves.
 */
import { type Content, loadContent, loadNational } from '../../content/schema.ts'
import type { ProcedureSource } from '../../search/src/documents.ts'
import { contentProcedureSources } from './search-sources.ts'

/** The catalogue's records (none when content/national/ is absent), curated codes left out: the curated record wins. */
export function nationalProcedureSources(content: Content = loadContent()): ProcedureSource[] {
  const national = loadNational()
  const curated = new Set(content.procedures.map((procedure) => procedure.code))
  const sources = contentProcedureSources({
    ...content,
    sectors: [...content.sectors, ...national.sectors],
    procedures: national.procedures.filter((procedure) => !curated.has(procedure.code)),
  })
  // Ids apart from the seed's, which count from 1 too.
  return sources.map((source) => ({ ...source, recordId: `national-${source.recordId}` }))
}
