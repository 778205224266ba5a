/**
 * Shapes of the seed content files in this folder, and a loader that validates them.
 *
 * The files are plain JSON so that editors can read and review them; the CMS seeder loads
 * them through `loadContent()`. See README.md in this folder for the sources and the rules
 * (real facts only: a code, fee or time that could not be verified is left out).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { gunzipSync } from 'node:zlib'
import {
  AGENCY_KINDS,
  CHANNELS,
  LEVELS,
  type Level,
  REVIEW_FLAGS,
  SERVICE_LEVELS,
  SUBJECTS,
  TIME_UNITS,
} from '@dvc/cms/vocabulary'
import { z } from 'zod'

/** National procedure code (mã thủ tục), e.g. `1.001193`, `2.000200`, `3.000722`. */
export const PROCEDURE_CODE = /^\d\.\d{6}$/

const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'lowercase ASCII words joined by "-"')
/** Ministries use short upper-case codes (BCA), provinces their 2-digit official code (01), units BCA-XNC. */
const agencyCode = z.string().regex(/^[A-Z0-9]+(?:-[A-Z0-9]+)*$/, 'upper-case letters and digits joined by "-"')
const sectorCode = z.string().regex(/^[A-Z0-9]+(?:-[A-Z0-9]+)*$/, 'upper-case letters and digits joined by "-"')
const text = z.string().trim().min(1)

/** Localized text. `en` may be missing only where no translation exists. */
export const localizedSchema = z.strictObject({ vi: text, en: text.optional() })

export const procedureCodeSchema = z.string().regex(PROCEDURE_CODE, 'national format N.NNNNNN, e.g. 1.001193')

export const agencySchema = z.strictObject({
  code: agencyCode,
  slug,
  kind: z.enum(AGENCY_KINDS),
  parent: agencyCode.optional(),
  name: localizedSchema,
  address: localizedSchema.optional(),
  phone: text.optional(),
  email: z.email().optional(),
  website: z.url().optional(),
  hours: localizedSchema.optional(),
  mapUrl: z.url().optional(),
  source: text,
})

export const sectorSchema = z.strictObject({
  code: sectorCode,
  slug,
  name: localizedSchema,
  ministry: agencyCode,
})

export const audiences = ['citizen', 'business'] as const

/** One step of a life event (cms/src/collections/LifeEvents): "and" after the previous step or "or" instead of it. */
export const lifeEventStepSchema = z.strictObject({
  title: localizedSchema,
  connector: z.enum(['and', 'or']),
  choice: z.enum(['all', 'one']).default('all'),
  recommended: z.boolean().default(false),
  procedures: z.array(procedureCodeSchema).min(1),
  deadline: localizedSchema.optional(),
  note: localizedSchema.optional(),
})

export const lifeEventSchema = z.strictObject({
  slug,
  audience: z.enum(audiences),
  name: localizedSchema,
  description: localizedSchema,
  steps: z.array(lifeEventStepSchema).min(1),
})

export const methodSchema = z.strictObject({
  channel: z.enum(CHANNELS),
  /** Processing time as published; left out when the source does not give one. */
  time: z.strictObject({ amount: z.number().positive(), unit: z.enum(TIME_UNITS) }).optional(),
  timeNote: localizedSchema.optional(),
  /** Fee or charge in VND (0 = free); left out when the source does not give the amount. */
  fee: z
    .strictObject({ amount: z.number().int().nonnegative().optional(), description: localizedSchema.optional() })
    .refine((fee) => fee.amount !== undefined || fee.description !== undefined, 'give the amount, its text or both')
    .optional(),
  /** The national record's free text about this method ("Mô tả"). */
  description: localizedSchema.optional(),
})

export const documentSchema = z.strictObject({
  name: localizedSchema,
  originals: z.number().int().nonnegative().optional(),
  copies: z.number().int().nonnegative().optional(),
  required: z.boolean(),
  condition: localizedSchema.optional(),
  form: slug.optional(),
  /** The template's file name as the national record gives it, when no form of ours holds it. */
  formFile: text.optional(),
})

