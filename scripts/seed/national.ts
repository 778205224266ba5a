/**
 * The normalized national catalogue (content/national/) into the database, through the fast
 * path (scripts/import/bulk-write.ts). A code that also has a curated record in
 * content/procedures/ is skipped: the curated record wins.
 */
import { createHash } from 'node:crypto'
import type { Payload, PayloadRequest } from 'payload'

import type { Localized, NationalCatalogue, NationalProcedure } from '../../content/schema.ts'
import { levelsOf } from '../../content/schema.ts'
import { type AllLocalesData, createProcedures, rowIds } from '../import/bulk-write.ts'
import { SEEDING, type SeedRefs } from './content.ts'

/** `{ vi, en? }` as the adapter stores a localized value; undefined stays undefined. */
const loc = (value: Localized | undefined) =>
  value ? { vi: value.vi, ...(value.en ? { en: value.en } : {}) } : undefined

function ref(ids: Map<string, number>, key: string, what: string): number {
  const id = ids.get(key)
  if (id === undefined) throw new Error(`seed: unknown ${what} "${key}"`)
  return id
}

/** The record's content hash: a later import of the same record is a no-op (scripts/import). */
export const contentHash = (record: unknown) => createHash('sha256').update(JSON.stringify(record)).digest('hex')

/** One national record in the shape Payload's adapter writes, every locale at once. */
export function nationalData(p: NationalProcedure, refs: SeedRefs): AllLocalesData {
  const agencies = (codes: string[] | undefined) => (codes ?? []).map((code) => ref(refs.agencies, code, 'agency'))
  return {
    code: p.code,
    decisionNumber: p.decisionNumber,
    name: loc(p.name),
    levels: levelsOf(p),
    serviceLevel: p.serviceLevel,
    type: loc(p.type),
    sector: ref(refs.sectors, p.sector, 'sector'),
    agency: ref(refs.agencies, p.agency, 'agency'),
    competentAgencies: agencies(p.competentAgencies),
    delegatedAgencies: agencies(p.delegatedAgencies),
    coordinatingAgencies: agencies(p.coordinatingAgencies),
    agencyNames: {
      implementing: loc(p.agencyNames?.implementing),
      competent: loc(p.agencyNames?.competent),
      delegated: loc(p.agencyNames?.delegated),
      coordinating: loc(p.agencyNames?.coordinating),
    },
    receivingAddress: loc(p.receivingAddress),
    relatedProcedures: rowIds(p.relatedProcedures?.map((r) => ({ code: r.code, name: loc(r.name) }))),
    subjects: p.subjects,
    steps: rowIds(p.steps.map((step) => ({ text: loc(step) }))),
    methods: rowIds(
      p.methods.map((m) => ({
        channel: m.channel,
        timeAmount: m.time?.amount,
        timeUnit: m.time?.unit,
        timeNote: loc(m.timeNote),
        feeAmount: m.fee?.amount,
        feeDescription: loc(m.fee?.description),
        description: loc(m.description),
      })),
    ),
    documents: rowIds(
      p.documents.map((d) => ({
        name: loc(d.name),
        originals: d.originals,
        copies: d.copies,
        required: d.required,
        condition: loc(d.condition),
        formFile: d.formFile,
      })),
    ),
    result: loc(p.result),
    requirements: loc(p.requirements),
    legalBasis: rowIds(p.legalBasis.map((l) => ({ number: l.number, date: l.date, title: loc(l.title) }))),
    keywords: p.keywords ? { vi: p.keywords.vi, en: p.keywords.en } : undefined,
    source: p.source,
    reviewFlags: p.reviewFlags ?? [],
    reviewNote: p.reviewNote,
    // No English in the national catalogue: the English pages say so until editors translate.
    untranslated: p.name.en ? [] : ['en'],
    synthetic: false,
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
