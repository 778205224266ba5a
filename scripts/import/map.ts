/**
 * One national portal record → the data of one procedure, in Vietnamese. Values that cannot be
 * read are left out and listed; a missing or unknown required value rejects the record.
 */
import { CHANNELS, LEVELS, SERVICE_LEVELS, SUBJECTS, TIME_UNITS } from '@dvc/cms/vocabulary'
import { z } from 'zod'

import { parseDecisionNumber, parseDocument, parseLegalBasis } from './documents.ts'
import { fieldName, pickFields, RECORD_FIELDS } from './fields.ts'
import { parseMethod } from './methods.ts'
import type { Lookup, Refs } from './refs.ts'
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
      }),
    )
    .optional(),
  documents: z
    .array(
      z.object({ name: text, originals: count.optional(), copies: count.optional(), required: z.boolean().optional() }),
    )
    .optional(),
  result: text.optional(),
  requirements: text.optional(),
  legalBasis: z.array(z.object({ number: text, title: text.optional(), date: z.iso.date().optional() })).optional(),
  keywords: z.array(text).optional(),
  source: z.object({ name: text, url: z.url().optional(), note: text.optional() }),
})
export type ProcedureData = z.infer<typeof procedureDataSchema>
export type Mapped = { ok: true; data: ProcedureData; leftOut: string[] } | Rejection

/** The record's fields and its national code: enough to find duplicates before mapping the rest. */
export function readRecord(fields: unknown): ReadRecord | Rejection {
  const record = z.record(z.string(), z.unknown()).safeParse(fields)
  if (!record.success) return reject('invalid-record', 'the record is not an object of fields')
  const { values, ignored } = pickFields(record.data, RECORD_FIELDS)
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
  listOf(value).flatMap((item) => (textOf(item) ?? '').split(/\s*;\s*|,\s*(?=cấp\s|cơ quan\s)/iu).filter(Boolean))

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
  const sector = reference(values.sector, refs.sectors, 'sector')
  if (typeof sector === 'object') return sector
  const agency = reference(values.agency, refs.agencies, 'agency')
  if (typeof agency === 'object') return agency

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
  const subjects = each('subjects', (item) => parseSubject(textOf(item) ?? ''), 'not a known subject')
  const results = listOf(values.result).map((item) => textOf(typeof item === 'object' ? pick(item, ['name']) : item))
  const keywords = listOf(values.keywords).flatMap((item) => (textOf(item) ?? '').split(/\s*[,;]\s*/))
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
    sector,
    agency,
    subjects: subjects && [...new Set(subjects)],
    steps: nonEmpty(stepsOf(values.steps).map((step) => ({ text: step }))),
    methods: nonEmpty(listOf(values.methods).flatMap((item) => parseMethod(item, leftOut) ?? [])),
    documents: each('documents', parseDocument, 'no document name'),
    ...(results.some(Boolean) ? { result: results.filter(Boolean).join('\n') } : {}),
    requirements: textOf(values.requirements),
    legalBasis: each('legalBasis', parseLegalBasis, 'no single document number'),
    ...(keywords.some(Boolean) ? { keywords: [...new Set(keywords.filter(Boolean))] } : {}),
    source: {
      name: `${source.file}, row ${source.row}`,
      ...(validUrl ? { url: validUrl } : {}),
      ...(sourceNote ? { note: sourceNote } : {}),
    },
  }
  // Only what the file says is written: a key without a value keeps the saved value on update.
  const checked = procedureDataSchema.safeParse(withoutUndefined(data))
  if (!checked.success) return reject('invalid-value', describeIssue(checked.error, data))
  return { ok: true, data: checked.data, leftOut }
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
