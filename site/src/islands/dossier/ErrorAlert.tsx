import { useEffect, useRef } from 'react'

import type { Translate } from '../search/translate.ts'
import { errorText } from './labels.ts'

/**
 * An API error in an alert region that is always in the page (so screen readers announce
 * what appears in it), focused when an error arrives so keyboard users land on it.
 */
export function ErrorAlert({ error, t }: { error: unknown; t: Translate }) {
  const ref = useRef<HTMLDivElement>(null)
  useEffect(() => {
    if (error) ref.current?.focus()
  }, [error])
  return (
    <div ref={ref} role="alert" tabIndex={-1} className={error ? 'dossier-alert' : undefined}>
      {error ? <p>{errorText(error, t)}</p> : null}
    </div>
  )
}
