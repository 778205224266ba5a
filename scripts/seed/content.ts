import type { DataFromCollectionSlug, Payload, PayloadRequest } from 'payload'
import { PROCEDURE_TRANSLATED_PATHS } from '../../cms/src/collections/Procedures/index.ts'
import { untranslatedOf } from '../../cms/src/hooks/mark-untranslated.ts'
import { plainTextToLexical } from '../../cms/src/lib/lexical.ts'
import type { Content, Localized } from '../../content/schema.ts'
import { createProcedures } from '../import/bulk-write.ts'
import { createBilingual, EN, type Language, rowId, VI } from './bilingual.ts'
import { SEEDING, type SeedRefs } from './context.ts'
import { procedureRecord, ref } from './procedure-record.ts'

type Text<T extends string | undefined> = Language<T>['text']

const optional = <T extends string | undefined>(value: Localized | undefined, text: Text<T>) =>
  value === undefined ? undefined : text(value)

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
  const write = { context: SEEDING, req, depth: 0 }

  // Parents before children: the ancestors hook reads the parent's chain.
  const pending = [...content.agencies]
  while (pending.length > 0) {
    const index = pending.findIndex((a) => !a.parent || refs.agencies.has(a.parent))
    if (index < 0) throw new Error(`seed: agencies with unknown parents: ${pending.map((a) => a.code).join(', ')}`)
    const [a] = pending.splice(index, 1)
    if (!a) break
    const agency = <T extends string | undefined>({ text }: Language<T>) => ({
      code: a.code,
      slug: a.slug,
      kind: a.kind,
      parent: a.parent ? refs.agencies.get(a.parent) : undefined,
      name: text(a.name),
      address: optional(a.address, text),
      phone: a.phone,
      email: a.email,
      website: a.website,
      hours: optional(a.hours, text),
      mapUrl: a.mapUrl,
      source: a.source,
    })
    const doc = await createBilingual(payload, 'agencies', agency(VI), () => agency(EN), write)
    refs.agencies.set(a.code, doc.id)
  }
  log(`${refs.agencies.size} agencies`)

  for (const s of content.sectors) {
    const sector = <T extends string | undefined>({ text }: Language<T>) => ({
      code: s.code,
      slug: s.slug,
      name: text(s.name),
      ministry: ref(refs.agencies, s.ministry, 'agency'),
    })
    const doc = await createBilingual(payload, 'sectors', sector(VI), () => sector(EN), write)
    refs.sectors.set(s.code, doc.id)
  }
  log(`${refs.sectors.size} sectors`)

  for (const f of content.forms) {
    const form = <T extends string | undefined>({ text }: Language<T>) => ({
      slug: f.slug,
      title: text(f.title),
      code: f.code,
      legalBasis: f.legalBasis,
    })
    const doc = await createBilingual(payload, 'forms', form(VI), () => form(EN), write)
    refs.forms.set(f.slug, doc.id)
  }

  // Through the fast path, as the national catalogue: the Local API's two saves a record (one
  // per language, each with its hooks, re-read and version) took most of the seed's time.
  // `untranslated` is what the hook would have set.
  const procedures = content.procedures.map((p) => {
    const record = procedureRecord(p, refs)
    return { ...record, untranslated: untranslatedOf(PROCEDURE_TRANSLATED_PATHS, record) }
  })
  const ids = await createProcedures(payload, procedures, { status: 'published', req })
  for (const [i, p] of content.procedures.entries()) refs.procedures.set(p.code, ids[i] as number)
  log(`${refs.procedures.size} procedures, ${refs.forms.size} forms`)

  // Forms list the procedures that use them; set once the procedures exist.
  for (const f of content.forms) {
    await payload.update({
      collection: 'forms',
      id: ref(refs.forms, f.slug, 'form'),
      data: { procedures: f.procedures.map((code) => ref(refs.procedures, code, 'procedure')) },
      ...write,
    })
  }

  for (const e of content.lifeEvents) {
    const event = <T extends string | undefined>(
      { text }: Language<T>,
      saved?: DataFromCollectionSlug<'life-events'>,
    ) => ({
      slug: e.slug,
      audience: e.audience,
      name: text(e.name),
      description: text(e.description),
      steps: e.steps.map((step, i) => ({
        id: rowId(saved?.steps, i),
        title: text(step.title),
        connector: step.connector,
        choice: step.choice,
        recommended: step.recommended,
        procedures: step.procedures.map((code) => ref(refs.procedures, code, 'procedure')),
        deadline: optional(step.deadline, text),
        note: optional(step.note, text),
      })),
      _status: 'published' as const,
    })
    await createBilingual(payload, 'life-events', event(VI), (saved) => event(EN, saved), write)
  }
  log(`${content.lifeEvents.length} life events`)

  for (const q of content.faqs) {
    const faq = <T extends string | undefined>({ text }: Language<T>) => {
      const answer = text(q.answer)
      return {
        slug: q.slug,
        question: text(q.question),
        answer: answer === undefined ? undefined : plainTextToLexical(answer),
        agency: ref(refs.agencies, q.agency, 'agency'),
        sector: ref(refs.sectors, q.sector, 'sector'),
        procedures: q.procedures.map((code) => ref(refs.procedures, code, 'procedure')),
        _status: 'published' as const,
      }
    }
    await createBilingual(payload, 'faqs', faq(VI), () => faq(EN), write)
  }
  log(`${content.faqs.length} FAQs`)
  return refs
}
