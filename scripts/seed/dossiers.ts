/**
 * The holiday calendar deadlines are counted on, and the online forms of the seed's online
 * procedures (issue 15), from content/holidays.json and content/dossier-forms.json.
 */
import type { Payload, PayloadRequest } from 'payload'

import { loadDossierContent } from '../../content/schema.ts'
import { createBilingual, EN, VI } from './bilingual.ts'
import type { SeedRefs } from './context.ts'
import { SEEDING } from './context.ts'

export async function seedDossierContent(
  payload: Payload,
  req: PayloadRequest,
  refs: SeedRefs,
  log: (message: string) => void,
): Promise<void> {
  const { holidays, forms } = loadDossierContent()
  const write = { context: SEEDING, req }
  for (const day of holidays) {
    await createBilingual(
      payload,
      'holidays',
      { date: day.date, kind: day.kind, name: day.name.vi, basis: day.basis, provisional: day.provisional },
      () => ({ name: day.name.en }),
      write,
    )
  }
  log(`${holidays.length} calendar days`)
  for (const form of forms) {
    const procedure = refs.procedures.get(form.procedure)
    const agency = refs.agencies.get(form.agency)
    if (!procedure || !agency) throw new Error(`seed: online form of ${form.procedure}: unknown procedure or agency`)
    await createBilingual(
      payload,
      'dossier-forms',
      {
        title: form.title.vi,
        procedure,
        agency,
        minimumAcr: form.minimumAcr,
        maxFileMb: 10,
        source: form.source,
        fields: form.fields.map((field) => ({
          key: field.key,
          type: field.type,
          required: field.required,
          label: VI.text(field.label),
          choices: field.choices?.map((choice) => ({ value: choice.value, label: VI.text(choice.label) })),
          min: field.min,
          max: field.max,
          maxLength: field.maxLength,
          showWhen: field.showWhen ?? {},
        })),
        documents: form.documents.map((document) => ({
          key: document.key,
          required: document.required,
          maxFiles: document.maxFiles,
          label: VI.text(document.label),
          reuseType: document.reuseType,
          requiredWhen: document.requiredWhen ?? {},
        })),
      },
      (saved) => ({
        title: EN.text(form.title),
        fields: form.fields.map((field, i) => ({
          id: saved.fields?.[i]?.id,
          label: EN.text(field.label),
          choices: field.choices?.map((choice, j) => ({
            id: saved.fields?.[i]?.choices?.[j]?.id,
            label: EN.text(choice.label),
          })),
        })),
        documents: form.documents.map((document, i) => ({
          id: saved.documents?.[i]?.id,
          label: EN.text(document.label),
        })),
      }),
      write,
    )
  }
  log(`${forms.length} online forms`)
}
