'use client'
/**
 * Quick filters above the officers' queue (the Dossiers list): each link sets the list's
 * `where` in the URL, in the or/and shape Payload's own filter builder writes, so the
 * filter shows (and can be refined) in the list's "Filters" panel. Sort and page size stay.
 */
import { useConfig, useTranslation } from '@payloadcms/ui'
import Link from 'next/link'
import { usePathname, useSearchParams } from 'next/navigation'

import type { MessageKey } from '../../../i18n/messages.ts'
import { t } from '../../../i18n/t.ts'
import './DossierAdmin.css'

type QuickFilter = { key: MessageKey; where: [string, string][] }

const condition = (field: string, operator: string, values: string[]): [string, string][] =>
  operator === 'in'
    ? values.map((value, index) => [`where[or][0][and][0][${field}][in][${index}]`, value])
    : [[`where[or][0][and][0][${field}][${operator}]`, values[0] ?? '']]

/** "In progress" is every dossier the agency holds and still owes a step on: received or processing. */
const FILTERS: readonly QuickFilter[] = [
  { key: 'dossier.queue.all', where: [] },
  { key: 'dossier.queue.submitted', where: condition('state', 'equals', ['submitted']) },
  { key: 'dossier.queue.in_progress', where: condition('state', 'in', ['received', 'processing']) },
  { key: 'dossier.queue.supplement', where: condition('state', 'equals', ['supplement_requested']) },
  { key: 'dossier.queue.overdue', where: condition('timing', 'equals', ['overdue']) },
  { key: 'dossier.queue.due_soon', where: condition('timing', 'equals', ['due_soon']) },
]

const whereOf = (entries: [string, string][]) =>
  entries
    .filter(([name]) => name.startsWith('where['))
    .map(([name, value]) => `${name}=${value}`)
    .sort()
    .join('&')

export function DossierQueueLinks() {
  const { config } = useConfig()
  const { i18n } = useTranslation()
  const pathname = usePathname()
  const searchParams = useSearchParams()
  const language = i18n.language === 'en' ? 'en' : 'vi'
  const current = whereOf([...searchParams.entries()])
  const base = pathname ?? `${config.routes.admin}/collections/dossiers`

  const href = (filter: QuickFilter) => {
    const query = new URLSearchParams(filter.where)
    for (const kept of ['limit', 'sort']) {
      const value = searchParams.get(kept)
      if (value) query.set(kept, value)
    }
    query.set('page', '1')
    return `${base}?${query}`
  }

  return (
    <nav className="dossier-queue" aria-label={t(language, 'dossier.queue.title')}>
      <ul className="dossier-queue__links">
        {FILTERS.map((filter) => (
          <li key={filter.key}>
            <Link href={href(filter)} aria-current={whereOf(filter.where) === current ? 'true' : undefined}>
              {t(language, filter.key)}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  )
}
