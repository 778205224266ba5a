import type { Payload, PayloadRequest } from 'payload'
import { plainTextToLexical } from '../../cms/src/lib/lexical.ts'
import type { Content, Localized, Procedure } from '../../content/schema.ts'

type Locale = 'vi' | 'en'
type Ids = Map<string, number>
type Row = { id?: string | null }

export type SeedRefs = {
  agencies: Ids
  sectors: Ids
  forms: Ids
  procedures: Ids
}

/** Context for seeding: side-effect hooks (search sync, rebuilds) skip; indexing runs once at the end. */
export const SEEDING = { seeding: true } as const

const pick = (value: Localized | undefined, locale: Locale): string | undefined =>
  value === undefined ? undefined : locale === 'vi' ? value.vi : value.en

function ref(ids: Ids, key: string, what: string): number {
  const id = ids.get(key)
  if (id === undefined) throw new Error(`seed: unknown ${what} "${key}"`)
  return id
}

/** Row ids of the Vietnamese save, so the English save fills the same rows. */
const rowId = (rows: Row[] | null | undefined, index: number) => rows?.[index]?.id ?? undefined

export function procedureData(p: Procedure, locale: Locale, refs: SeedRefs, saved?: Record<string, Row[] | null>) {
  return {
    code: p.code,
    decisionNumber: p.decisionNumber,
    name: pick(p.name, locale),
    level: p.level,
    serviceLevel: p.serviceLevel,
    type: pick(p.type, locale),
    sector: ref(refs.sectors, p.sector, 'sector'),
    agency: ref(refs.agencies, p.agency, 'agency'),
    agencyNote: pick(p.agencyNote, locale),
    competentAgencies: (p.competentAgencies ?? []).map((code) => ref(refs.agencies, code, 'agency')),
    subjects: p.subjects,
    steps: p.steps.map((step, i) => ({ id: rowId(saved?.steps, i), text: pick(step, locale) })),
    methods: p.methods.map((m, i) => ({
      id: rowId(saved?.methods, i),
      channel: m.channel,
      timeAmount: m.time?.amount,
      timeUnit: m.time?.unit,
      timeNote: pick(m.timeNote, locale),
      feeAmount: m.fee?.amount,
      feeDescription: pick(m.fee?.description, locale),
    })),
    documents: p.documents.map((d, i) => ({
      id: rowId(saved?.documents, i),
      name: pick(d.name, locale),
      form: d.form ? ref(refs.forms, d.form, 'form') : undefined,
      originals: d.originals,
      copies: d.copies,
      required: d.required,
      condition: pick(d.condition, locale),
    })),
    result: pick(p.result, locale),
    requirements: pick(p.requirements, locale),
    legalBasis: p.legalBasis.map((l, i) => ({
      id: rowId(saved?.legalBasis, i),
      number: l.number,
      date: l.date,
      title: pick(l.title, locale),
    })),
    keywords: p.keywords[locale],
    source: p.source,
    _status: 'published' as const,
  }
}

/** Create a record in Vietnamese, then fill its English text; both published. */
async function createBilingual<T extends { id: number }>(
  payload: Payload,
  req: PayloadRequest,
  collection: 'procedures' | 'life-events' | 'faqs' | 'agencies' | 'sectors' | 'forms',
  build: (locale: Locale, saved?: Record<string, Row[] | null>) => Record<string, unknown>,
): Promise<T> {
  const created = (await payload.create({
    collection,
    data: build('vi') as never,
    locale: 'vi',
    context: SEEDING,
    req,
  })) as unknown as T
  await payload.update({
    collection,
    id: created.id,
    data: build('en', created as unknown as Record<string, Row[] | null>) as never,
    locale: 'en',
    context: SEEDING,
    req,
  })
  return created
}

/**
 * Load `content/` into an empty database: reference data first, then what refers to it.
 * Every write goes through `req`, so the caller decides the transaction.
 */
export async function seedContent(
  payload: Payload,
  req: PayloadRequest,
  content: Content,
  log: (message: string) => void,
): Promise<SeedRefs> {
  const refs: SeedRefs = { agencies: new Map(), sectors: new Map(), forms: new Map(), procedures: new Map() }

  // Parents before children: the ancestors hook reads the parent's chain.
  const pending = [...content.agencies]
  while (pending.length > 0) {
    const index = pending.findIndex((a) => !a.parent || refs.agencies.has(a.parent))
    if (index < 0) throw new Error(`seed: agencies with unknown parents: ${pending.map((a) => a.code).join(', ')}`)
    const [a] = pending.splice(index, 1)
    if (!a) break
    const doc = await createBilingual<{ id: number }>(payload, req, 'agencies', (locale) => ({
      code: a.code,
      slug: a.slug,
      kind: a.kind,
      parent: a.parent ? refs.agencies.get(a.parent) : undefined,
      name: pick(a.name, locale),
      address: pick(a.address, locale),
      phone: a.phone,
      email: a.email,
      website: a.website,
      source: a.source,
    }))
    refs.agencies.set(a.code, doc.id)
  }
  log(`${refs.agencies.size} agencies`)

  for (const s of content.sectors) {
    const doc = await createBilingual<{ id: number }>(payload, req, 'sectors', (locale) => ({
      code: s.code,
      slug: s.slug,
      name: pick(s.name, locale),
      ministry: ref(refs.agencies, s.ministry, 'agency'),
    }))
    refs.sectors.set(s.code, doc.id)
  }
  log(`${refs.sectors.size} sectors`)

  for (const f of content.forms) {
    const doc = await createBilingual<{ id: number }>(payload, req, 'forms', (locale) => ({
      slug: f.slug,
      title: pick(f.title, locale),
      code: f.code,
      legalBasis: f.legalBasis,
    }))
    refs.forms.set(f.slug, doc.id)
  }

  for (const p of content.procedures) {
    const doc = await createBilingual<{ id: number }>(payload, req, 'procedures', (locale, saved) =>
      procedureData(p, locale, refs, saved),
    )
    refs.procedures.set(p.code, doc.id)
  }
  log(`${refs.procedures.size} procedures, ${refs.forms.size} forms`)

  // Forms list the procedures that use them; set once the procedures exist.
  for (const f of content.forms) {
    await payload.update({
      collection: 'forms',
      id: ref(refs.forms, f.slug, 'form'),
      data: { procedures: f.procedures.map((code) => ref(refs.procedures, code, 'procedure')) },
      context: SEEDING,
      req,
    })
  }

  for (const e of content.lifeEvents) {
    await createBilingual(payload, req, 'life-events', (locale) => ({
      slug: e.slug,
      audience: e.audience,
      name: pick(e.name, locale),
      description: pick(e.description, locale),
      procedures: e.procedures.map((code) => ref(refs.procedures, code, 'procedure')),
      _status: 'published',
    }))
  }
  log(`${content.lifeEvents.length} life events`)

  for (const q of content.faqs) {
    await createBilingual(payload, req, 'faqs', (locale) => ({
      slug: q.slug,
      question: pick(q.question, locale),
      answer: pick(q.answer, locale) === undefined ? undefined : plainTextToLexical(pick(q.answer, locale) as string),
      agency: ref(refs.agencies, q.agency, 'agency'),
      sector: ref(refs.sectors, q.sector, 'sector'),
      procedures: q.procedures.map((code) => ref(refs.procedures, code, 'procedure')),
      _status: 'published',
    }))
  }
  log(`${content.faqs.length} FAQs`)
  return refs
}