export const legalBasisSchema = z.strictObject({
  number: text,
  title: localizedSchema,
  date: z.iso.date().optional(),
})

export const sourceSchema = z.strictObject({
  name: text,
  url: z.url().optional(),
  retrieved: z.iso.date().optional(),
  note: text.optional(),
})

/** Agencies as the national record names them (text); the relations hold those on our tree. */
export const agencyNamesSchema = z.strictObject({
  implementing: localizedSchema.optional(),
  competent: localizedSchema.optional(),
  delegated: localizedSchema.optional(),
  coordinating: localizedSchema.optional(),
})

export const relatedProcedureSchema = z.strictObject({ code: procedureCodeSchema.optional(), name: localizedSchema })

const procedureObject = z.strictObject({
  code: procedureCodeSchema,
  decisionNumber: text.optional(),
  name: localizedSchema,
  /** One level, as curated files write it; or `levels`, one or more (the national database's form). */
  level: z.enum(LEVELS).optional(),
  levels: z.array(z.enum(LEVELS)).min(1).optional(),
  type: localizedSchema.optional(),
  sector: sectorCode,
  agency: agencyCode,
  agencyNote: localizedSchema.optional(),
  competentAgencies: z.array(agencyCode).optional(),
  delegatedAgencies: z.array(agencyCode).optional(),
  coordinatingAgencies: z.array(agencyCode).optional(),
  agencyNames: agencyNamesSchema.optional(),
  receivingAddress: localizedSchema.optional(),
  relatedProcedures: z.array(relatedProcedureSchema).optional(),
  /** A deadline the law sets on the applicant, with its article. */
  deadline: localizedSchema.optional(),
  steps: z.array(localizedSchema).min(1),
  methods: z.array(methodSchema).min(1),
  documents: z.array(documentSchema),
  subjects: z.array(z.enum(SUBJECTS)).min(1),
  result: localizedSchema,
  legalBasis: z.array(legalBasisSchema).min(1),
  requirements: localizedSchema.optional(),
  keywords: z.strictObject({ vi: z.array(text), en: z.array(text) }),
  serviceLevel: z.enum(SERVICE_LEVELS),
  lifeEvents: z.array(slug),
  source: sourceSchema,
  /** Set by the national catalogue's normalizer where a record could not be normalized cleanly. */
  reviewFlags: z.array(z.enum(REVIEW_FLAGS)).optional(),
  reviewNote: text.optional(),
})

const oneLevelForm = (p: { level?: unknown; levels?: unknown }) => (p.level === undefined) !== (p.levels === undefined)
const LEVEL_RULE = { message: 'give either "level" (one) or "levels" (one or more)', path: ['levels'] }

export const procedureSchema = procedureObject.refine(oneLevelForm, LEVEL_RULE)

/**
 * A record of the national catalogue (content/national/, written by scripts/catalogue/normalize.ts):
 * Vietnamese only, and the parts the capture lost may be missing; such a record carries review flags.
 */
export const nationalProcedureSchema = procedureObject
  .extend({
    steps: z.array(localizedSchema),
    methods: z.array(methodSchema),
    subjects: z.array(z.enum(SUBJECTS)),
    result: localizedSchema.optional(),
    legalBasis: z.array(legalBasisSchema),
    keywords: z.strictObject({ vi: z.array(text), en: z.array(text) }).optional(),
    lifeEvents: z.array(slug).optional(),
  })
  .refine(oneLevelForm, LEVEL_RULE)

/** The levels of a record in either form. */
export function levelsOf(p: { level?: Level | undefined; levels?: Level[] | undefined }): Level[] {
  return p.levels ?? (p.level ? [p.level] : [])
}

export const formSchema = z.strictObject({
  slug,
  title: localizedSchema,
  code: text.optional(),
  legalBasis: text.optional(),
  procedures: z.array(procedureCodeSchema).min(1),
})

