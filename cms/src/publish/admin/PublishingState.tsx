'use client'
/**
 * The document sidebar's publishing state: queued, publishing, live since hh:mm (with the
 * public page), removed, or failed with the reason and a retry button. It reads the record's
 * row of `publications` (cms/src/publish/publications.ts) and follows it while it moves.
 */
import { Button, useConfig, useDocumentInfo, useTranslation } from '@payloadcms/ui'
import { useCallback, useEffect, useState } from 'react'

type Publication = { state: string; liveSince?: string | null; url?: string | null; reason?: string | null }

const LABELS = {
  vi: {
    title: 'Xuất bản',
    none: 'Chưa xuất bản',
    queued: 'Đang chờ xuất bản',
    publishing: 'Đang xuất bản',
    live: 'Đang hiển thị từ',
    removed: 'Đã gỡ khỏi trang công khai',
    failed: 'Xuất bản lỗi',
    retry: 'Thử lại',
    open: 'Xem trang công khai',
  },
  en: {
    title: 'Publishing',
    none: 'Not published',
    queued: 'Queued',
    publishing: 'Publishing',
    live: 'Live since',
    removed: 'Removed from the public site',
    failed: 'Publishing failed',
    retry: 'Retry',
    open: 'Open the public page',
  },
} as const

/** While the state can still change, look again this often. */
const FOLLOW_MS = 2000

export function PublishingState() {
  const { id, collectionSlug } = useDocumentInfo()
  const { config } = useConfig()
  const { i18n } = useTranslation()
  const labels = i18n.language === 'en' ? LABELS.en : LABELS.vi
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
        {labels.title}
      </h3>
      <p data-publishing-state={state ?? 'none'} role="status">
        {state === 'live' ? `${labels.live} ${time}` : state ? labels[state as keyof typeof labels] : labels.none}
      </p>
      {state === 'live' && publication?.url ? (
        <p>
          <a href={`${siteUrl}${publication.url}`} target="_blank" rel="noreferrer">
            {labels.open}
          </a>
        </p>
      ) : null}
      {state === 'failed' ? (
        <>
          <p>{publication?.reason?.slice(0, 500)}</p>
          <Button buttonStyle="secondary" size="small" onClick={retry}>
            {labels.retry}
          </Button>
        </>
      ) : null}
    </section>
  )
}
