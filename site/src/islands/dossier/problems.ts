/**
 * The problems a step shows, by field or document key: the browser's own checks (validate.ts)
 * in words, and the server's 400, whose `details.fields` names fields with messages already
 * in the page's language. The server's word wins where both speak of one field.
 */
import type { FormDefinition } from '@dvc/cms/dossiers'

import type { Translate } from '../search/translate.ts'
import type { Values } from './conditions.ts'
import type { Problem } from './ErrorSummary.tsx'
import { checkDocuments, checkFields } from './validate.ts'

export type Problems = Record<string, string>

export function fieldProblems(form: FormDefinition, values: Values, t: Translate): Problems {
  const out: Problems = {}
  for (const [key, problem] of Object.entries(checkFields(form, values))) {
    const field = form.fields.find((candidate) => candidate.key === key)
    out[key] = t(`submit.problem.${problem}`, {
      label: field?.label ?? key,
      min: field?.min ?? '',
      max: field?.maxLength ?? field?.max ?? '',
    })
  }
  return out
}

export function documentProblems(
  form: FormDefinition,
  values: Values,
  documents: Record<string, string[]>,
  t: Translate,
): Problems {
  const out: Problems = {}
  for (const [key, problem] of Object.entries(checkDocuments(form, values, documents))) {
    const document = form.documents.find((candidate) => candidate.key === key)
    out[key] = t(problem === 'required' ? 'submit.problem.document' : 'submit.problem.tooMany', {
      label: document?.label ?? key,
      max: document?.maxFiles ?? '',
    })
  }
  return out
}

/** `details.fields` of a 400, the string messages only. */
export function serverProblems(details: Record<string, unknown> | undefined): Problems {
  const fields = details?.fields
  if (typeof fields !== 'object' || fields === null) return {}
  return Object.fromEntries(
    Object.entries(fields).filter((entry): entry is [string, string] => typeof entry[1] === 'string'),
  )
}

/** In the form's order (fields, then documents), the keys the form does not know last. */
export function ordered(form: FormDefinition, problems: Problems): Problem[] {
  const order = [...form.fields.map((field) => field.key), ...form.documents.map((document) => document.key)]
  const rank = (key: string) => (order.includes(key) ? order.indexOf(key) : order.length)
  return Object.entries(problems)
    .sort(([a], [b]) => rank(a) - rank(b))
    .map(([key, message]) => ({ key, message }))
}

/** The first step holding a problem: 0 when a field has one, 1 for a document, else the review. */
export function stepOf(form: FormDefinition, problems: Problems): number {
  const keys = Object.keys(problems)
  if (keys.some((key) => form.fields.some((field) => field.key === key))) return 0
  if (keys.some((key) => form.documents.some((document) => document.key === key))) return 1
  return 2
}