export const faqSchema = z.strictObject({
  slug,
  agency: agencyCode,
  sector: sectorCode,
  procedures: z.array(procedureCodeSchema),
  question: localizedSchema,
  /** Plain text; paragraphs separated by a blank line. */
  answer: localizedSchema,
})

export type Localized = z.infer<typeof localizedSchema>
export type Agency = z.infer<typeof agencySchema>
export type Sector = z.infer<typeof sectorSchema>
export type LifeEvent = z.infer<typeof lifeEventSchema>

/** The procedures a life event links, in step order, each once. */
export function lifeEventCodes(event: Pick<LifeEvent, 'steps'>): string[] {
  return [...new Set(event.steps.flatMap((step) => step.procedures))]
}
export type ProcedureMethod = z.infer<typeof methodSchema>
export type ProcedureDocument = z.infer<typeof documentSchema>
export type LegalBasis = z.infer<typeof legalBasisSchema>
export type Procedure = z.infer<typeof procedureSchema>
export type NationalProcedure = z.infer<typeof nationalProcedureSchema>
export type Form = z.infer<typeof formSchema>
export type Faq = z.infer<typeof faqSchema>

export type Content = {
  agencies: Agency[]
  sectors: Sector[]
  lifeEvents: LifeEvent[]
  procedures: Procedure[]
  forms: Form[]
  faqs: Faq[]
}

/** Raised for a file that cannot be read, parsed or validated; names the file and the zod path. */
export class ContentError extends Error {
  readonly file: string

  constructor(file: string, message: string) {
    super(`${file}: ${message}`)
    this.name = 'ContentError'
    this.file = file
  }
}

function readJson(file: string): unknown {
  let raw: string
  try {
    raw = readFileSync(file, 'utf8')
  } catch (error) {
    throw new ContentError(file, `cannot be read (${(error as Error).message})`)
  }
  try {
    return JSON.parse(raw)
  } catch (error) {
    throw new ContentError(file, `is not valid JSON (${(error as Error).message})`)
  }
}

function formatIssues(error: z.ZodError): string {
  return error.issues
    .slice(0, 5)
    .map((issue) => `at ${issue.path.length > 0 ? issue.path.join('.') : '(root)'}: ${issue.message}`)
    .join('; ')
}

function parseWith<T extends z.ZodType>(schema: T, file: string, data: unknown): z.infer<T> {
  const result = schema.safeParse(data)
  if (!result.success) throw new ContentError(file, `invalid content ${formatIssues(result.error)}`)
  return result.data
}

/** Read and validate every content file. Throws a ContentError naming the file and zod path on bad data. */
export function loadContent(dir: string = import.meta.dirname): Content {
  const agencies = parseWith(z.array(agencySchema), join(dir, 'agencies.json'), readJson(join(dir, 'agencies.json')))
  const sectors = parseWith(z.array(sectorSchema), join(dir, 'sectors.json'), readJson(join(dir, 'sectors.json')))
  const lifeEventsFile = join(dir, 'life-events.json')
  const lifeEvents = parseWith(z.array(lifeEventSchema), lifeEventsFile, readJson(lifeEventsFile))
  const formsFile = join(dir, 'forms.json')
  const forms = existsSync(formsFile) ? parseWith(z.array(formSchema), formsFile, readJson(formsFile)) : []
  const faqs = parseWith(z.array(faqSchema), join(dir, 'faqs.json'), readJson(join(dir, 'faqs.json')))

  const proceduresDir = join(dir, 'procedures')
  const procedures = readdirSync(proceduresDir)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => {
      const file = join(proceduresDir, name)
      const procedure = parseWith(procedureSchema, file, readJson(file))
      if (`${procedure.code}.json` !== name) {
        throw new ContentError(file, `at code: file name must be "${procedure.code}.json"`)
      }
      return procedure
    })

  return { agencies, sectors, lifeEvents, procedures, forms, faqs }
}

export type NationalCatalogue = { sectors: Sector[]; procedures: NationalProcedure[] }

