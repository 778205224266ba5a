/**
 * The submission's progress and the contract's Draft, both ways. A draft comes back from the
 * server (or this tab's copy) possibly older than the form: fields and documents the form no
 * longer has, values of the wrong type and files past a document's limit are dropped, and the
 * step is kept within the form's steps, so a reload resumes where the citizen was.
 */
import type { Draft, FieldValue, FormDefinition } from '@dvc/cms/dossiers'

import { isAddress, type Values } from './conditions.ts'

/** The island's steps; the receipt comes after them and is never a draft's step. */
export const STEPS = ['information', 'documents', 'review'] as const
export type Step = (typeof STEPS)[number]

export type Progress = { fields: Values; documents: Record<string, string[]>; step: number }

export const emptyProgress = (): Progress => ({ fields: {}, documents: {}, step: 0 })

function fits(form: FormDefinition, key: string, value: unknown): value is FieldValue {
  const field = form.fields.find((candidate) => candidate.key === key)
  if (!field) return false
  if (field.type === 'address') return isAddress(value)
  if (field.type === 'number') return typeof value === 'number' || typeof value === 'string'
  if (typeof value !== 'string') return false
  return field.type !== 'choice' || value === '' || Boolean(field.choices?.some((choice) => choice.value === value))
}

export function fromDraft(form: FormDefinition, draft: Draft | null | undefined): Progress {
  if (!draft) return emptyProgress()
  const fields: Values = {}
  for (const [key, value] of Object.entries(draft.fields ?? {})) if (fits(form, key, value)) fields[key] = value
  const documents: Record<string, string[]> = {}
  for (const entry of draft.documents ?? []) {
    const document = form.documents.find((candidate) => candidate.key === entry.key)
    const files = (entry.files ?? []).filter((id) => typeof id === 'string' && id !== '')
    if (document && files.length > 0) documents[entry.key] = files.slice(0, document.maxFiles)
  }
  const step = Number.isInteger(draft.step) ? Math.min(Math.max(draft.step, 0), STEPS.length - 1) : 0
  return { fields, documents, step }
}

export function toDraft(procedure: string, progress: Progress, now = new Date()): Draft {
  return {
    procedure,
    fields: progress.fields,
    documents: Object.entries(progress.documents)
      .filter(([, files]) => files.length > 0)
      .map(([key, files]) => ({ key, files })),
    step: progress.step,
    updatedAt: now.toISOString(),
  }
}

/** The server's draft or this tab's copy (kept when a save did not get through), whichever is newer. */
export function newerDraft(server: Draft | null, local: Draft | null): Draft | null {
  if (!server || !local) return server ?? local
  const time = (draft: Draft) => Date.parse(draft.updatedAt ?? '') || 0
  return time(local) > time(server) ? local : server
}
