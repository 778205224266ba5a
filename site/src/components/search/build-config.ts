/**
 * What the search island needs, computed at build time: the search-only key (derived from the
 * master key on the build machine through @dvc/search; only the derived key is written into the
 * page, never the master key) and names for every facet value.
 */
import { LEVELS, SERVICE_LEVELS } from '@dvc/cms/vocabulary'
import { browserSearchConfig, createSearchClient, indexNames } from '@dvc/search'

import { type Locale, translator } from '../../i18n/index.ts'
import type { SearchConfig } from '../../islands/search/meili.ts'
import type { Labels } from '../../islands/search/pagefind.ts'
import { loadStore } from '../../lib/cms.ts'
import { searchSettings } from '../../lib/env.ts'
import type { Localized } from '../../lib/types.ts'

let config: Promise<SearchConfig | null> | undefined

/**
 * MEILI_URL and MEILI_MASTER_KEY as the portal server reads them (cms/src/search/client.ts);
 * PUBLIC_MEILI_URL is Meilisearch as browsers reach it (site/src/lib/env.ts). Without them the
 * page searches the Pagefind index only.
 */
export function searchConfig(): Promise<SearchConfig | null> {
  config ??= (async () => {
    const settings = searchSettings()
    if (!settings) return null
    const client = createSearchClient({ host: settings.url, apiKey: settings.masterKey })
    const found = await browserSearchConfig(client, {
      publicHost: settings.publicUrl,
      indexes: indexNames(settings.prefix),
    })
    return { host: found.host, apiKey: found.apiKey, index: found.indexes.procedures, faqIndex: found.indexes.faqs }
  })()
  return config
}

const name = (text: Localized, locale: Locale) => (text[locale] ?? '').trim() || (text.vi ?? '').trim()

/** Facet value -> name in `locale`; Pagefind's filters hold these same names (ProcedurePage.astro). */
export async function facetLabels(locale: Locale): Promise<Labels> {
  const store = await loadStore()
  const t = translator(locale)
  const bySlug = (records: Iterable<{ slug: string; name: Localized }>) =>
    Object.fromEntries([...records].map((record) => [record.slug, name(record.name, locale)]))
  const fixed = (prefix: string, values: readonly string[]) =>
    Object.fromEntries(values.map((value) => [value, t(`${prefix}.${value}`)]))
  return {
    sector: bySlug(store.sectors.values()),
    agency: bySlug(store.agencies.values()),
    lifeEvents: bySlug(store.lifeEvents.values()),
    serviceLevel: fixed('serviceLevel', SERVICE_LEVELS),
    level: fixed('level', LEVELS),
  }
}
