/**
 * Names for facet values: the index filters on slugs (stable, URL-safe), a page shows names.
 * Sectors, agencies and life events change rarely: read once per locale and kept for a while.
 */
import type { Facet, Locale } from '@dvc/search'
import type { Payload } from 'payload'

import { LEVEL_LABELS, SERVICE_LEVEL_LABELS, type Labels as ValueLabels } from '../../vocabulary.ts'

type Labels = Record<Facet, Map<string, string>>

const TTL_MS = 5 * 60_000
const caches = new WeakMap<Payload, Map<Locale, { at: number; labels: Promise<Labels> }>>()

async function readLabels(payload: Payload, locale: Locale): Promise<Labels> {
  const common = { locale, depth: 0, pagination: false, overrideAccess: true } as const
  const [sectors, agencies, events] = await Promise.all([
    payload.find({ collection: 'sectors', ...common, select: { slug: true, name: true } }),
    payload.find({ collection: 'agencies', ...common, select: { slug: true, name: true } }),
    payload.find({ collection: 'life-events', ...common, select: { slug: true, name: true } }),
  ])
  const bySlug = (docs: { slug: string; name: string }[]) => new Map(docs.map((doc) => [doc.slug, doc.name]))
  const fixed = (labels: Record<string, ValueLabels>) =>
    new Map(Object.entries(labels).map(([value, label]) => [value, label[locale]]))
  return {
    sector: bySlug(sectors.docs),
    agency: bySlug(agencies.docs),
    lifeEvents: bySlug(events.docs),
    level: fixed(LEVEL_LABELS),
    serviceLevel: fixed(SERVICE_LEVEL_LABELS),
  }
}

/** The labels of every facet value in `locale`, cached per Payload instance and locale. */
export function facetLabels(payload: Payload, locale: Locale): Promise<Labels> {
  const cache = caches.get(payload) ?? new Map()
  caches.set(payload, cache)
  const cached = cache.get(locale)
  if (cached && performance.now() - cached.at < TTL_MS) return cached.labels
  const labels = readLabels(payload, locale)
  cache.set(locale, { at: performance.now(), labels })
  // A failed read must not stay cached.
  labels.catch(() => cache.delete(locale))
  return labels
}
