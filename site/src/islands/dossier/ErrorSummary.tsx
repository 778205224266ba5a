import { useEffect, useRef } from 'react'

import type { Translate } from '../search/translate.ts'

export type Problem = { key: string; message: string }

/** The form's id of a field or document: the summary's links and aria-describedby use it. */
export const fieldId = (key: string) => `field-${key}`
export const errorId = (key: string) => `field-${key}-error`

/**
 * GOV.UK's error summary: every problem at the top of the step, each a link to its field,
 * focused when it appears so the citizen hears how many there are and where.
 */
export function ErrorSummary({ problems, t }: { problems: Problem[]; t: Translate }) {
  const ref = useRef<HTMLDivElement>(null)
  useEffect(() => {
    if (problems.length > 0) ref.current?.focus()
  }, [problems])
  if (problems.length === 0) return null
  return (
    <div ref={ref} className="error-summary" role="alert" tabIndex={-1} aria-labelledby="error-summary-title">
      <h2 id="error-summary-title">{t('submit.errors')}</h2>
      <ul>
        {problems.map((problem) => (
          <li key={problem.key}>
            <a href={`#${fieldId(problem.key)}`}>{problem.message}</a>
          </li>
        ))}
      </ul>
    </div>
  )
}

/** The message beside a field; its id goes in the field's aria-describedby. */
export function FieldError({ id, message }: { id: string; message: string | undefined }) {
  return message ? (
    <p className="field__error" id={errorId(id)}>
      {message}
    </p>
  ) : null
}

/** The ids a field is described by: its hint and its error, those that are there. */
export function describedBy(key: string, hint: boolean, error: boolean): string | undefined {
  const ids = [hint ? `${fieldId(key)}-hint` : '', error ? errorId(key) : ''].filter(Boolean)
  return ids.length > 0 ? ids.join(' ') : undefined
}
