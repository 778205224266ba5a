/**
 * One national portal record → the data of one procedure, in Vietnamese. Values that cannot be
 * read are left out and listed; a missing or unknown required value rejects the record.
 */
import {
  CHANNELS,
  LEVELS,
  REVIEW_FLAGS,
  type ReviewFlag,
  SERVICE_LEVELS,
  SUBJECTS,
  TIME_UNITS,
} from '@dvc/cms/vocabulary'
import { z } from 'zod'
import { stepsOf as catalogueSteps } from '../catalogue/steps.ts'
import { fromApiShape, isApiShape } from './api-shape.ts'
import { parseDecisionNumber, parseDocument, parseLegalBasis } from './documents.ts'
import { fieldName, pickFields, RECORD_FIELDS } from './fields.ts'
import { flatDocuments, flatLegalBasis, flatMethods, flatNames, flatResults } from './flattened.ts'
import { parseMethod } from './methods.ts'
import type { Lookup, NewSector, Refs } from './refs.ts'
import { listOf, pick, stepsOf, textOf } from './text.ts'
import { type Level, nationalCode, normal, parseLevel, parseServiceLevel, parseSubject } from './values.ts'

export type Problem =
  | 'invalid-record'
  | 'missing-field'
  | 'invalid-code'
  | 'invalid-value'
  | 'unknown-sector'
  | 'unknown-agency'
  | 'duplicate-in-file'
  | 'write-failed'

export type Rejection = { ok: false; problem: Problem; reason: string }
type Values = Partial<Record<keyof typeof RECORD_FIELDS, unknown>>
export type ReadRecord = { ok: true; code: string; values: Values; ignored: string[] }

const reject = (problem: Problem, reason: string): Rejection => ({ ok: false, problem, reason })
const F = RECORD_FIELDS
const quote = (text: string) => JSON.stringify(text)

const text = z.string().trim().min(1)
const count = z.number().int().min(0, 'a count cannot be negative')

/** The rules of the procedures collection, checked here because Payload skips validation for drafts. */
export const procedureDataSchema = z.object({
  code: z.string().regex(/^\d\.\d{6}$/),
  name: text,
  decisionNumber: text.optional(),
  levels: z.array(z.enum(LEVELS)).min(1),
  serviceLevel: z.enum(SERVICE_LEVELS).optional(),
  type: text.optional(),
  sector: z.number().int(),
  agency: z.number().int(),
  subjects: z.array(z.enum(SUBJECTS)).optional(),
  steps: z.array(z.object({ text })).optional(),
  methods: z
    .array(
      z.object({
        channel: z.enum(CHANNELS),
        timeAmount: z.number().positive('a processing time must be greater than 0').optional(),
        timeUnit: z.enum(TIME_UNITS).optional(),
        timeNote: text.optional(),
        feeAmount: z.number().finite().min(0, 'a fee cannot be negative').optional(),
        feeDescription: text.optional(),
        description: text.optional(),
      }),
    )
    .optional(),
  documents: z
    .array(
      z.object({
        name: text,
        originals: count.optional(),
        copies: count.optional(),
        required: z.boolean().optional(),
        condition: text.optional(),
        formFile: text.optional(),
      }),
    )
    .optional(),
  result: text.optional(),
  requirements: text.optional(),
  legalBasis: z.array(z.object({ number: text, title: text.optional(), date: z.iso.date().optional() })).optional(),
  keywords: z.array(text).optional(),
  source: z.object({ name: text, url: z.url().optional(), note: text.optional() }),
  competentAgencies: z.array(z.number().int()).optional(),
  delegatedAgencies: z.array(z.number().int()).optional(),
  coordinatingAgencies: z.array(z.number().int()).optional(),
  agencyNames: z
    .object({
      implementing: text.optional(),
      competent: text.optional(),
      delegated: text.optional(),
      coordinating: text.optional(),
    })
    .optional(),
  receivingAddress: text.optional(),
  relatedProcedures: z
    .array(
      z.object({
        code: z
          .string()
          .regex(/^\d\.\d{6}$/)
          .optional(),
        name: text,
      }),
    )
    .optional(),
  reviewFlags: z.array(z.enum(REVIEW_FLAGS)).optional(),
  reviewNote: text.optional(),
})
export type ProcedureData = z.infer<typeof procedureDataSchema>
/** `newSector`: the record's sector does not exist yet; the import creates it and sets `data.sector`. */
export type Mapped = { ok: true; data: ProcedureData; leftOut: string[]; newSector?: NewSector } | Rejection

