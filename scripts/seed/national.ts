/**
 * The normalized national catalogue (content/national/) into the database, through the fast
 * path (scripts/import/bulk-write.ts). A code that also has a curated record in
 * content/procedures/ is skipped: the curated record wins.
 */
import { createHash } from 'node:crypto'
import type { Payload, PayloadRequest } from 'payload'

import type { NationalCatalogue, NationalProcedure } from '../../content/schema.ts'
import { type AllLocalesData, createProcedures } from '../import/bulk-write.ts'
import { SEEDING, type SeedRefs } from './context.ts'
import { procedureRecord, ref } from './procedure-record.ts'

/** The record's content hash: a later import of the same record is a no-op (scripts/import). */
export const contentHash = (record: unknown) => createHash('sha256').update(JSON.stringify(record)).digest('hex')

/** One national record in the shape Payload's adapter writes, every locale at once. */
export function nationalData(p: NationalProcedure, refs: SeedRefs): AllLocalesData {
  return {
    ...procedureRecord(p, refs),
    // No English in the national catalogue: the English pages say so until editors translate.
    untranslated: p.name.en ? [] : ['en'],
    importHash: contentHash(p),
  }
}

/**
 * Sectors the catalogue adds, then its records, in the caller's transaction. Codes in `skip`
 * (the curated records) are left out. Returns how many were created.
 */
export async function seedNational(
  payload: Payload,
  req: PayloadRequest,
  catalogue: NationalCatalogue,
  refs: SeedRefs,
  skip: Set<string>,
  log: (message: string) => void,
): Promise<number> {
  for (const s of catalogue.sectors) {
    if (refs.sectors.has(s.code)) continue
    const data = { code: s.code, slug: s.slug, name: s.name.vi, ministry: ref(refs.agencies, s.ministry, 'agency') }
    const doc = await payload.create({ collection: 'sectors', data, locale: 'vi', context: SEEDING, req, depth: 0 })
    refs.sectors.set(s.code, doc.id)
  }
  const records = catalogue.procedures.filter((p) => !skip.has(p.code))
  const ids = await createProcedures(
    payload,
    records.map((p) => nationalData(p, refs)),
    {
      status: 'published',
      req,
      onProgress: (done, total) => {
        if (done === total || done % 1000 === 0) log(`national catalogue: ${done} of ${total}`)
      },
    },
  )
  for (const [i, p] of records.entries()) refs.procedures.set(p.code, ids[i] as number)
  log(`${records.length} national procedures (${catalogue.procedures.length - records.length} curated kept instead)`)
  return records.length
}
