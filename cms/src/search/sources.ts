/**
 * Published procedures and FAQs as the search package's sources: every locale at once
 * (`locale: 'all'`), relationships resolved to slugs and names. Reference data (sectors,
 * agencies, published life events) is read once per call, not once per record.
 */
import type { FaqSource, LocalizedList, LocalizedText, ProcedureSource, Ref } from '@dvc/search'
import { convertLexicalToPlaintext } from '@payloadcms/richtext-lexical/plaintext'
import type { Payload, PayloadRequest, Where } from 'payload'

type Id = number | string
type AnyLocale = Record<string, unknown>
/** `req`: read inside the caller's transaction (the sync hook sees the row it just wrote). */
type ReadOptions = { req?: PayloadRequest }

const PAGE = 200

const text = (value: unknown): LocalizedText =>
  value && typeof value === 'object' ? (value as LocalizedText) : typeof value === 'string' ? { vi: value } : {}
const list = (value: unknown): LocalizedList =>
  value && typeof value === 'object' && !Array.isArray(value) ? (value as LocalizedList) : {}
/** A rich-text answer's text, paragraphs separated by blank lines (Payload's converter). */
const plainText = (state: unknown): string =>
  state && typeof state === 'object' && 'root' in state
    ? convertLexicalToPlaintext({ data: state as Parameters<typeof convertLexicalToPlaintext>[0]['data'] })
    : ''
const idOf = (value: unknown): Id | null =>
  typeof value === 'number' || typeof value === 'string' ? value : ((value as { id?: Id } | null)?.id ?? null)

export type ReferenceData = {
  sectors: Map<Id, Ref>
  agencies: Map<Id, Ref & { ancestors: string[] }>
  /** Procedure id -> the published life events it belongs to. */
  lifeEvents: Map<Id, Ref[]>
}

/** Sectors, agencies with their ancestors' slugs, and published life events by procedure. */
export async function loadReferenceData(payload: Payload, options: ReadOptions = {}): Promise<ReferenceData> {
  const common = { locale: 'all', depth: 0, pagination: false, overrideAccess: true, ...options } as const
  const [sectors, agencies, events] = await Promise.all([
    payload.find({ collection: 'sectors', ...common, select: { slug: true, name: true } }),
    payload.find({ collection: 'agencies', ...common, select: { slug: true, name: true, ancestors: true } }),
    payload.find({
      collection: 'life-events',
      ...common,
      draft: false,
      where: { _status: { equals: 'published' } },
      select: { slug: true, name: true, procedures: true },
    }),
  ])
  const agencySlugs = new Map(agencies.docs.map((agency) => [agency.id, agency.slug]))
  const lifeEvents = new Map<Id, Ref[]>()
  for (const event of events.docs) {
    for (const procedure of event.procedures ?? []) {
      const id = idOf(procedure)
      if (id === null) continue
      lifeEvents.set(id, [...(lifeEvents.get(id) ?? []), { slug: event.slug, name: text(event.name) }])
    }
  }
  return {
    sectors: new Map(sectors.docs.map((sector) => [sector.id, { slug: sector.slug, name: text(sector.name) }])),
    agencies: new Map(
      agencies.docs.map((agency) => [
        agency.id,
        {
          slug: agency.slug,
          name: text(agency.name),
          ancestors: (agency.ancestors ?? []).flatMap((ancestor) => agencySlugs.get(idOf(ancestor) as number) ?? []),
        },
      ]),
    ),
    lifeEvents,
  }
}

const PROCEDURE_SELECT = {
  code: true,
  name: true,
  keywords: true,
  result: true,
  requirements: true,
  steps: true,
  documents: { name: true },
  levels: true,
  serviceLevel: true,
  subjects: true,
  sector: true,
  agency: true,
  untranslated: true,
  synthetic: true,
  updatedAt: true,
} as const

