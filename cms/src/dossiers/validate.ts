/**
 * A submission checked against its form (contract `FormDefinition`): every field by its type,
 * conditions honoured, every document with its files, each file the citizen's own. Answers
 * the problems as message keys by field and document (the endpoint words them in the
 * request's language) and the values as they will be kept.
 */
import type { MessageKey } from '../i18n/messages.ts'
import type { MessageValues } from '../i18n/t.ts'
import type { AddressValue, Condition, DocumentFiles, FieldValue, FormDefinition, FormField } from './contract.ts'
import { isPlace } from './places/index.ts'

export type Problem = { key: MessageKey; values?: MessageValues }
export type Problems = { fields: Record<string, Problem>; documents: Record<string, Problem> }

const TEXT_MAX = 500

function holds(condition: Condition | undefined, values: Record<string, FieldValue>): boolean {
  if (!condition) return true
  return String(values[condition.field] ?? '') === condition.equals
}

function isDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false
  const time = Date.parse(`${value}T00:00:00Z`)
  return !Number.isNaN(time) && new Date(time).toISOString().startsWith(value)
}

function checkField(field: FormField, value: FieldValue | undefined): { problem?: Problem; value?: FieldValue } {
  const empty = value === undefined || value === null || value === ''
  if (empty) return field.required ? { problem: { key: 'dossier.field.required' } } : {}
  switch (field.type) {
    case 'text': {
      const max = field.maxLength ?? TEXT_MAX
      if (typeof value !== 'string') return { problem: { key: 'dossier.field.required' } }
      const text = value.trim()
      if (!text && field.required) return { problem: { key: 'dossier.field.required' } }
      if (text.length > max || text.includes('\u0000'))
        return { problem: { key: 'dossier.field.too_long', values: { max } } }
      return { value: text }
    }
    case 'number': {
      const number = typeof value === 'number' ? value : typeof value === 'string' ? Number(value.trim()) : Number.NaN
      if (!Number.isFinite(number)) return { problem: { key: 'dossier.field.number' } }
      const min = field.min ?? Number.MIN_SAFE_INTEGER
      const max = field.max ?? Number.MAX_SAFE_INTEGER
      if (number < min || number > max) return { problem: { key: 'dossier.field.range', values: { min, max } } }
      return { value: number }
    }
    case 'date':
      return typeof value === 'string' && isDate(value) ? { value } : { problem: { key: 'dossier.field.date' } }
    case 'choice':
      return typeof value === 'string' && field.choices?.some((choice) => choice.value === value)
        ? { value }
        : { problem: { key: 'dossier.field.choice' } }
    case 'citizenId':
      return typeof value === 'string' && /^\d{12}$/.test(value.trim())
        ? { value: value.trim() }
        : { problem: { key: 'dossier.field.citizen_id' } }
    case 'address': {
      const address = value as AddressValue
      if (typeof address !== 'object' || typeof address.province !== 'string' || typeof address.commune !== 'string')
        return { problem: { key: 'dossier.field.address' } }
      if (!isPlace(address.province, address.commune)) return { problem: { key: 'dossier.field.address' } }
      const street = typeof address.street === 'string' ? address.street.trim().slice(0, 200) : undefined
      return { value: { province: address.province, commune: address.commune, ...(street ? { street } : {}) } }
    }
  }
}

export type Checked = { problems: Problems; fields: Record<string, FieldValue>; documents: DocumentFiles }

/**
 * `owned`: the ids of files the citizen may attach (their uploads and their earlier
 * accepted files). Documents not asked for, fields the form lacks, are problems too: a
 * client that sends what the form does not have has misread it.
 */
export function checkSubmission(
  form: Pick<FormDefinition, 'fields' | 'documents'>,
  input: { fields: Record<string, FieldValue>; documents: DocumentFiles },
  owned: ReadonlySet<string>,
): Checked {
  const problems: Problems = { fields: {}, documents: {} }
  const fields: Record<string, FieldValue> = {}
  for (const key of Object.keys(input.fields)) {
    if (!form.fields.some((field) => field.key === key)) problems.fields[key] = { key: 'dossier.field.unknown' }
  }
  for (const field of form.fields) {
    if (!holds(field.showWhen, input.fields)) continue
    const { problem, value } = checkField(field, input.fields[field.key])
    if (problem) problems.fields[field.key] = problem
    else if (value !== undefined) fields[field.key] = value
  }
  const documents: DocumentFiles = []
  for (const entry of input.documents) {
    if (!form.documents.some((document) => document.key === entry.key))
      problems.documents[entry.key] = { key: 'dossier.document.unknown' }
  }
  for (const document of form.documents) {
    const files = [...new Set(input.documents.find((entry) => entry.key === document.key)?.files ?? [])]
    // A condition decides alone: required exactly while it holds (contract FormDocument.requiredWhen).
    const required = document.requiredWhen ? holds(document.requiredWhen, fields) : document.required
    if (files.length === 0) {
      if (required) problems.documents[document.key] = { key: 'dossier.document.required' }
      continue
    }
    if (files.length > document.maxFiles) {
      problems.documents[document.key] = { key: 'dossier.document.too_many', values: { max: document.maxFiles } }
      continue
    }
    if (files.some((file) => !owned.has(file))) {
      problems.documents[document.key] = { key: 'dossier.document.file_unknown' }
      continue
    }
    documents.push({ key: document.key, files })
  }
  return { problems, fields, documents }
}

export function hasProblems(problems: Problems): boolean {
  return Object.keys(problems.fields).length > 0 || Object.keys(problems.documents).length > 0
}
