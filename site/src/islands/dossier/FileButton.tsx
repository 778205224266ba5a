import { DOSSIER_PATHS, type DossierFile } from '@dvc/cms/dossiers'
import { useState } from 'react'

import type { Translate } from '../search/translate.ts'
import { type ApiContext, apiBlob } from './api.ts'
import { formatBytes } from './format.ts'
import { errorText } from './labels.ts'

/** How long an opened file's object URL lives: long enough for the new tab to read it. */
const REVOKE_MS = 60_000

/**
 * A file of the citizen's dossier. It needs the bearer token, which a plain link cannot send:
 * fetched as a Blob and opened from an object URL (a download where the browser will not open it).
 */
export function FileButton({
  code,
  file,
  context,
  t,
}: {
  code: string
  file: DossierFile
  context: ApiContext
  t: Translate
}) {
  const [problem, setProblem] = useState('')
  const [busy, setBusy] = useState(false)
  async function open() {
    setBusy(true)
    setProblem('')
    try {
      const blob = await apiBlob(context, DOSSIER_PATHS.file, { code, file: file.id })
      const url = URL.createObjectURL(blob)
      const link = document.createElement('a')
      link.href = url
      link.target = '_blank'
      link.rel = 'noopener'
      link.download = file.name
      link.click()
      setTimeout(() => URL.revokeObjectURL(url), REVOKE_MS)
    } catch (failure) {
      setProblem(errorText(failure, t))
    } finally {
      setBusy(false)
    }
  }
  return (
    <>
      <button type="button" className="link-button" onClick={open} aria-busy={busy}>
        {t('dossier.file.open', { name: file.name })}
      </button>{' '}
      <span className="muted">({formatBytes(file.size, context.locale)})</span>
      {problem && (
        <span role="alert" className="field__error">
          {' '}
          {problem}
        </span>
      )}
    </>
  )
}
