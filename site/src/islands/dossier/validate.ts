/**
 * The same checks the server makes, made first in the browser so the citizen hears of a
 * missing or malformed answer before sending; the server's 400 stays the authority and its
 * messages are shown as they come (problems.ts). Answers translation keys, not text.
 */
import type { FieldValue, FormDefinition, FormField } from '@dvc/cms/dossiers'

import { documentRequired, isAddress, isEmpty, type Values, visibleFields } from './conditions.ts'

export type FieldProblem = 'required' | 'citizenId' | 'number' | 'min' | 'max' | 'maxLength' | 'date' | 'choice'

/** Căn cước (citizen identity card) numbers: 12 digits (Law on Identification 2023, art. 12). */
export const CITIZEN_ID = /^\d{12}$/

export function checkField(field: FormField, value: FieldValue | undefined): FieldProblem | null {
  if (isEmpty(value)) return field.required ? 'required' : null
  const text = String(value).trim()
  switch (field.type) {
    case 'citizenId':
      return CITIZEN_ID.test(text) ? null : 'citizenId'
    case 'number': {
      const number = Number(text)
      if (text === '' || !Number.isFinite(number)) return 'number'
      if (field.min !== undefined && number < field.min) return 'min'
      if (field.max !== undefined && number > field.max) return 'max'
      return null
    }
    case 'date':
      return /^\d{4}-\d{2}-\d{2}$/.test(text) && !Number.isNaN(Date.parse(text)) ? null : 'date'
    case 'choice':
      return field.choices?.some((choice) => choice.value === text) ? null : 'choice'
    case 'text':
      return field.maxLength !== undefined && text.length > field.maxLength ? 'maxLength' : null
    case 'address':
      return isAddress(value) ? null : 'required'
  }
}

/** Problems of the shown fields, by field key. */
export function checkFields(form: FormDefinition, values: Values): Record<string, FieldProblem> {
  const problems: Record<string, FieldProblem> = {}
  for (const field of visibleFields(form, values)) {
    const problem = checkField(field, values[field.key])
    if (problem) problems[field.key] = problem
  }
  return problems
}

export type DocumentProblem = 'required' | 'tooMany'

export function checkDocuments(
  form: FormDefinition,
  values: Values,
  documents: Record<string, string[]>,
): Record<string, DocumentProblem> {
  const problems: Record<string, DocumentProblem> = {}
  for (const document of form.documents) {
    const files = documents[document.key] ?? []
    if (files.length === 0 && documentRequired(document, form, values)) problems[document.key] = 'required'
    else if (files.length > document.maxFiles) problems[document.key] = 'tooMany'
  }
  return problems
}
