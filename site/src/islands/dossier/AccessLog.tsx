import type { AccessEntry, DossierEvent } from '@dvc/cms/dossiers'

import type { Translate } from '../search/translate.ts'
import { formatDateTime, type Locale } from './format.ts'
import { stateKey } from './labels.ts'

type Props<T> = { entries: T[]; locale: Locale; t: Translate }

/** Who looked at the dossier, when, for what (the portal records every read by staff). */
export function AccessLog({ entries, locale, t }: Props<AccessEntry>) {
  if (entries.length === 0) return <p>{t('mine.accessLog.empty')}</p>
  return (
    <table className="table">
      <caption className="visually-hidden">{t('mine.accessLog')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('mine.access.when')}</th>
          <th scope="col">{t('mine.access.who')}</th>
          <th scope="col">{t('mine.access.agency')}</th>
          <th scope="col">{t('mine.access.purpose')}</th>
        </tr>
      </thead>
      <tbody>
        {entries.map((entry, index) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: one officer may read twice in a second
          <tr key={index}>
            <td>
              <time dateTime={entry.at}>{formatDateTime(entry.at, locale)}</time>
            </td>
            <td>{entry.officer}</td>
            <td>{entry.agency}</td>
            <td>{t(`mine.purpose.${entry.purpose}`)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}

/** Every step of the dossier: when, by whom, from which state to which, the officer's note. */
export function EventTrail({ entries, locale, t }: Props<DossierEvent>) {
  const who = (event: DossierEvent) =>
    event.by === 'officer' ? t('mine.event.officer', { name: event.officer ?? '' }) : t(`mine.event.${event.by}`)
  return (
    <table className="table">
      <caption className="visually-hidden">{t('mine.events')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('mine.event.when')}</th>
          <th scope="col">{t('mine.event.who')}</th>
          <th scope="col">{t('mine.event.what')}</th>
          <th scope="col">{t('mine.event.note')}</th>
        </tr>
      </thead>
      <tbody>
        {entries.map((event) => (
          <tr key={`${event.at}-${event.to}`}>
            <td>
              <time dateTime={event.at}>{formatDateTime(event.at, locale)}</time>
            </td>
            <td>{who(event)}</td>
            <td>{event.from ? `${t(stateKey(event.from))} → ${t(stateKey(event.to))}` : t(stateKey(event.to))}</td>
            <td>{event.note ?? ''}</td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}
