/**
 * The citizen's own dossiers (issue 15) at /ho-so-cua-toi and /en/my-dossiers: the list, or
 * with `?ma=` (en `?code=`) one dossier in full, its access log and what the citizen may do.
 */
import { DOSSIER_PATHS, type DossierDetail, type DossierSummary } from '@dvc/cms/dossiers'
import { useEffect, useMemo, useRef, useState } from 'react'

import { routes } from '../lib/routes.ts'
import { type ApiContext, api } from './dossier/api.ts'
import { DossierList } from './dossier/DossierList.tsx'
import { DossierView } from './dossier/DossierView.tsx'
import { ErrorAlert } from './dossier/ErrorAlert.tsx'
import { pageQuery } from './dossier/page-query.ts'
import { translator } from './search/translate.ts'

export type MyDossiersIslandProps = ApiContext & { messages: Record<string, string> }

type View = { list: DossierSummary[] } | { one: DossierDetail } | null

export default function MyDossiersIsland({ messages, ...context }: MyDossiersIslandProps) {
  const { locale } = context
  const t = useMemo(() => translator(locale, messages), [locale, messages])
  const [view, setView] = useState<View>(null)
  const [error, setError] = useState<unknown>(null)
  const [said, setSaid] = useState('')
  // Not on the server's render: without JavaScript "Loading…" would stay for ever.
  const [started, setStarted] = useState(false)
  const heading = useRef<HTMLHeadingElement>(null)

  // biome-ignore lint/correctness/useExhaustiveDependencies: once, on load
  useEffect(() => {
    setStarted(true)
    const { code } = pageQuery(locale)
    const load = code
      ? api<DossierDetail>(context, DOSSIER_PATHS.mineOne, { params: { code }, auth: true }).then((one) => ({ one }))
      : api<{ dossiers: DossierSummary[] }>(context, DOSSIER_PATHS.mine, { auth: true }).then((answer) => ({
          list: answer.dossiers,
        }))
    load.then(setView, setError)
  }, [])

  function changed(next: DossierDetail, message: string) {
    setView({ one: next })
    setSaid(message)
    heading.current?.focus()
  }

  return (
    <div className="dossier">
      <p role="status" className="dossier-status">
        {view || error ? said : started ? t('dossier.loading') : ''}
      </p>
      <ErrorAlert error={error} t={t} />
      {view && 'list' in view && <DossierList dossiers={view.list} locale={locale} t={t} />}
      {view && 'one' in view && (
        <>
          <p>
            <a href={routes.myDossiers(locale)}>{t('mine.back')}</a>
          </p>
          <h2 ref={heading} tabIndex={-1}>
            {t('mine.detail', { code: view.one.code })}
          </h2>
          <DossierView dossier={view.one} onChange={changed} context={context} t={t} />
        </>
      )}
    </div>
  )
}
