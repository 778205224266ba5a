import type { FormDefinition, ReusableDocument, UploadedFile } from '@dvc/cms/dossiers'

import type { Translate } from '../search/translate.ts'
import { AddressText } from './AddressInput.tsx'
import type { ApiContext } from './api.ts'
import { isAddress, visibleFields } from './conditions.ts'
import type { Progress } from './draft.ts'
import { formatDate } from './format.ts'

type Props = {
  form: FormDefinition
  progress: Progress
  reusable: ReusableDocument[]
  known: Record<string, UploadedFile>
  onChange: (step: number) => void
  context: ApiContext
  t: Translate
}

/** Everything the citizen is about to send (GOV.UK "check answers"), each part with a way back to change it. */
export function Review({ form, progress, reusable, known, onChange, context, t }: Props) {
  const reused = new Set(reusable.map((entry) => entry.file.id))
  const answerOf = (key: string) => {
    const field = form.fields.find((candidate) => candidate.key === key)
    const value = progress.fields[key]
    if (value === undefined || value === '') return t('submit.review.none')
    if (isAddress(value)) return <AddressText value={value} context={context} />
    if (field?.type === 'choice') return field.choices?.find((choice) => choice.value === value)?.label ?? String(value)
    if (field?.type === 'date') return formatDate(String(value), context.locale)
    return String(value)
  }
  const change = (step: number, what: string) => (
    <button type="button" className="link-button" onClick={() => onChange(step)}>
      {t('submit.review.change')}
      <span className="visually-hidden"> {what}</span>
    </button>
  )
  return (
    <>
      <h3>{t('submit.review.fields')}</h3>
      <dl className="facts review">
        {visibleFields(form, progress.fields).map((field) => (
          <div key={field.key}>
            <dt>{field.label}</dt>
            <dd>{answerOf(field.key)}</dd>
            <dd className="no-print">{change(0, field.label)}</dd>
          </div>
        ))}
      </dl>
      <h3>{t('submit.review.documents')}</h3>
      <dl className="facts review">
        {form.documents.map((document) => {
          const files = progress.documents[document.key] ?? []
          return (
            <div key={document.key}>
              <dt>{document.label}</dt>
              <dd>
                {files.length === 0
                  ? t('submit.review.none')
                  : files
                      .map((id) =>
                        [
                          known[id]?.name ?? t('submit.doc.savedFile'),
                          reused.has(id) ? `(${t('submit.review.reused')})` : '',
                        ]
                          .filter(Boolean)
                          .join(' '),
                      )
                      .join('; ')}
              </dd>
              <dd className="no-print">{change(1, document.label)}</dd>
            </div>
          )
        })}
      </dl>
    </>
  )
}