/**
 * The normalized national catalogue (content/national/: one gzipped JSON Lines file per ministry
 * and the sectors they add), written by scripts/catalogue/normalize.ts. Empty when absent.
 */
export function loadNational(dir: string = join(import.meta.dirname, 'national')): NationalCatalogue {
  if (!existsSync(dir)) return { sectors: [], procedures: [] }
  const sectorsFile = join(dir, 'sectors.json')
  const sectors = existsSync(sectorsFile) ? parseWith(z.array(sectorSchema), sectorsFile, readJson(sectorsFile)) : []
  const procedures: NationalProcedure[] = []
  for (const name of readdirSync(dir)
    .filter((file) => file.endsWith('.jsonl.gz'))
    .sort()) {
    const file = join(dir, name)
    const lines = gunzipSync(readFileSync(file)).toString('utf8').split('\n')
    lines.forEach((line, i) => {
      if (line.trim() === '') return
      procedures.push(parseWith(nationalProcedureSchema, `${file}:${i + 1}`, JSON.parse(line)))
    })
  }
  return { sectors, procedures }
}

function duplicates(values: string[]): string[] {
  const seen = new Set<string>()
  const repeated = new Set<string>()
  for (const value of values) {
    if (seen.has(value)) repeated.add(value)
    seen.add(value)
  }
  return [...repeated]
}

/**
 * Cross-file checks the schemas cannot express: unique codes and slugs, and every referenced
 * agency, sector, life event, form and procedure exists. Returns the problems found (empty = fine).
 */
export function findReferenceProblems(content: Content): string[] {
  const problems: string[] = []
  const agencyCodes = new Set(content.agencies.map((a) => a.code))
  const sectorCodes = new Set(content.sectors.map((s) => s.code))
  const lifeEventSlugs = new Set(content.lifeEvents.map((e) => e.slug))
  const formSlugs = new Set(content.forms.map((f) => f.slug))
  const procedureCodes = new Set(content.procedures.map((p) => p.code))

  const unique: [string, string[]][] = [
    ['agency code', content.agencies.map((a) => a.code)],
    ['agency slug', content.agencies.map((a) => a.slug)],
    ['sector code', content.sectors.map((s) => s.code)],
    ['sector slug', content.sectors.map((s) => s.slug)],
    ['life event slug', content.lifeEvents.map((e) => e.slug)],
    ['procedure code', content.procedures.map((p) => p.code)],
    ['form slug', content.forms.map((f) => f.slug)],
    ['faq slug', content.faqs.map((f) => f.slug)],
  ]
  for (const [what, values] of unique) {
    for (const value of duplicates(values)) problems.push(`duplicate ${what} "${value}"`)
  }

  for (const agency of content.agencies) {
    if (agency.parent && !agencyCodes.has(agency.parent)) {
      problems.push(`agency ${agency.code}: unknown parent ${agency.parent}`)
    }
  }
  for (const sector of content.sectors) {
    if (!agencyCodes.has(sector.ministry)) problems.push(`sector ${sector.code}: unknown ministry ${sector.ministry}`)
  }
  for (const event of content.lifeEvents) {
    for (const code of lifeEventCodes(event)) {
      if (!procedureCodes.has(code)) problems.push(`life event ${event.slug}: unknown procedure ${code}`)
    }
  }
  for (const form of content.forms) {
    for (const code of form.procedures) {
      if (!procedureCodes.has(code)) problems.push(`form ${form.slug}: unknown procedure ${code}`)
    }
  }
  for (const p of content.procedures) {
    const where = `procedure ${p.code}`
    if (!sectorCodes.has(p.sector)) problems.push(`${where}: unknown sector ${p.sector}`)
    if (!agencyCodes.has(p.agency)) problems.push(`${where}: unknown agency ${p.agency}`)
    for (const code of p.competentAgencies ?? []) {
      if (!agencyCodes.has(code)) problems.push(`${where}: unknown competent agency ${code}`)
    }
    for (const slugValue of p.lifeEvents) {
      if (!lifeEventSlugs.has(slugValue)) problems.push(`${where}: unknown life event ${slugValue}`)
      const event = content.lifeEvents.find((e) => e.slug === slugValue)
      if (event && !lifeEventCodes(event).includes(p.code)) {
        problems.push(`${where}: life event ${slugValue} does not list it`)
      }
    }
    for (const doc of p.documents) {
      if (doc.form && !formSlugs.has(doc.form)) problems.push(`${where}: unknown form ${doc.form}`)
      const form = content.forms.find((f) => f.slug === doc.form)
      if (form && !form.procedures.includes(p.code)) problems.push(`${where}: form ${form.slug} does not list it`)
    }
  }
  for (const event of content.lifeEvents) {
    for (const code of lifeEventCodes(event)) {
      const p = content.procedures.find((x) => x.code === code)
      if (p && !p.lifeEvents.includes(event.slug)) {
        problems.push(`procedure ${code}: missing life event ${event.slug} that lists it`)
      }
    }
  }
  for (const faq of content.faqs) {
    if (!agencyCodes.has(faq.agency)) problems.push(`faq ${faq.slug}: unknown agency ${faq.agency}`)
    if (!sectorCodes.has(faq.sector)) problems.push(`faq ${faq.slug}: unknown sector ${faq.sector}`)
    for (const code of faq.procedures) {
      if (!procedureCodes.has(code)) problems.push(`faq ${faq.slug}: unknown procedure ${code}`)
    }
  }
  return problems
}