/** The record's fields and its national code: enough to find duplicates before mapping the rest. */
export function readRecord(fields: unknown): ReadRecord | Rejection {
  const record = z.record(z.string(), z.unknown()).safeParse(fields)
  if (!record.success) return reject('invalid-record', 'the record is not an object of fields')
  // The national portal's API names its fields in English (api-shape.ts): read as the label-key form.
  const { values, ignored } = pickFields(
    isApiShape(record.data) ? fromApiShape(record.data) : record.data,
    RECORD_FIELDS,
  )
  const codeText = textOf(values.code)
  if (!codeText) return reject('missing-field', `${fieldName(F.code)} is missing`)
  const code = nationalCode(codeText)
  if (!code) {
    return reject('invalid-code', `${fieldName(F.code)} ${quote(codeText)} is not a national code like 1.001193`)
  }
  return { ok: true, code, values, ignored }
}

/** Several values in one field ("Cấp tỉnh, Cấp xã") are cut at line breaks, `;` and `, Cấp` / `, Cơ quan`. */
const levelTexts = (value: unknown) =>
  (flatNames(value) ?? listOf(value)).flatMap((item) =>
    (textOf(item) ?? '').split(/\s*;\s*|,\s*(?=cấp\s|cơ quan\s)/iu).filter(Boolean),
  )

function levels(value: unknown): Level[] | Rejection {
  const texts = levelTexts(value)
  if (texts.length === 0) return reject('missing-field', `${fieldName(F.level)} is missing`)
  const found = new Set<Level>()
  for (const item of texts) {
    const parsed = parseLevel(item)
    if (!parsed) {
      const known = 'Cấp bộ/ngành, Cấp tỉnh, Cấp xã, Cấp huyện or Cơ quan khác'
      return reject('invalid-value', `${fieldName(F.level)} ${quote(item)} is not one of ${known}`)
    }
    found.add(parsed)
  }
  return [...found]
}

/**
 * The implementing agency on our tree: the first named one we know (by code or name), else one
 * whose name appears in the implementing or competent agencies' text ("Cục Quản lý xuất nhập
 * cảnh - Bộ Công an"), else the ministry whose list the record came from.
 */
function implementingAgency(values: Values, refs: Refs): number | Rejection {
  const texts = listOf(values.agency).map((item) =>
    textOf(typeof item === 'object' ? pick(item, ['code', 'name']) : item),
  )
  for (const text of texts) {
    const resolved = text ? refs.agencies.resolve(text) : undefined
    if (resolved && 'id' in resolved) return resolved.id
  }
  const named = [...texts, ...listOf(values.competent).map(textOf)].filter((text): text is string => Boolean(text))
  for (const text of named) {
    const [code] = refs.matchAgencies(text)
    const id = code ? refs.agencyId(code) : undefined
    if (id !== undefined) return id
  }
  const folder = textOf(values.ministryList)
  const ministry = folder ? refs.folderMinistry(folder) : undefined
  if (ministry !== undefined) return ministry
  return reference(values.agency, refs.agencies, 'agency')
}

/** Agencies of ours named in a text cell (competent, delegated, coordinating). */
const agenciesIn = (value: unknown, refs: Refs) => {
  const ids = listOf(value).flatMap((item) =>
    refs.matchAgencies(textOf(typeof item === 'object' ? pick(item, ['name']) : item) ?? '').map(refs.agencyId),
  )
  return [...new Set(ids.filter((id): id is number => id !== undefined))]
}
const namesIn = (value: unknown) => {
  const names = listOf(value).map((item) => textOf(typeof item === 'object' ? pick(item, ['name']) : item))
  return names.some(Boolean) ? names.filter(Boolean).join('\n') : undefined
}

/** A sector or agency, by code or name; one only, since a procedure has one of each here. */
function reference(value: unknown, lookup: Lookup, field: 'sector' | 'agency'): number | Rejection {
  const spec = F[field]
  const problem = field === 'sector' ? 'unknown-sector' : 'unknown-agency'
  const texts = listOf(value).map((item) => textOf(typeof item === 'object' ? pick(item, ['code', 'name']) : item))
  const [first] = texts
  if (!first) return reject('missing-field', `${fieldName(spec)} is missing`)
  if (texts.length > 1) return reject('invalid-value', `${fieldName(spec)} names ${texts.length} values: give one`)
  const resolved = lookup.resolve(first)
  if ('id' in resolved) return resolved.id
  if (resolved.problem === 'ambiguous') {
    return reject(problem, `${fieldName(spec)} ${quote(first)} matches ${resolved.matches?.join(', ')}: use the code`)
  }
  return reject(problem, `${fieldName(spec)} ${quote(first)} is not a known ${field}: add it first or use its code`)
}

