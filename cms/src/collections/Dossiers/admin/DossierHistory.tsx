'use client'
/**
 * The open dossier's history (its dossier-events: who moved it from which state to which,
 * when, with what note) and, for those who may read it, its access log (dossier-reads:
 * administrators only, since the log watches the officers). A UI field of the edit view;
 * read again whenever the dossier's state changes (an officer's step refreshes the page).
 */
import { useAuth, useConfig, useDocumentInfo, useFormFields, useTranslation } from '@payloadcms/ui'
import { useEffect, useId, useState } from 'react'

import { STATE_LABELS } from '../../../dossiers/contract.ts'
import { isDossierState } from '../../../dossiers/state-machine.ts'
import type { MessageKey } from '../../../i18n/messages.ts'
import { t } from '../../../i18n/t.ts'
import type { DossierEvent, DossierRead } from '../../../payload-types.ts'
import './DossierAdmin.css'

/** Enough for any dossier's life; a list past it would be a bug, not a history. */
const LIMIT = '200'

export function DossierHistory() {
  const { id } = useDocumentInfo()
  const { config } = useConfig()
  const { permissions } = useAuth()
  const { i18n } = useTranslation()
  const language = i18n.language === 'en' ? 'en' : 'vi'
  const state = useFormFields(([fields]) => fields.state?.value)
  const [events, setEvents] = useState<DossierEvent[] | null>(null)
  const [reads, setReads] = useState<DossierRead[] | null>(null)
  const uid = useId()
  const api = `${config.serverURL ?? ''}${config.routes.api}`
  const mayReadLog = Boolean(permissions?.collections?.['dossier-reads']?.read)

  useEffect(() => {
    if (!id) return
    const controller = new AbortController()
    const list = async <T,>(collection: string, sort: string): Promise<T[] | null> => {
      const query = new URLSearchParams({ 'where[dossier][equals]': String(id), sort, depth: '0', limit: LIMIT })
      const response = await fetch(`${api}/${collection}?${query}`, {
        credentials: 'include',
        headers: { 'Accept-Language': language },
        signal: controller.signal,
      })
      return response.ok ? ((await response.json()) as { docs: T[] }).docs : null
    }
    // `state` is read so that a step (which changes it) reads the history again.
    void state
    list<DossierEvent>('dossier-events', 'createdAt')
      .then(setEvents)
      .catch(() => undefined)
    if (mayReadLog)
      list<DossierRead>('dossier-reads', '-createdAt')
        .then(setReads)
        .catch(() => undefined)
    return () => controller.abort()
  }, [api, id, language, mayReadLog, state])

  if (!id) return null
  const time = (at: string) => (
    <time dateTime={at}>
      {new Date(at).toLocaleString(language === 'en' ? 'en-GB' : 'vi-VN', {
        dateStyle: 'short',
        timeStyle: 'short',
        timeZone: 'Asia/Ho_Chi_Minh',
      })}
    </time>
  )
  const stateLabel = (value: unknown) => (isDossierState(value) ? STATE_LABELS[value][language] : '')
  return (
    <>
      <section className="dossier-history" aria-labelledby={`${uid}-events`}>
        <h3 id={`${uid}-events`} className="dossier-history__title">
          {t(language, 'dossier.history.title')}
        </h3>
        {events === null ? null : events.length === 0 ? (
          <p>{t(language, 'dossier.history.empty')}</p>
        ) : (
          <table data-dossier-history="">
            <thead>
              <tr>
                <th scope="col">{t(language, 'dossier.history.at')}</th>
                <th scope="col">{t(language, 'dossier.history.step')}</th>
                <th scope="col">{t(language, 'dossier.history.by')}</th>
                <th scope="col">{t(language, 'dossier.history.note')}</th>
              </tr>
            </thead>
            <tbody>
              {events.map((event) => (
                <tr key={event.id} data-state={event.to}>
                  <td>{time(event.createdAt)}</td>
                  <td>{event.from ? `${stateLabel(event.from)} → ${stateLabel(event.to)}` : stateLabel(event.to)}</td>
                  <td>
                    {event.by === 'officer' && event.officerName
                      ? event.officerName
                      : t(language, `dossier.history.by.${event.by}` as MessageKey)}
                  </td>
                  <td className="dossier-history__note">{event.note ?? ''}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
      {mayReadLog && reads !== null ? (
        <section className="dossier-history" aria-labelledby={`${uid}-reads`}>
          <h3 id={`${uid}-reads`} className="dossier-history__title">
            {t(language, 'dossier.access.title')}
          </h3>
          {reads.length === 0 ? (
            <p>{t(language, 'dossier.access.empty')}</p>
          ) : (
            <table data-dossier-access-log="">
              <thead>
                <tr>
                  <th scope="col">{t(language, 'dossier.history.at')}</th>
                  <th scope="col">{t(language, 'dossier.access.who')}</th>
                  <th scope="col">{t(language, 'dossier.access.agency')}</th>
                  <th scope="col">{t(language, 'dossier.access.purpose')}</th>
                </tr>
              </thead>
              <tbody>
                {reads.map((read) => (
                  <tr key={read.id}>
                    <td>{time(read.createdAt)}</td>
                    <td>{read.userName ?? ''}</td>
                    <td>{read.agencyName ?? ''}</td>
                    <td>{t(language, `dossier.access.purpose.${read.purpose}` as MessageKey)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </section>
      ) : null}
    </>
  )
}