export function toProcedureSource(doc: AnyLocale, refs: ReferenceData): ProcedureSource {
  const id = doc.id as Id
  return {
    recordId: id,
    code: doc.code as string,
    name: text(doc.name),
    keywords: list(doc.keywords),
    result: text(doc.result),
    requirements: text(doc.requirements),
    steps: ((doc.steps ?? []) as { text?: unknown }[]).map((step) => text(step.text)),
    documents: ((doc.documents ?? []) as { name?: unknown }[]).map((document) => text(document.name)),
    level: (doc.levels ?? []) as string[],
    serviceLevel: doc.serviceLevel as string,
    subjects: (doc.subjects ?? []) as string[],
    sector: refs.sectors.get(idOf(doc.sector) as Id) ?? null,
    agency: refs.agencies.get(idOf(doc.agency) as Id) ?? null,
    lifeEvents: refs.lifeEvents.get(id) ?? [],
    untranslated: (doc.untranslated ?? []) as string[],
    updatedAt: doc.updatedAt as string | undefined,
    synthetic: Boolean(doc.synthetic),
  }
}

/** Published procedures, a page at a time (`where` narrows it, e.g. to one id for the sync hook). */
export async function* procedureSources(
  payload: Payload,
  options: ReadOptions & { where?: Where; refs?: ReferenceData } = {},
): AsyncGenerator<ProcedureSource[]> {
  const { where, refs: given, ...read } = options
  const refs = given ?? (await loadReferenceData(payload, read))
  for (let page = 1; ; page++) {
    const result = await payload.find({
      collection: 'procedures',
      locale: 'all',
      depth: 0,
      draft: false,
      overrideAccess: true,
      where: { and: [{ _status: { equals: 'published' } }, ...(where ? [where] : [])] },
      select: PROCEDURE_SELECT,
      sort: 'id',
      limit: PAGE,
      page,
      ...read,
    })
    yield result.docs.map((doc) => toProcedureSource(doc as unknown as AnyLocale, refs))
    if (!result.hasNextPage) return
  }
}

export function toFaqSource(doc: AnyLocale, refs: ReferenceData, codes: Map<Id, string>): FaqSource {
  const answer = (doc.answer ?? {}) as Record<string, unknown>
  return {
    recordId: doc.id as Id,
    slug: doc.slug as string,
    question: text(doc.question),
    answer: { vi: plainText(answer.vi), en: plainText(answer.en) },
    sector: refs.sectors.get(idOf(doc.sector) as Id) ?? null,
    agency: refs.agencies.get(idOf(doc.agency) as Id) ?? null,
    procedureCodes: ((doc.procedures ?? []) as unknown[]).flatMap((p) => codes.get(idOf(p) as Id) ?? []),
    untranslated: (doc.untranslated ?? []) as string[],
    updatedAt: doc.updatedAt as string | undefined,
    synthetic: Boolean(doc.synthetic),
  }
}

/** Published FAQs, a page at a time, with the codes of the procedures they answer for. */
export async function* faqSources(
  payload: Payload,
  options: ReadOptions & { where?: Where; refs?: ReferenceData } = {},
): AsyncGenerator<FaqSource[]> {
  const { where, refs: given, ...read } = options
  const refs = given ?? (await loadReferenceData(payload, read))
  for (let page = 1; ; page++) {
    const result = await payload.find({
      collection: 'faqs',
      locale: 'all',
      depth: 0,
      draft: false,
      overrideAccess: true,
      where: { and: [{ _status: { equals: 'published' } }, ...(where ? [where] : [])] },
      sort: 'id',
      limit: PAGE,
      page,
      ...read,
    })
    const procedureIds = [...new Set(result.docs.flatMap((doc) => (doc.procedures ?? []).map(idOf)))]
    const codes = await procedureCodes(
      payload,
      procedureIds.filter((id): id is Id => id !== null),
      read,
    )
    yield result.docs.map((doc) => toFaqSource(doc as unknown as AnyLocale, refs, codes))
    if (!result.hasNextPage) return
  }
}

async function procedureCodes(payload: Payload, ids: Id[], read: ReadOptions): Promise<Map<Id, string>> {
  if (ids.length === 0) return new Map()
  const { docs } = await payload.find({
    collection: 'procedures',
    depth: 0,
    pagination: false,
    overrideAccess: true,
    where: { id: { in: ids } },
    select: { code: true },
    ...read,
  })
  return new Map(docs.map((doc) => [doc.id, doc.code]))
}
