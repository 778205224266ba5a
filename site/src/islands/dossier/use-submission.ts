/**
 * The submission's data: after the login, the procedure's online form, the citizen's draft
 * (the server's or this tab's copy, the newer) and their reusable documents; then the draft
 * saved after each step and, debounced, while they type. A save that fails keeps the tab's copy.
 */
import {
  DOSSIER_PATHS,
  type Draft,
  type FormDefinition,
  type ReusableDocument,
  type UploadedFile,
} from '@dvc/cms/dossiers'
import { useCallback, useEffect, useRef, useState } from 'react'

import { accessToken } from '../../lib/sso/client.ts'
import { type ApiContext, ApiError, api } from './api.ts'
import { emptyProgress, fromDraft, newerDraft, type Progress, toDraft } from './draft.ts'
import { knownFiles, localDraft, rememberFiles, saveLocalDraft } from './storage.ts'

export type Loaded = {
  form: FormDefinition
  reusable: ReusableDocument[]
  known: Record<string, UploadedFile>
}

export type SaveState = { at: string } | 'failed' | null

/** While typing, the draft is saved this long after the last keystroke. */
const TYPING_SAVE_MS = 1500

export function useSubmission(context: ApiContext, procedure: string) {
  const [loaded, setLoaded] = useState<Loaded | null>(null)
  const [progress, setProgress] = useState<Progress>(emptyProgress)
  const [error, setError] = useState<unknown>(null)
  const [saved, setSaved] = useState<SaveState>(null)
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined)
  /** Changed since the last save (a loaded draft is not saved back). */
  const dirty = useRef(false)

  useEffect(() => {
    if (!procedure) return
    let live = true
    ;(async () => {
      await accessToken(context.sso)
      const params = { procedure }
      const [form, draft, reusable] = await Promise.all([
        api<FormDefinition>(context, DOSSIER_PATHS.form, { params }),
        api<Draft | undefined>(context, DOSSIER_PATHS.draft, { params, auth: true })
          .then((draft) => draft ?? null)
          .catch((failure) => {
            if (failure instanceof ApiError && failure.status === 404) return null
            throw failure
          }),
        api<ReusableDocument[]>(context, DOSSIER_PATHS.reusable, { auth: true }),
      ])
      rememberFiles(reusable.map((entry) => entry.file))
      if (!live) return
      setProgress(fromDraft(form, newerDraft(draft, localDraft(procedure))))
      setLoaded({ form, reusable, known: knownFiles() })
    })().catch((failure) => live && setError(failure))
    return () => {
      live = false
    }
  }, [context, procedure])

  const save = useCallback(
    async (next: Progress) => {
      clearTimeout(timer.current)
      dirty.current = false
      const draft = toDraft(procedure, next)
      saveLocalDraft(draft)
      try {
        await api(context, DOSSIER_PATHS.draft, { params: { procedure }, method: 'PUT', body: draft, auth: true })
        setSaved({ at: draft.updatedAt ?? '' })
      } catch {
        setSaved('failed')
      }
    },
    [context, procedure],
  )

  /** A change while typing: kept at once in the tab, sent to the server after a pause. */
  const change = useCallback((update: (current: Progress) => Progress) => {
    dirty.current = true
    setProgress(update)
  }, [])

  useEffect(() => {
    if (!dirty.current) return
    saveLocalDraft(toDraft(procedure, progress))
    clearTimeout(timer.current)
    timer.current = setTimeout(() => void save(progress), TYPING_SAVE_MS)
  }, [progress, procedure, save])

  const remember = useCallback((file: UploadedFile) => {
    rememberFiles([file])
    setLoaded((current) => (current ? { ...current, known: { ...current.known, [file.id]: file } } : current))
  }, [])

  useEffect(() => () => clearTimeout(timer.current), [])

  return { loaded, progress, setProgress, change, save, saved, error, remember }
}
