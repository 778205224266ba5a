import type { DossierDetail } from '@dvc/cms/dossiers'
import { useId } from 'react'

import { routes } from '../../lib/routes.ts'
import type { Translate } from '../search/translate.ts'
import { AccessLog, EventTrail } from './AccessLog.tsx'
import type { ApiContext } from './api.ts'
import { Supplement, Withdraw } from './DossierActions.tsx'
import { FileButton } from './FileButton.tsx'
import { StatusFacts } from './StatusFacts.tsx'

type Props = {
  dossier: DossierDetail
  onChange: (next: DossierDetail, said: string) => void
  context: ApiContext
  t: Translate
}

/** One of the citizen's dossiers: status, answers, files, steps, result, who read it, and what they may do. */
export function DossierView({ dossier, onChange, context, t }: Props) {
  const id = useId()
  const { locale } = context
  const section = (key: string, title: string, body: React.ReactNode) => (
    <section aria-labelledby={`${id}-${key}`}>
      <h3 id={`${id}-${key}`}>{title}</h3>
      {body}
    </section>
  )
  return (
    <>
      <StatusFacts dossier={dossier} locale={locale} t={t} />
      {dossier.actions.includes('supplement') && (
        <Supplement dossier={dossier} onDone={onChange} context={context} t={t} />
      )}
      {section(
        'fields',
        t('mine.fields'),
        <dl className="facts">
          {dossier.fields.map((field) => (
            <div key={field.key}>
              <dt>{field.label}</dt>
              <dd>{field.value}</dd>
            </div>
          ))}
        </dl>,
      )}
      {section(
        'documents',
        t('mine.documents'),
        <dl className="facts">
          {dossier.documents.map((document) => (
            <div key={document.key}>
              <dt>{document.label}</dt>
              <dd>
                <ul className="plain-list">
                  {document.files.map((file) => (
                    <li key={file.id}>
                      <FileButton code={dossier.code} file={file} context={context} t={t} />
                      {file.reused && ` ${t('mine.reused')}`}
                    </li>
                  ))}
                </ul>
              </dd>
            </div>
          ))}
        </dl>,
      )}
      {dossier.result &&
        section(
          'result',
          t('mine.result'),
          <>
            {dossier.result.note && <p>{dossier.result.note}</p>}
            <ul>
              {dossier.result.files.map((file) => (
                <li key={file.id}>
                  <FileButton code={dossier.code} file={file} context={context} t={t} />
                </li>
              ))}
            </ul>
          </>,
        )}
      {section('events', t('mine.events'), <EventTrail entries={dossier.events} locale={locale} t={t} />)}
      {section(
        'access',
        t('mine.accessLog'),
        <>
          <p>{t('mine.accessLog.intro')}</p>
          <AccessLog entries={dossier.accessLog} locale={locale} t={t} />
        </>,
      )}
      <p>
        <a href={`${routes.verify(locale)}#${dossier.receipt}`}>{t('mine.receipt')}</a>
      </p>
      {dossier.actions.includes('withdraw') && <Withdraw dossier={dossier} onDone={onChange} context={context} t={t} />}
    </>
  )
}
