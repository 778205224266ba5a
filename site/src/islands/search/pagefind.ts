/**
 * Offline mode: the Pagefind index built with the site answers when Meilisearch does not.
 * Its filters hold names (SearchIndexHints.astro), so slugs are mapped through the labels
 * the page embeds; it has no implementing level and no agency tree.
 */
import { FACETS, type Facet, fold } from '@dvc/search/contract'

import type { Hit, Results } from './meili.ts'
import type { SearchState } from './state.ts'

export type Labels = Record<Facet, Record<string, string>>

type PagefindData = { url: string; meta: { title?: string }; excerpt: string }
type PagefindApi = {
  init(): Promise<void>
  /** Loads the filter index; without it a search reports no filter counts. */
  filters(): Promise<Record<string, Record<string, number>>>
  search(
    query: string | null,
    options: { filters: Record<string, { any: string[] }> },
  ): Promise<{
    results: { data(): Promise<PagefindData> }[]
    filters: Record<string, Record<string, number>>
  }>
}

/** Pagefind's filter names per facet (the level is not one). */
const PAGEFIND_FILTER: Partial<Record<Facet, string>> = {
  sector: 'sector',
  agency: 'agency',
  serviceLevel: 'serviceLevel',
  lifeEvents: 'lifeEvent',
}

let loaded: Promise<PagefindApi> | undefined

function load(): Promise<PagefindApi> {
  const url = '/pagefind/pagefind.js'
  loaded ??= (import(/* @vite-ignore */ url) as Promise<PagefindApi>).then(async (api) => {
    await api.init()
    await api.filters()
    return api
  })
  loaded.catch(() => {
    loaded = undefined
  })
  return loaded
}

export async function searchPagefind(state: SearchState, labels: Labels, perPage: number): Promise<Results> {
  const api = await load()
  const filters: Record<string, { any: string[] }> = {}
  for (const facet of FACETS) {
    const name = PAGEFIND_FILTER[facet]
    const values = state.filters[facet].map((slug) => labels[facet][slug] ?? slug)
    if (name && values.length > 0) filters[name] = { any: values }
  }
  const q = fold(state.q)
  const found = await api.search(q === '' ? null : q, { filters })
  const start = (state.page - 1) * perPage
  const pageData = await Promise.all(found.results.slice(start, start + perPage).map((result) => result.data()))
  const hits: Hit[] = pageData.map((data) => ({
    url: data.url,
    title: data.meta.title ?? data.url,
    excerpt: data.excerpt,
  }))
  const facets = Object.fromEntries(FACETS.map((facet) => [facet, {}])) as Record<Facet, Record<string, number>>
  for (const facet of FACETS) {
    const name = PAGEFIND_FILTER[facet]
    if (!name) continue
    const slugOf = new Map(Object.entries(labels[facet]).map(([slug, label]) => [label, slug]))
    for (const [label, count] of Object.entries(found.filters?.[name] ?? {})) {
      const slug = slugOf.get(label)
      if (slug && count > 0) facets[facet][slug] = count
    }
  }
  return { hits, closest: [], faqs: [], total: found.results.length, facets, levelFacet: false }
}
