import type { PublicDossier } from '@dvc/cms/dossiers'

import type { Translate } from '../search/translate.ts'
import { formatDate, formatDateTime, type Locale } from './format.ts'
import { stateKey, timingKey, timingTone } from './labels.ts'

/** Where a dossier stands: the facts of the tracking page and of the citizen's own view. */
export function StatusFacts({ dossier, locale, t }: { dossier: PublicDossier; locale: Locale; t: Translate }) {
  const facts: [string, React.ReactNode][] = [
    [
      t('dossier.code'),
      <span key="code" className="dossier-code">
        {dossier.code}
      </span>,
    ],
    [t('dossier.procedure'), dossier.procedure.name],
    [t('dossier.agency'), dossier.agency.name],
    [t('dossier.state'), <strong key="state">{t(stateKey(dossier.state))}</strong>],
    [t('dossier.submittedAt'), formatDateTime(dossier.submittedAt, locale)],
  ]
  if (dossier.receivedAt) facts.push([t('dossier.receivedAt'), formatDateTime(dossier.receivedAt, locale)])
  if (dossier.dueDate) facts.push([t('dossier.dueDate'), formatDate(dossier.dueDate, locale)])
  facts.push([
    t('dossier.timing'),
    <span key="timing" className={`dossier-timing dossier-timing--${timingTone(dossier.timing)}`}>
      {t(timingKey(dossier.timing))}
    </span>,
  ])
  return (
    <dl className="facts dossier-facts">
      {facts.map(([label, value]) => (
        <div key={label}>
          <dt>{label}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  )
}

/** The public timeline: each state the dossier went through, oldest first. */
export function Timeline({ dossier, locale, t }: { dossier: PublicDossier; locale: Locale; t: Translate }) {
  return (
    <ol className="dossier-timeline">
      {dossier.timeline.map((entry) => (
        <li key={`${entry.state}-${entry.at}`}>
          <time dateTime={entry.at}>{formatDateTime(entry.at, locale)}</time>: {t(stateKey(entry.state))}
        </li>
      ))}
    </ol>
  )
}
