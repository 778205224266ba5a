/**
 * Search documents: one per record and locale (ARCHITECTURE: "one document per item and
 * locale, with `locale` filterable"). The builders are pure: the CMS (and the bench) turn
 * their records into the `*Source` shapes below, so this package never reads Payload.
 */
import { fold } from './contract.ts'
import { tones } from './tones.ts'

export const LOCALES = ['vi', 'en'] as const
export type Locale = (typeof LOCALES)[number]

/** Bump when the document shape changes in a way that needs a full rebuild (`npm run reindex`). */
export const DOCUMENT_SCHEMA_VERSION = 4

/** Text per locale as Payload returns it with `locale: 'all'`; English may be missing. */
export type LocalizedText = Partial<Record<Locale, string | null | undefined>>
export type LocalizedList = Partial<Record<Locale, readonly string[] | null | undefined>>

/** A sector, agency or life event, referred to by slug (stable, URL-safe) and shown by name. */
export type Ref = { slug: string; name: LocalizedText }

export type ProcedureSource = {
  /** The CMS record id: deletes find every locale's document by it. */
  recordId: number | string
  code: string
  name: LocalizedText
  keywords?: LocalizedList
  result?: LocalizedText
  requirements?: LocalizedText
  steps?: readonly LocalizedText[]
  documents?: readonly LocalizedText[]
  /** One or more implementing levels (Meilisearch filters and facets an array value by each item). */
  level: string[]
  serviceLevel: string
  subjects?: readonly string[]
  sector: Ref | null
  /** `ancestors`: slugs of the agencies above it, so a ministry filter finds its departments' procedures. */
  agency: (Ref & { ancestors?: readonly string[] }) | null
  lifeEvents?: readonly Ref[]
  /** Locales still missing text (the `untranslated` field). */
  untranslated?: readonly string[]
  updatedAt?: string
  synthetic?: boolean
}

export type ProcedureDocument = {
  id: string
  kind: 'procedure'
  schemaVersion: number
  recordId: number | string
  locale: Locale
  code: string
  name: string
  keywords: string[]
  nameFolded: string
  keywordsFolded: string[]
  /**
   * What the procedure is called (name, keywords, life events, sector, other language's name) in
   * Telex (tones.ts): a query typed with marks is matched against it first, marks and all (query.ts).
   */
  nameTones: string
  /** Words in the name: among equal matches the shorter name ranks first (settings.ts, `nameWords:asc`). */
  nameWords: number
  /** The other locale's name: a foreigner may type the Vietnamese name, and the reverse. */
  otherName: string
  sector: string | null
  sectorName: string | null
  agency: string | null
  agencyName: string | null
  agencyTree: string[]
  /** One or more implementing levels (Meilisearch filters and facets an array value by each item). */
  level: string[]
  serviceLevel: string
  subjects: string[]
  lifeEvents: string[]
  lifeEventNames: string[]
  result: string
  documents: string[]
  steps: string[]
  /** False when this locale shows the Vietnamese text through the fallback. */
  translated: boolean
  url: string
  updatedAt: number | null
  synthetic: boolean
}

export type FaqSource = {
  recordId: number | string
  slug: string
  question: LocalizedText
  /** Plain text (the CMS turns Lexical into text first). */
  answer: LocalizedText
  sector: Ref | null
  agency: Ref | null
  procedureCodes?: readonly string[]
  untranslated?: readonly string[]
  updatedAt?: string
  synthetic?: boolean
}

export type FaqDocument = {
  id: string
  kind: 'faq'
  schemaVersion: number
  recordId: number | string
  locale: Locale
  slug: string
  question: string
  questionFolded: string
  answer: string
  sector: string | null
  sectorName: string | null
  agency: string | null
  agencyName: string | null
  procedureCodes: string[]
  translated: boolean
  url: string
  updatedAt: number | null
  synthetic: boolean
}

/** Long answers add little to ranking and cost index size. */
const MAX_ANSWER_CHARS = 4000

/** Site URLs per ARCHITECTURE's contract: vi at the root, en under /en/. */
export function procedureUrl(code: string, locale: Locale): string {
  return locale === 'vi' ? `/thu-tuc/${code}` : `/en/procedures/${code}`
}

/** A FAQ's own page (issue 10, item 5), as the site's `routes.faq` builds it. */
export function faqUrl(slug: string, locale: Locale): string {
  return locale === 'vi' ? `/hoi-dap/${slug}` : `/en/faq/${slug}`
}

/**
 * Meilisearch ids allow only letters, digits, `-` and `_` (a `.` is refused with
 * invalid_document_id), so the code's dot becomes `_`: `1.001193` in English is `1_001193-en`.
 */
