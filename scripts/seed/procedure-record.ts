/**
 * A procedure of content/ (curated, content/procedures/, or national, content/national/) in the
 * shape Payload's adapter writes, every locale at once, for the fast path
 * (scripts/import/bulk-write.ts): both the seed's record sets go through it.
 */
import type { Localized, NationalProcedure } from '../../content/schema.ts'
import { levelsOf } from '../../content/schema.ts'
import { type AllLocalesData, rowIds } from '../import/bulk-write.ts'
import type { SeedRefs } from './context.ts'

/** `{ vi, en? }` as the adapter stores a localized value; undefined stays undefined. */
export const loc = (value: Localized | undefined) =>
  value ? { vi: value.vi, ...(value.en ? { en: value.en } : {}) } : undefined

export function ref(ids: Map<string, number>, key: string, what: string): number {
  const id = ids.get(key)
  if (id === undefined) throw new Error(`seed: unknown ${what} "${key}"`)
  return id
}

/**
 * The record without `untranslated`, which the caller sets (the Local API's hook would). A
 * curated record (content/procedures/) is a national one with every part present.
 */
export function procedureRecord(p: NationalProcedure, refs: SeedRefs): AllLocalesData {
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
    agencyNote: loc(p.agencyNote),
    deadline: loc(p.deadline),
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
        form: d.form ? ref(refs.forms, d.form, 'form') : undefined,
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
    synthetic: false,
  }
}