const dayText = z.string().regex(/^\d{4}-\d{2}-\d{2}$/)

/** content/holidays.json: the calendar deadlines are counted on (cms Holidays collection). */
export const holidaySchema = z.strictObject({
  date: dayText,
  kind: z.enum(['holiday', 'workday']),
  name: localizedSchema,
  basis: z.string(),
  provisional: z.boolean(),
})
export type Holiday = z.infer<typeof holidaySchema>

const conditionSchema = z.strictObject({ field: z.string(), equals: z.string() })
const fieldKey = z.string().regex(/^[a-z][a-zA-Z0-9]{0,39}$/)

/** content/dossier-forms.json: the online forms of the seed's online procedures (cms DossierForms). */
export const dossierFormSchema = z.strictObject({
  procedure: z.string(),
  agency: z.string(),
  title: localizedSchema,
  minimumAcr: z.enum(['loa2', 'loa3', 'loa4']),
  source: z.string(),
  fields: z.array(
    z.strictObject({
      key: fieldKey,
      type: z.enum(['text', 'number', 'date', 'choice', 'citizenId', 'address']),
      label: localizedSchema,
      required: z.boolean(),
      choices: z.array(z.strictObject({ value: z.string(), label: localizedSchema })).optional(),
      showWhen: conditionSchema.optional(),
      min: z.number().optional(),
      max: z.number().optional(),
      maxLength: z.number().int().positive().optional(),
    }),
  ),
  documents: z.array(
    z.strictObject({
      key: fieldKey,
      label: localizedSchema,
      required: z.boolean(),
      requiredWhen: conditionSchema.optional(),
      reuseType: z.string().optional(),
      maxFiles: z.number().int().min(1).max(5),
    }),
  ),
})
export type DossierFormContent = z.infer<typeof dossierFormSchema>

/** The holiday calendar and the online forms (issue 15), each file validated. */
export function loadDossierContent(dir: string = import.meta.dirname): {
  holidays: Holiday[]
  forms: DossierFormContent[]
} {
  const holidaysFile = join(dir, 'holidays.json')
  const formsFile = join(dir, 'dossier-forms.json')
  return {
    holidays: parseWith(z.object({ days: z.array(holidaySchema) }), holidaysFile, readJson(holidaysFile)).days,
    forms: parseWith(z.object({ forms: z.array(dossierFormSchema) }), formsFile, readJson(formsFile)).forms,
  }
}