// The portal's API names the two standard kinds by key (reference/procedure_record_schema.json).
const TYPES: Record<string, string> = {
  assigned_regulation: 'TTHC được luật giao quy định chi tiết',
  standard: 'Thủ tục hành chính tiêu chuẩn',
}

export type SourceInfo = { file: string; row: number }

export function mapRecord(record: ReadRecord, refs: Refs, source: SourceInfo): Mapped {
  const { values } = record
  const leftOut: string[] = []
  const name = textOf(values.name)
  if (!name) return reject('missing-field', `${fieldName(F.name)} is missing`)
  const lvl = levels(values.level)
  if (!Array.isArray(lvl)) return lvl
  const agency = implementingAgency(values, refs)
  if (typeof agency === 'object') return agency
  const sectorRef = sector(values.sector, refs, agency)
  if ('ok' in sectorRef) return sectorRef
  const flags = new Map<ReviewFlag, string[]>()
  const flagged = { add: (flag: ReviewFlag, note: string) => flags.set(flag, [...(flags.get(flag) ?? []), note]) }

  const note = (field: keyof typeof F, item: unknown, why: string) =>
    leftOut.push(`${F[field].label} ${quote(textOf(item) ?? JSON.stringify(item))}: ${why}`)
  // A list of which nothing could be read is left out whole: an empty list would erase the saved one.
  const nonEmpty = <T>(list: T[]) => (list.length > 0 ? list : undefined)
  const each = <T>(field: keyof typeof F, parse: (item: unknown) => T | undefined, why: string) =>
    nonEmpty(
      listOf(values[field]).flatMap((item) => {
        const parsed = parse(item)
        if (parsed === undefined) note(field, item, why)
        return parsed === undefined ? [] : [parsed]
      }),
    )

  const serviceText = textOf(values.serviceLevel)
  const serviceLevel = serviceText ? parseServiceLevel(serviceText) : undefined
  if (serviceText && !serviceLevel) note('serviceLevel', serviceText, 'not a known online service level')
  const typeText = textOf(values.type)
  const decision = textOf(values.decisionNumber)
  const subjects = nonEmpty(
    (flatNames(values.subjects) ?? listOf(values.subjects)).flatMap((item) => {
      const subject = parseSubject(textOf(item) ?? '')
      if (!subject) note('subjects', item, 'not a known subject')
      return subject ? [subject] : []
    }),
  )
  const flatResult = flatResults(values.result)
  const results =
    flatResult?.results ??
    listOf(values.result).map((item) => textOf(typeof item === 'object' ? pick(item, ['name']) : item))
  const keywords = [
    ...(flatResult?.keywords ?? []),
    ...listOf(values.keywords).flatMap((item) => (textOf(item) ?? '').split(/\s*[,;]\s*/)),
  ]
  const flatSteps =
    typeof values.steps === 'string' && /Bước\s*\d/u.test(values.steps) ? catalogueSteps(values.steps) : undefined
  const related = listOf(values.related).flatMap((item) => {
    const nameText = textOf(typeof item === 'object' ? pick(item, ['name']) : item)
    const codeText = typeof item === 'object' ? textOf(pick(item, ['code'])) : undefined
    const relatedCode = codeText ? nationalCode(codeText) : undefined
    return nameText && nameText !== 'Không có thông tin'
      ? [{ name: nameText, ...(relatedCode ? { code: relatedCode } : {}) }]
      : []
  })
  const url = textOf(values.sourceUrl)
  const validUrl = url && z.url().safeParse(url).success ? url : undefined
  if (url && !validUrl) note('sourceUrl', url, 'not a URL')
  const sourceNote = textOf(values.sourceNote)

  const data = {
    code: record.code,
    name,
    ...(decision ? { decisionNumber: parseDecisionNumber(decision) } : {}),
    levels: lvl,
    ...(serviceLevel ? { serviceLevel } : {}),
    ...(typeText ? { type: TYPES[normal(typeText)] ?? typeText } : {}),
    sector: 'id' in sectorRef ? sectorRef.id : 0,
    agency,
    competentAgencies: nonEmpty(agenciesIn(values.competent, refs)),
    delegatedAgencies: nonEmpty(agenciesIn(values.delegated, refs)),
    coordinatingAgencies: nonEmpty(agenciesIn(values.coordinating, refs)),
    agencyNames: agencyNames(values),
    receivingAddress: textOf(values.receivingAddress),
    relatedProcedures: nonEmpty(related),
    subjects: subjects && [...new Set(subjects)],
    steps: nonEmpty((flatSteps ?? stepsOf(values.steps)).map((step) => ({ text: step }))),
    methods: nonEmpty(
      flatMethods(values.methods, flagged) ??
        listOf(values.methods).flatMap((item) => parseMethod(item, leftOut) ?? []),
    ),
    documents: nonEmpty(
      flatDocuments(values.documents, flagged) ?? each('documents', parseDocument, 'no document name') ?? [],
    ),
    ...(results.some(Boolean) ? { result: results.filter(Boolean).join('\n') } : {}),
    requirements: textOf(values.requirements),
    legalBasis: nonEmpty(
      flatLegalBasis(values.legalBasis, flagged) ??
        each('legalBasis', parseLegalBasis, 'no single document number') ??
        [],
    ),
    ...(keywords.some(Boolean) ? { keywords: [...new Set(keywords.filter(Boolean))] } : {}),
    source: {
      name: `${source.file}, row ${source.row}`,
      ...(validUrl ? { url: validUrl } : {}),
      ...(sourceNote ? { note: sourceNote } : {}),
    },
    ...(flags.size > 0 ? { reviewFlags: [...flags.keys()], reviewNote: [...flags.values()].flat().join('\n') } : {}),
  }
  // Only what the file says is written: a key without a value keeps the saved value on update.
  const checked = procedureDataSchema.safeParse(withoutUndefined(data))
  if (!checked.success) return reject('invalid-value', describeIssue(checked.error, data))
  return { ok: true, data: checked.data, leftOut, ...('create' in sectorRef ? { newSector: sectorRef.create } : {}) }
}

