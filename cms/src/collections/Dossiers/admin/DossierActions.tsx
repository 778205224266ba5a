'use client'
/**
 * The officer's steps on the open dossier (issue 15), a UI field in the edit view's sidebar.
 * The buttons come from the one state machine (dossiers/state-machine.ts, STYLE 6): one per
 * step an officer may take from the current state. A button opens its step: the note (the
 * reason the citizen reads, required for a refusal or a supplement request), the result
 * files for a resolution, then "Confirm"; a refusal is final, so no step is one click.
 * The step goes through POST /api/dossiers/{id}/transition; the page then refreshes so the
 * new state and the history show.
 */
import { Button, useAuth, useConfig, useDocumentInfo, useFormFields, useTranslation } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import { useId, useRef, useState } from 'react'

import { ACCEPTED_TYPES, STATE_LABELS } from '../../../dossiers/contract.ts'
import { type Action, isDossierState, type Transition, transitionsFrom } from '../../../dossiers/state-machine.ts'
import type { MessageKey } from '../../../i18n/messages.ts'
import { t } from '../../../i18n/t.ts'
import './DossierAdmin.css'

type Outcome = { kind: 'error' | 'done'; text: string } | null

/** The message of an answer in the error shape (hooks/error-shape.ts), or null when there is none. */
async function errorMessage(response: Response): Promise<string | null> {
  const body = (await response.json().catch(() => null)) as {
    error?: { message?: string }
    errors?: { message?: string }[]
  } | null
  return body?.error?.message ?? body?.errors?.[0]?.message ?? null
}

const actionKey = (to: Action) => `dossier.action.${to}` as MessageKey

