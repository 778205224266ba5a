'use client'
/**
 * The document sidebar's publishing state: queued, publishing, live since hh:mm (with the
 * public page), removed, or failed with the reason and a retry button. It reads the record's
 * row of `publications` (cms/src/publish/publications.ts) and follows it while it moves.
 */
import { Button, useConfig, useDocumentInfo, useTranslation } from '@payloadcms/ui'
import { useCallback, useEffect, useState } from 'react'

import type { MessageKey } from '../../i18n/messages.ts'
import { t } from '../../i18n/t.ts'

type Publication = { state: string; liveSince?: string | null; url?: string | null; reason?: string | null }

/** Each state's label in the message catalogue (i18n/messages.ts). */
const STATE_LABELS: Record<string, MessageKey> = {
  none: 'publishing.none',
  queued: 'publishing.queued',
  publishing: 'publishing.publishing',
  removed: 'publishing.removed',
  failed: 'publishing.failed',
}

/** While the state can still change, look again this often. */
const FOLLOW_MS = 2000

export function PublishingState() {
  const { id, collectionSlug } = useDocumentInfo()
  const { config } = useConfig()
  const { i18n } = useTranslation()
  const language = i18n.language === 'en' ? 'en' : 'vi'
  const [publication, setPublication] = useState<Publication | null>(null)
  const api = `${config.serverURL ?? ''}${config.routes.api}`
  const siteUrl = (config.admin?.custom as { siteUrl?: string } | undefined)?.siteUrl ?? ''

  const load = useCallback(async () => {
    if (!id || !collectionSlug) return
    const query = new URLSearchParams({ 'where[key][equals]': `${collectionSlug}:${id}`, depth: '0', limit: '1' })
    const response = await fetch(`${api}/publications?${query}`, { credentials: 'include' })
    if (response.ok) setPublication(((await response.json()) as { docs: Publication[] }).docs[0] ?? null)
  }, [api, id, collectionSlug])

  useEffect(() => {
    void load()
    const timer = setInterval(load, FOLLOW_MS)
    return () => clearInterval(timer)
  }, [load])

  const retry = async () => {
    await fetch(`${api}/publications/retry`, {
      method: 'POST',
      credentials: 'include',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ collection: collectionSlug, id }),
    })
    await load()
  }

  if (!id) return null
  const state = publication?.state
  const time = publication?.liveSince
    ? new Date(publication.liveSince).toLocaleTimeString(i18n.language, { hour: '2-digit', minute: '2-digit' })
    : ''
  return (
    <section aria-labelledby="publishing-state-title" style={{ marginBlockEnd: 'var(--base)' }}>
      <h3 id="publishing-state-title" style={{ fontSize: '1rem' }}>
        {t(language, 'publishing.title')}
      </h3>
      <p data-publishing-state={state ?? 'none'} role="status">
        {state === 'live'
          ? t(language, 'publishing.live', { time })
          : t(language, STATE_LABELS[state ?? 'none'] ?? 'publishing.none')}
      </p>
      {state === 'live' && publication?.url ? (
        <p>
          <a href={`${siteUrl}${publication.url}`} target="_blank" rel="noreferrer">
            {t(language, 'publishing.open')}
          </a>
        </p>
      ) : null}
      {state === 'failed' ? (
        <>
          <p>{publication?.reason?.slice(0, 500)}</p>
          <Button buttonStyle="secondary" size="small" onClick={retry}>
            {t(language, 'publishing.retry')}
          </Button>
        </>
      ) : null}
    </section>
  )
}