export function procedureDocumentId(code: string, locale: Locale): string {
  return `${code.replace(/\./g, '_')}-${locale}`
}

export function faqDocumentId(slug: string, locale: Locale): string {
  return `faq-${slug}-${locale}`
}

/** The locale's text, else the Vietnamese (Payload's fallback), else empty. */
function pick(text: LocalizedText | null | undefined, locale: Locale): string {
  return (text?.[locale] ?? '').trim() || (text?.vi ?? '').trim()
}

function pickList(list: LocalizedList | null | undefined, locale: Locale): string[] {
  const own = list?.[locale] ?? []
  return [...(own.length > 0 ? own : (list?.vi ?? []))].map((entry) => entry.trim()).filter(Boolean)
}

function isTranslated(locale: Locale, untranslated: readonly string[] | undefined, main: LocalizedText): boolean {
  return !untranslated?.includes(locale) && Boolean(main[locale]?.trim())
}

const timestamp = (iso: string | undefined) => (iso ? Date.parse(iso) || null : null)

export function procedureDocument(source: ProcedureSource, locale: Locale): ProcedureDocument {
  const name = pick(source.name, locale)
  const keywords = pickList(source.keywords, locale)
  const other: Locale = locale === 'vi' ? 'en' : 'vi'
  const otherName = (source.name[other] ?? '').trim()
  const sectorName = source.sector ? pick(source.sector.name, locale) : null
  const lifeEventNames = (source.lifeEvents ?? []).map((event) => pick(event.name, locale))
  return {
    id: procedureDocumentId(source.code, locale),
    kind: 'procedure',
    schemaVersion: DOCUMENT_SCHEMA_VERSION,
    recordId: source.recordId,
    locale,
    code: source.code,
    name,
    keywords,
    nameFolded: fold(name),
    // Every keyword, plain ASCII ones too: this copy is where a query without marks is first
    // matched without typos (query.ts), and an English keyword must count there.
    keywordsFolded: [...new Set(keywords.map(fold))],
    // " | " keeps the parts apart: no phrase runs from one into the next.
    nameTones: tones([name, ...keywords, ...lifeEventNames, sectorName ?? '', otherName].filter(Boolean).join(' | ')),
    nameWords: name.split(/\s+/).filter(Boolean).length,
    otherName: otherName === name ? '' : otherName,
    sector: source.sector?.slug ?? null,
    sectorName,
    agency: source.agency?.slug ?? null,
    agencyName: source.agency ? pick(source.agency.name, locale) : null,
    agencyTree: source.agency ? [source.agency.slug, ...(source.agency.ancestors ?? [])] : [],
    level: [...source.level],
    serviceLevel: source.serviceLevel,
    subjects: [...(source.subjects ?? [])],
    lifeEvents: (source.lifeEvents ?? []).map((event) => event.slug),
    lifeEventNames,
    result: pick(source.result, locale),
    documents: (source.documents ?? []).map((document) => pick(document, locale)).filter(Boolean),
    steps: (source.steps ?? []).map((step) => pick(step, locale)).filter(Boolean),
    translated: isTranslated(locale, source.untranslated, source.name),
    url: procedureUrl(source.code, locale),
    updatedAt: timestamp(source.updatedAt),
    synthetic: source.synthetic ?? false,
  }
}

/** Both locales' documents of a procedure. */
export function procedureDocuments(source: ProcedureSource): ProcedureDocument[] {
  return LOCALES.map((locale) => procedureDocument(source, locale))
}

export function faqDocument(source: FaqSource, locale: Locale): FaqDocument {
  const question = pick(source.question, locale)
  return {
    id: faqDocumentId(source.slug, locale),
    kind: 'faq',
    schemaVersion: DOCUMENT_SCHEMA_VERSION,
    recordId: source.recordId,
    locale,
    slug: source.slug,
    question,
    questionFolded: fold(question),
    answer: pick(source.answer, locale).slice(0, MAX_ANSWER_CHARS),
    sector: source.sector?.slug ?? null,
    sectorName: source.sector ? pick(source.sector.name, locale) : null,
    agency: source.agency?.slug ?? null,
    agencyName: source.agency ? pick(source.agency.name, locale) : null,
    procedureCodes: [...(source.procedureCodes ?? [])],
    translated: isTranslated(locale, source.untranslated, source.question),
    url: faqUrl(source.slug, locale),
    updatedAt: timestamp(source.updatedAt),
    synthetic: source.synthetic ?? false,
  }
}

export function faqDocuments(source: FaqSource): FaqDocument[] {
  return LOCALES.map((locale) => faqDocument(source, locale))
}
