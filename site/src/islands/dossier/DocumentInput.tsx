import { ACCEPTED_TYPES, type FormDocument, type ReusableDocument, type UploadedFile } from '@dvc/cms/dossiers'
import { type ChangeEvent, useState } from 'react'

import type { Translate } from '../search/translate.ts'
import type { ApiContext } from './api.ts'
import { describedBy, FieldError, fieldId } from './ErrorSummary.tsx'
import { formatBytes, formatDate, percent } from './format.ts'
import { errorText } from './labels.ts'
import { fileProblem, uploadFile } from './upload.ts'

type Props = {
  document: FormDocument
  required: boolean
  files: string[]
  /** An earlier accepted dossier's file of the same reuseType (once-only), if any. */
  reusable: ReusableDocument | undefined
  known: Record<string, UploadedFile>
  maxBytes: number
  error: string | undefined
  onChange: (files: string[]) => void
  onUploaded: (file: UploadedFile) => void
  context: ApiContext
  t: Translate
}

type Sending = { name: string; loaded: number; total: number }

/**
 * One document of the dossier: reuse the file given for an earlier dossier, or upload new
 * ones (each with a progress bar that names its file and a percentage read out politely).
 */
export function DocumentInput(props: Props) {
  const { document, files, reusable, known, maxBytes, error, context, t } = props
  const { locale } = context
  const id = fieldId(document.key)
  const [mode, setMode] = useState<'reuse' | 'upload'>(
    reusable && files.length === 1 && files[0] === reusable.file.id ? 'reuse' : 'upload',
  )
  const [sending, setSending] = useState<Sending[]>([])
  const [problem, setProblem] = useState<string | undefined>()
  const size = formatBytes(maxBytes, locale)

  async function onFiles(event: ChangeEvent<HTMLInputElement>) {
    const chosen = [...(event.target.files ?? [])].slice(0, Math.max(document.maxFiles - files.length, 0))
    event.target.value = ''
    setProblem(undefined)
    let kept = files
    for (const file of chosen) {
      const wrong = fileProblem(file, maxBytes)
      if (wrong) {
        setProblem(t(`submit.doc.${wrong}`, { name: file.name, size }))
        continue
      }
      const update = (loaded: number, total: number) =>
        setSending((list) => [...list.filter((item) => item.name !== file.name), { name: file.name, loaded, total }])
      try {
        update(0, file.size)
        const stored = await uploadFile(context, file, update)
        props.onUploaded(stored)
        kept = [...kept, stored.id]
        props.onChange(kept)
      } catch (failure) {
        setProblem(errorText(failure, t))
      } finally {
        setSending((list) => list.filter((item) => item.name !== file.name))
      }
    }
  }

  const message = error ?? problem
  const nameOf = (file: string) => known[file]?.name ?? t('submit.doc.savedFile')
  const uploads = files.filter((file) => file !== reusable?.file.id)

  return (
    <fieldset
      className={message ? 'field field--error' : 'field'}
      aria-describedby={describedBy(document.key, false, Boolean(message))}
    >
      <legend>
        {document.label}
        {!props.required && <span className="field__optional"> {t('submit.optional')}</span>}
      </legend>
      <FieldError id={document.key} message={message} />
      {reusable && (
        <div className="radios">
          {(['reuse', 'upload'] as const).map((choice) => (
            <div className="radios__item" key={choice}>
              <input
                type="radio"
                id={choice === 'reuse' ? id : `${id}-new`}
                name={`${document.key}-source`}
                checked={mode === choice}
                onChange={() => {
                  setMode(choice)
                  props.onChange(choice === 'reuse' ? [reusable.file.id] : [])
                }}
              />
              <label htmlFor={choice === 'reuse' ? id : `${id}-new`}>
                {choice === 'reuse'
                  ? t('submit.doc.reuse', {
                      dossier: reusable.dossier,
                      date: formatDate(reusable.acceptedAt, locale),
                      name: reusable.file.name,
                    })
                  : t('submit.doc.upload')}
              </label>
            </div>
          ))}
        </div>
      )}
      {(!reusable || mode === 'upload') && (
        <>
          <label htmlFor={reusable ? `${id}-file` : id}>
            {t(maxBytes > 0 ? 'submit.doc.file' : 'submit.doc.fileAny', { size, count: document.maxFiles })}
          </label>
          <input
            type="file"
            id={reusable ? `${id}-file` : id}
            accept={ACCEPTED_TYPES.join(',')}
            multiple={document.maxFiles > 1}
            disabled={uploads.length >= document.maxFiles || sending.length > 0}
            onChange={onFiles}
          />
          {sending.map((item) => (
            <div key={item.name} className="upload-progress">
              <progress
                max={100}
                value={percent(item.loaded, item.total)}
                aria-label={t('submit.doc.progress', { name: item.name })}
              />
              <span aria-hidden="true">{percent(item.loaded, item.total)}%</span>
            </div>
          ))}
          <p className="visually-hidden" role="status">
            {sending
              .map((item) => t('submit.doc.percent', { name: item.name, percent: percent(item.loaded, item.total) }))
              .join(' ')}
          </p>
          {uploads.length > 0 && (
            <ul className="upload-list">
              {uploads.map((file) => (
                <li key={file}>
                  {nameOf(file)}{' '}
                  <button
                    type="button"
                    className="link-button"
                    onClick={() => props.onChange(files.filter((other) => other !== file))}
                  >
                    {t('submit.doc.remove', { name: nameOf(file) })}
                  </button>
                </li>
              ))}
            </ul>
          )}
        </>
      )}
    </fieldset>
  )
}
