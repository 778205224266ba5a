/**
 * Dossier tracking (issue 15) at /tra-cuu-ho-so and /en/track: code and secret, from the form
 * or the query (`?ma=&secret=`, en `?code=&secret=`), answer the dossier's public status and
 * timeline. The server renders the same form; the island answers it without leaving the page.
 */
import { DOSSIER_PATHS, type PublicDossier } from '@dvc/cms/dossiers'
import { type SubmitEvent, useEffect, useId, useMemo, useRef, useState } from 'react'

import { QUERY } from '../lib/dossier-query.ts'
import { type ApiContext, api } from './dossier/api.ts'
import { ErrorAlert } from './dossier/ErrorAlert.tsx'
import { pageQuery, showQuery } from './dossier/page-query.ts'
import { StatusFacts, Timeline } from './dossier/StatusFacts.tsx'
import { translator } from './search/translate.ts'

export type TrackIslandProps = ApiContext & { messages: Record<string, string> }

export default function TrackIsland({ messages, ...context }: TrackIslandProps) {
  const { locale } = context
  const t = useMemo(() => translator(locale, messages), [locale, messages])
  const id = useId()
  const [code, setCode] = useState('')
  const [secret, setSecret] = useState('')
  const [dossier, setDossier] = useState<PublicDossier | null>(null)
  const [error, setError] = useState<unknown>(null)
  const [busy, setBusy] = useState(false)
  const heading = useRef<HTMLHeadingElement>(null)

  async function track(codeValue: string, secretValue: string) {
    setBusy(true)
    setError(null)
    try {
      const found = await api<PublicDossier>(context, DOSSIER_PATHS.track, {
        params: { code: codeValue.trim() },
        query: { secret: secretValue.trim() },
      })
      setDossier(found)
      showQuery(locale, { code: found.code })
    } catch (failure) {
      setDossier(null)
      setError(failure)
    } finally {
      setBusy(false)
    }
  }

  // biome-ignore lint/correctness/useExhaustiveDependencies: once, on load
  useEffect(() => {
    const query = pageQuery(locale)
    setCode(query.code)
    setSecret(query.secret)
    if (query.code && query.secret) void track(query.code, query.secret)
    else if (query.secret) showQuery(locale, { code: query.code })
  }, [])

  useEffect(() => {
    if (dossier) heading.current?.focus()
  }, [dossier])

  function onSubmit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault()
    void track(code, secret)
  }

  return (
    <div className="dossier">
      <form className="dossier-form" method="get" onSubmit={onSubmit} aria-busy={busy}>
        <div className="field">
          <label htmlFor={`${id}-code`}>{t('track.code')}</label>
          <p className="field__hint" id={`${id}-code-hint`}>
            {t('track.codeHint')}
          </p>
          <input
            id={`${id}-code`}
            name={QUERY[locale].code}
            required
            autoComplete="off"
            spellCheck={false}
            aria-describedby={`${id}-code-hint`}
            value={code}
            onChange={(event) => setCode(event.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor={`${id}-secret`}>{t('track.secret')}</label>
          <p className="field__hint" id={`${id}-secret-hint`}>
            {t('track.secretHint')}
          </p>
          <input
            id={`${id}-secret`}
            name={QUERY[locale].secret}
            required
            autoComplete="off"
            spellCheck={false}
            aria-describedby={`${id}-secret-hint`}
            value={secret}
            onChange={(event) => setSecret(event.target.value)}
          />
        </div>
        <button type="submit" className="button" disabled={busy}>
          {t('track.submit')}
        </button>
      </form>
      <p role="status" className="dossier-status">
        {busy ? t('dossier.loading') : ''}
      </p>
      <ErrorAlert error={error} t={t} />
      {dossier && (
        <section aria-labelledby={`${id}-result`}>
          <h2 id={`${id}-result`} ref={heading} tabIndex={-1}>
            {t('track.result', { code: dossier.code })}
          </h2>
          <StatusFacts dossier={dossier} locale={locale} t={t} />
          <h3>{t('dossier.timeline')}</h3>
          <Timeline dossier={dossier} locale={locale} t={t} />
        </section>
      )}
    </div>
  )
}
