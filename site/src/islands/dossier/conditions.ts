/**
 * Which fields and documents of an online form apply to what the citizen entered so far: a
 * field with `showWhen` is shown (and may be required) only while the named field holds the
 * value, and only while that field is itself shown; a document with `requiredWhen` likewise.
 */
import type { AddressValue, Condition, FieldValue, FormDefinition, FormDocument, FormField } from '@dvc/cms/dossiers'

export type Values = Record<string, FieldValue>

export const isAddress = (value: unknown): value is AddressValue =>
  typeof value === 'object' &&
  value !== null &&
  typeof (value as AddressValue).province === 'string' &&
  typeof (value as AddressValue).commune === 'string'

/** A condition on a field that is not shown does not hold (its value is left over from before). */
export function holds(condition: Condition | undefined, form: FormDefinition, values: Values, seen = 0): boolean {
  if (!condition) return true
  const target = form.fields.find((field) => field.key === condition.field)
  // A cycle of conditions (a mistake in the form) hides the fields rather than looping.
  if (!target || seen > form.fields.length) return false
  if (!holds(target.showWhen, form, values, seen + 1)) return false
  const value = values[condition.field]
  return value !== undefined && !isAddress(value) && String(value) === condition.equals
}

export const visibleFields = (form: FormDefinition, values: Values): FormField[] =>
  form.fields.filter((field) => holds(field.showWhen, form, values))

/** With a condition, required exactly while it holds (contract `FormDocument.requiredWhen`); else as marked. */
export const documentRequired = (document: FormDocument, form: FormDefinition, values: Values): boolean =>
  document.requiredWhen !== undefined ? holds(document.requiredWhen, form, values) : document.required

export function isEmpty(value: FieldValue | undefined): boolean {
  if (value === undefined) return true
  if (isAddress(value)) return value.province === '' || value.commune === ''
  return String(value).trim() === ''
}

/** What is sent: the shown fields that hold a value, nothing left over from a hidden branch. */
export function submittedFields(form: FormDefinition, values: Values): Values {
  const out: Values = {}
  for (const field of visibleFields(form, values)) {
    const value = values[field.key]
    if (value === undefined || isEmpty(value)) continue
    // A number is typed as text (inputmode numeric); it is sent as a number when it reads as one.
    const number = field.type === 'number' ? Number(String(value).trim()) : Number.NaN
    out[field.key] = Number.isFinite(number) ? number : isAddress(value) ? value : String(value).trim()
  }
  return out
}
