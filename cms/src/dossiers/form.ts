/**
 * A procedure's online form as the API answers it (contract `FormDefinition`), read from the
 * CMS (collections/DossierForms.ts) in one language, with the procedure's processing time in
 * working days (its online method's, else its first method's).
 */
import type { Payload } from 'payload'

import type { DossierForm, Procedure } from '../payload-types.ts'
import type { Locale } from '../vocabulary.ts'
import { ACCEPTED_TYPES, type Condition, type FormDefinition } from './contract.ts'

export type LoadedForm = FormDefinition & { procedureId: number; agencyId: number }

const conditionOf = (
  when: { field?: string | null; equals?: string | null } | null | undefined,
): Condition | undefined => (when?.field ? { field: when.field, equals: when.equals ?? '' } : undefined)

export function processingDays(procedure: Pick<Procedure, 'methods'>): number {
  const methods = procedure.methods ?? []
  const method = methods.find((m) => m.channel === 'online') ?? methods[0]
  if (!method?.timeAmount) return 0
  // The unit decides: working days count as they are, hours as parts of an 8-hour day;
  // a calendar-day or month figure has no working-day equivalent and is not guessed.
  if (method.timeUnit === 'working-days' || method.timeUnit === 'days') return Math.ceil(method.timeAmount)
  if (method.timeUnit === 'hours') return Math.ceil(method.timeAmount / 8)
  return 0
}

export async function loadForm(payload: Payload, procedureCode: string, locale: Locale): Promise<LoadedForm | null> {
  const { docs } = await payload.find({
    collection: 'dossier-forms',
    where: { 'procedure.code': { equals: procedureCode } },
    depth: 1,
    limit: 1,
    locale,
    fallbackLocale: 'vi',
    overrideAccess: true,
  })
  const form = docs[0] as DossierForm | undefined
  if (!form || typeof form.procedure !== 'object' || typeof form.agency !== 'object') return null
  const procedure = form.procedure
  const agency = form.agency
  return {
    procedureId: procedure.id,
    agencyId: agency.id,
    procedure: {
      code: procedure.code,
      name: procedure.name,
      agency: { code: agency.code, name: agency.name },
    },
    locale,
    fields: (form.fields ?? []).map((field) => ({
      key: field.key,
      type: field.type,
      label: field.label,
      ...(field.help ? { help: field.help } : {}),
      required: field.required !== false,
      ...(conditionOf(field.showWhen) ? { showWhen: conditionOf(field.showWhen) } : {}),
      ...(field.type === 'choice'
        ? { choices: (field.choices ?? []).map((c) => ({ value: c.value, label: c.label })) }
        : {}),
      ...(typeof field.min === 'number' ? { min: field.min } : {}),
      ...(typeof field.max === 'number' ? { max: field.max } : {}),
      ...(typeof field.maxLength === 'number' ? { maxLength: field.maxLength } : {}),
    })),
    documents: (form.documents ?? []).map((document) => ({
      key: document.key,
      label: document.label,
      required: document.required !== false,
      ...(conditionOf(document.requiredWhen) ? { requiredWhen: conditionOf(document.requiredWhen) } : {}),
      ...(document.reuseType ? { reuseType: document.reuseType } : {}),
      maxFiles: document.maxFiles ?? 1,
    })),
    minimumAcr: form.minimumAcr,
    processingDays: processingDays(procedure),
    maxFileBytes: (form.maxFileMb ?? 10) * 1024 * 1024,
    accept: ACCEPTED_TYPES,
  }
}