function agencyNames(values: Values) {
  const names = {
    implementing: namesIn(values.agency),
    competent: namesIn(values.competent),
    delegated: namesIn(values.delegated),
    coordinating: namesIn(values.coordinating),
  }
  return Object.values(names).some(Boolean) ? withoutUndefined(names) : undefined
}

/**
 * The sector by code or name; a sector the database lacks is created under the agency's ministry
 * (the national database has hundreds: an import cannot expect an editor to type them first).
 */
function sector(value: unknown, refs: Refs, agency: number): { id: number } | { create: NewSector } | Rejection {
  const texts = listOf(value).map((item) => textOf(typeof item === 'object' ? pick(item, ['code', 'name']) : item))
  const [first] = texts
  if (!first) return reject('missing-field', `${fieldName(F.sector)} is missing`)
  const byCode = refs.sectorByCode(first)
  if (byCode !== undefined) return { id: byCode }
  const ministry = refs.ministryOf(agency)
  if (ministry) return refs.sectorFor(first, ministry)
  const resolved = refs.sectors.resolve(first)
  if ('id' in resolved) return resolved
  return reject(
    'unknown-sector',
    `${fieldName(F.sector)} ${quote(first)} is not a known sector and the agency has no ministry`,
  )
}

const withoutUndefined = (data: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(data).filter(([, value]) => value !== undefined))

const LIST_LABELS: Record<string, string> = { methods: F.methods.label, documents: F.documents.label }

/** `Cách thức thực hiện #2 feeAmount: a fee cannot be negative (-5000)`. */
function describeIssue(error: z.ZodError, data: unknown): string {
  const issue = error.issues[0]
  if (!issue) return 'invalid record'
  let value: unknown = data
  for (const key of issue.path) value = (value as Record<PropertyKey, unknown> | undefined)?.[key as PropertyKey]
  const [field, index, sub] = issue.path
  const where =
    typeof index === 'number'
      ? `${LIST_LABELS[String(field)] ?? String(field)} #${index + 1}${sub === undefined ? '' : ` ${String(sub)}`}`
      : issue.path.join('.')
  return `${where}: ${issue.message}${value === undefined || typeof value === 'object' ? '' : ` (${String(value)})`}`
}
