import type { DossierSummary } from '@dvc/cms/dossiers'

import { routes } from '../../lib/routes.ts'
import type { Translate } from '../search/translate.ts'
import { formatDateTime, type Locale } from './format.ts'
import { stateKey, timingKey, timingTone } from './labels.ts'

/** The citizen's dossiers, newest first, each linking to its own view (`?ma=`). */
export function DossierList({ dossiers, locale, t }: { dossiers: DossierSummary[]; locale: Locale; t: Translate }) {
  if (dossiers.length === 0) return <p>{t('mine.empty')}</p>
  return (
    <table className="table dossier-list">
      <caption className="visually-hidden">{t('mine.title')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('dossier.code')}</th>
          <th scope="col">{t('dossier.procedure')}</th>
          <th scope="col">{t('dossier.state')}</th>
          <th scope="col">{t('mine.updatedAt')}</th>
        </tr>
      </thead>
      <tbody>
        {dossiers.map((dossier) => (
          <tr key={dossier.code}>
            <th scope="row">
              <a href={routes.myDossiers(locale, dossier.code)}>{dossier.code}</a>
            </th>
            <td>{dossier.procedure.name}</td>
            <td>
              {t(stateKey(dossier.state))}
              <br />
              <span className={`dossier-timing dossier-timing--${timingTone(dossier.timing)}`}>
                {t(timingKey(dossier.timing))}
              </span>
            </td>
            <td>
              <time dateTime={dossier.updatedAt}>{formatDateTime(dossier.updatedAt, locale)}</time>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}