export function DossierActions() {
  const { id } = useDocumentInfo()
  const { config } = useConfig()
  const { user } = useAuth<{ roles?: string[] | null }>()
  const { i18n } = useTranslation()
  const router = useRouter()
  const language = i18n.language === 'en' ? 'en' : 'vi'
  const state = useFormFields(([fields]) => fields.state?.value)
  const [open, setOpen] = useState<Transition | null>(null)
  const [note, setNote] = useState('')
  const [files, setFiles] = useState<File[]>([])
  const [busy, setBusy] = useState<MessageKey | null>(null)
  const [outcome, setOutcome] = useState<Outcome>(null)
  // A retry after a refused step sends the files already uploaded instead of uploading them again.
  const uploaded = useRef(new Map<File, number>())
  const inFlight = useRef(false)
  const headingRef = useRef<HTMLHeadingElement>(null)
  const noteRef = useRef<HTMLTextAreaElement>(null)
  const uid = useId()

  if (!id || !isDossierState(state)) return null
  const api = `${config.serverURL ?? ''}${config.routes.api}`
  const headers = { 'Accept-Language': language }
  const isOfficer = Boolean(user?.roles?.some((role) => role === 'officer' || role === 'admin'))
  const transitions = transitionsFrom(state, 'officer')

  // While a step is under way the buttons stay focusable (a disabled button would drop the focus) but do nothing.
  const choose = (transition: Transition) => {
    if (busy) return
    // Result files belong to a resolution only: switching to another step drops them.
    if (!transition.resultRequired) setFiles([])
    setOpen(transition)
    setOutcome(null)
    // The form opens below the buttons: the note is where the officer goes next.
    requestAnimationFrame(() => noteRef.current?.focus())
  }

  const cancel = () => {
    if (busy) return
    setOpen(null)
    setNote('')
    setFiles([])
  }

  /** Uploads the chosen result files to dossier-files (they become results of the officer's agency). */
  const upload = async (): Promise<number[] | string> => {
    const ids: number[] = []
    for (const file of files) {
      const known = uploaded.current.get(file)
      if (known !== undefined) {
        ids.push(known)
        continue
      }
      const body = new FormData()
      body.append('file', file)
      body.append('_payload', JSON.stringify({}))
      const response = await fetch(`${api}/dossier-files`, { method: 'POST', credentials: 'include', headers, body })
      if (!response.ok) return (await errorMessage(response)) ?? t(language, 'dossier.action.failed')
      const { doc } = (await response.json()) as { doc: { id: number } }
      uploaded.current.set(file, doc.id)
      ids.push(doc.id)
    }
    return ids
  }

  const confirm = async (transition: Transition) => {
    // A ref, not the state: a double click lands before the re-render that would show `busy`.
    if (inFlight.current) return
    inFlight.current = true
    setOutcome(null)
    try {
      let resultFiles: number[] | undefined
      if (transition.resultRequired && files.length > 0) {
        setBusy('dossier.action.uploading')
        const ids = await upload()
        if (typeof ids === 'string') return setOutcome({ kind: 'error', text: ids })
        resultFiles = ids
      }
      setBusy('dossier.action.sending')
      const response = await fetch(`${api}/dossiers/${id}/transition`, {
        method: 'POST',
        credentials: 'include',
        headers: { ...headers, 'Content-Type': 'application/json' },
        body: JSON.stringify({ to: transition.to, note: note.trim() || undefined, resultFiles }),
      })
      if (!response.ok) {
        const text = (await errorMessage(response)) ?? t(language, 'dossier.action.failed')
        return setOutcome({ kind: 'error', text })
      }
      setOpen(null)
      setNote('')
      setFiles([])
      uploaded.current.clear()
      setOutcome({
        kind: 'done',
        text: t(language, 'dossier.action.done', { state: STATE_LABELS[transition.to][language] }),
      })
      headingRef.current?.focus()
      router.refresh()
    } catch {
      setOutcome({ kind: 'error', text: t(language, 'dossier.action.failed') })
    } finally {
      inFlight.current = false
      setBusy(null)
    }
  }

  const noteId = `${uid}-note`
  const hintId = `${uid}-hint`
  const filesId = `${uid}-files`
  return (
    <section className="dossier-actions" aria-labelledby={`${uid}-title`} data-dossier-state={state}>
      <h3 id={`${uid}-title`} ref={headingRef} tabIndex={-1} className="dossier-actions__title">
        {t(language, 'dossier.action.title')}
      </h3>
      <p className="dossier-actions__state">
        {t(language, 'dossier.action.current', { state: STATE_LABELS[state][language] })}
      </p>
      {!isOfficer ? (
        <p>{t(language, 'dossier.officer_only')}</p>
      ) : transitions.length === 0 ? (
        <p>{t(language, 'dossier.action.none')}</p>
      ) : (
        <div className="dossier-actions__buttons">
          {transitions.map((transition) => (
            <Button
              key={transition.to}
              buttonStyle={open?.to === transition.to ? 'primary' : 'secondary'}
              size="small"
              margin={false}
              extraButtonProps={{ 'aria-expanded': open?.to === transition.to, 'aria-controls': `${uid}-step` }}
              onClick={() => choose(transition)}
            >
              {t(language, actionKey(transition.to))}
            </Button>
          ))}
        </div>
      )}
      {open && isOfficer ? (
        <fieldset id={`${uid}-step`} className="dossier-actions__step">
          <legend className="dossier-actions__step-title">{t(language, actionKey(open.to))}</legend>
          <label htmlFor={noteId} className="dossier-actions__label">
            {t(language, open.noteRequired ? 'dossier.action.reason' : 'dossier.action.note')}
            {open.noteRequired ? (
              <span className="dossier-actions__required">
                {' '}
                <span aria-hidden="true">*</span> ({t(language, 'dossier.action.required')})
              </span>
            ) : null}
          </label>
          <p id={hintId} className="dossier-actions__hint">
            {t(language, 'dossier.action.note_hint')}
          </p>
          <textarea
            id={noteId}
            ref={noteRef}
            className="dossier-actions__note"
            rows={4}
            maxLength={4000}
            value={note}
            aria-required={open.noteRequired}
            aria-describedby={hintId}
            onChange={(event) => setNote(event.target.value)}
          />
          {open.resultRequired ? (
            <>
              <label htmlFor={filesId} className="dossier-actions__label">
                {t(language, 'dossier.action.result')}
                <span className="dossier-actions__required">
                  {' '}
                  <span aria-hidden="true">*</span> ({t(language, 'dossier.action.required')})
                </span>
              </label>
              <input
                id={filesId}
                type="file"
                className="dossier-actions__files"
                accept={ACCEPTED_TYPES.join(',')}
                multiple
                // Payload's form is noValidate: `required` only tells assistive technology.
                required
                onChange={(event) => setFiles([...(event.target.files ?? [])])}
              />
            </>
          ) : null}
          <div className="dossier-actions__buttons">
            <Button buttonStyle="primary" size="small" margin={false} onClick={() => confirm(open)}>
              {t(language, 'dossier.action.confirm', { action: t(language, actionKey(open.to)) })}
            </Button>
            <Button buttonStyle="secondary" size="small" margin={false} onClick={cancel}>
              {t(language, 'dossier.action.cancel')}
            </Button>
          </div>
        </fieldset>
      ) : null}
      <p role="status" className="dossier-actions__status">
        {busy ? t(language, busy) : outcome?.kind === 'done' ? outcome.text : ''}
      </p>
      <div role="alert" className="dossier-actions__error">
        {outcome?.kind === 'error' ? outcome.text : ''}
      </div>
    </section>
  )
}
