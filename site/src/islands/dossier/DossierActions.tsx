import {
  DOSSIER_PATHS,
  type DossierDetail,
  type FormDocument,
  type SupplementRequest,
  type UploadedFile,
} from '@dvc/cms/dossiers'
import { type SubmitEvent, useId, useState } from 'react'

import type { Translate } from '../search/translate.ts'
import { type ApiContext, api } from './api.ts'
import { DocumentInput } from './DocumentInput.tsx'
import { ErrorAlert } from './ErrorAlert.tsx'
import { formatDate } from './format.ts'

type Props = {
  dossier: DossierDetail
  onDone: (next: DossierDetail, said: string) => void
  context: ApiContext
  t: Translate
}

/** Withdraw, after a confirmation that says what it means; only while the server offers it. */
export function Withdraw({ dossier, onDone, context, t }: Props) {
  const id = useId()
  const [asking, setAsking] = useState(false)
  const [note, setNote] = useState('')
  const [error, setError] = useState<unknown>(null)
  async function onSubmit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault()
    try {
      const next = await api<DossierDetail>(context, DOSSIER_PATHS.withdraw, {
        params: { code: dossier.code },
        method: 'POST',
        body: note.trim() ? { note: note.trim() } : {},
        auth: true,
      })
      onDone(next, t('mine.withdraw.done'))
    } catch (failure) {
      setError(failure)
    }
  }
  if (!asking)
    return (
      <button type="button" className="button button--secondary" onClick={() => setAsking(true)}>
        {t('mine.withdraw')}
      </button>
    )
  return (
    <form className="dossier-confirm" onSubmit={onSubmit} aria-labelledby={`${id}-ask`}>
      <p id={`${id}-ask`}>
        <strong>{t('mine.withdraw.confirm', { code: dossier.code })}</strong>
      </p>
      <div className="field">
        <label htmlFor={`${id}-note`}>{t('mine.withdraw.note')}</label>
        <textarea id={`${id}-note`} rows={3} value={note} onChange={(event) => setNote(event.target.value)} />
      </div>
      <ErrorAlert error={error} t={t} />
      <p className="dossier-actions">
        <button type="submit" className="button button--warning">
          {t('mine.withdraw.yes')}
        </button>{' '}
        <button type="button" className="button button--secondary" onClick={() => setAsking(false)}>
          {t('mine.withdraw.no')}
        </button>
      </p>
    </form>
  )
}

/** The officer's request and an upload per document of the dossier, sent as one supplement. */
export function Supplement({ dossier, onDone, context, t }: Props) {
  const id = useId()
  const [files, setFiles] = useState<Record<string, string[]>>({})
  const [known, setKnown] = useState<Record<string, UploadedFile>>({})
  const [note, setNote] = useState('')
  const [error, setError] = useState<unknown>(null)
  const [missing, setMissing] = useState(false)
  const documents: FormDocument[] = dossier.documents.map(({ key, label }) => ({
    key,
    label,
    required: false,
    maxFiles: 5,
  }))
  async function onSubmit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault()
    const chosen = Object.entries(files).filter(([, ids]) => ids.length > 0)
    setMissing(chosen.length === 0)
    if (chosen.length === 0) return
    const body: SupplementRequest = {
      documents: chosen.map(([key, ids]) => ({ key, files: ids })),
      ...(note.trim() ? { note: note.trim() } : {}),
    }
    try {
      const next = await api<DossierDetail>(context, DOSSIER_PATHS.supplement, {
        params: { code: dossier.code },
        method: 'POST',
        body,
        auth: true,
      })
      onDone(next, t('mine.supplement.done'))
    } catch (failure) {
      setError(failure)
    }
  }
  return (
    <form className="dossier-form" onSubmit={onSubmit} noValidate aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{t('mine.supplement')}</h3>
      {dossier.supplement && (
        <blockquote className="notice">
          <p className="notice__title">
            {t('mine.supplement.asked', { date: formatDate(dossier.supplement.requestedAt, context.locale) })}
          </p>
          <p className="notice__body">{dossier.supplement.note}</p>
        </blockquote>
      )}
      {missing && (
        <p role="alert" className="field__error">
          {t('mine.supplement.nothing')}
        </p>
      )}
      {documents.map((document) => (
        <DocumentInput
          key={document.key}
          document={document}
          required={false}
          files={files[document.key] ?? []}
          reusable={undefined}
          known={known}
          maxBytes={0}
          error={undefined}
          onChange={(ids) => setFiles((current) => ({ ...current, [document.key]: ids }))}
          onUploaded={(file) => setKnown((current) => ({ ...current, [file.id]: file }))}
          context={context}
          t={t}
        />
      ))}
      <div className="field">
        <label htmlFor={`${id}-note`}>{t('mine.supplement.note')}</label>
        <textarea id={`${id}-note`} rows={3} value={note} onChange={(event) => setNote(event.target.value)} />
      </div>
      <ErrorAlert error={error} t={t} />
      <button type="submit" className="button">
        {t('mine.supplement.send')}
      </button>
    </form>
  )
}
