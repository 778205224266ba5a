import type { Settings } from 'meilisearch'
import { describe, expect, it } from 'vitest'

import { diffSettings, FAQ_SETTINGS, PROCEDURE_SETTINGS } from '../../search/src/settings.ts'

/** What Meilisearch 1.21 answers for an index with our settings applied (stop words sorted and decomposed, defaults filled in). */
function asServerReturns(settings: Settings): Settings {
  return {
    displayedAttributes: ['*'],
    searchableAttributes: settings.searchableAttributes ?? ['*'],
    filterableAttributes: [...(settings.filterableAttributes ?? [])].reverse(),
    sortableAttributes: [...(settings.sortableAttributes ?? [])].reverse(),
    rankingRules: settings.rankingRules ?? [],
    stopWords: [...(settings.stopWords ?? [])].map((word) => word.normalize('NFD')).sort(),
    nonSeparatorTokens: [],
    separatorTokens: [],
    dictionary: [],
    synonyms: Object.fromEntries(
      Object.entries(settings.synonyms ?? {}).map(([key, values]) => [key, [...values].reverse()]),
    ),
    distinctAttribute: null,
    proximityPrecision: 'byWord',
    typoTolerance: { ...settings.typoTolerance, disableOnWords: [], enabled: true },
    faceting: { maxValuesPerFacet: 100, sortFacetValuesBy: { '*': 'count' } },
    pagination: { maxTotalHits: 1000 },
    embedders: {},
    searchCutoffMs: null,
    localizedAttributes: null,
    facetSearch: false,
    prefixSearch: 'indexingTime',
  }
}

describe('diffSettings', () => {
  it.each([
    ['procedures', PROCEDURE_SETTINGS],
    ['faqs', FAQ_SETTINGS],
  ])('finds nothing to change on an index that has the %s settings', (_name, settings) => {
    expect(diffSettings(asServerReturns(settings), settings)).toEqual({})
  })

  it('sends everything but what equals the server defaults to a new index', () => {
    const fresh: Settings = {
      displayedAttributes: ['*'],
      searchableAttributes: ['*'],
      filterableAttributes: [],
      sortableAttributes: [],
      rankingRules: ['words', 'typo', 'proximity', 'attribute', 'sort', 'exactness'],
      stopWords: [],
      synonyms: {},
      typoTolerance: { enabled: true, minWordSizeForTypos: { oneTypo: 5, twoTypos: 9 }, disableOnAttributes: [] },
      faceting: { maxValuesPerFacet: 100, sortFacetValuesBy: { '*': 'alpha' } },
      pagination: { maxTotalHits: 1000 },
      facetSearch: true,
    }
    expect(Object.keys(diffSettings(fresh, PROCEDURE_SETTINGS)).sort()).toEqual(
      [
        'faceting',
        'facetSearch',
        'filterableAttributes',
        // The server's default order plus the procedures' tie-break, shorter names first.
        'rankingRules',
        'searchableAttributes',
        'sortableAttributes',
        'stopWords',
        'synonyms',
        'typoTolerance',
      ].sort(),
    )
  })

  it('sends only the setting that changed, whole', () => {
    const current = asServerReturns(PROCEDURE_SETTINGS)
    const wanted = { ...PROCEDURE_SETTINGS, typoTolerance: { ...PROCEDURE_SETTINGS.typoTolerance, enabled: false } }
    expect(diffSettings(current, wanted)).toEqual({ typoTolerance: wanted.typoTolerance })
  })

  it('treats searchable attributes and ranking rules as ordered, filterable ones as a set', () => {
    const current = asServerReturns(PROCEDURE_SETTINGS)
    const swapped = { ...PROCEDURE_SETTINGS, searchableAttributes: ['keywords', 'name'] }
    expect(Object.keys(diffSettings(current, swapped))).toEqual(['searchableAttributes'])
    const reordered = {
      ...PROCEDURE_SETTINGS,
      filterableAttributes: [...PROCEDURE_SETTINGS.filterableAttributes].sort(),
    }
    expect(diffSettings(current, reordered)).toEqual({})
  })

  it('sees a synonym added or removed', () => {
    const current = asServerReturns(PROCEDURE_SETTINGS)
    const wanted = { ...PROCEDURE_SETTINGS, synonyms: { ...PROCEDURE_SETTINGS.synonyms, gplx: ['bằng lái'] } }
    expect(Object.keys(diffSettings(current, wanted))).toEqual(['synonyms'])
  })
})

describe('the procedure settings', () => {
  it('rank name > keywords > code > the rest', () => {
    const order = PROCEDURE_SETTINGS.searchableAttributes
    const at = (name: string) => order.indexOf(name as never)
    expect(at('name')).toBe(0)
    expect(at('name')).toBeLessThan(at('keywords'))
    expect(at('keywords')).toBeLessThan(at('code'))
    for (const rest of ['result', 'documents', 'steps', 'sectorName']) expect(at('code')).toBeLessThan(at(rest))
  })

  it('filter on what the search page offers', () => {
    expect(PROCEDURE_SETTINGS.filterableAttributes).toEqual(
      expect.arrayContaining(['locale', 'sector', 'agency', 'serviceLevel', 'level', 'subjects', 'lifeEvents']),
    )
  })

  it('forgive one typo from four letters, as Vietnamese syllables are short, but never in a code', () => {
    expect(PROCEDURE_SETTINGS.typoTolerance.minWordSizeForTypos).toEqual({ oneTypo: 4, twoTypos: 8 })
    expect(PROCEDURE_SETTINGS.typoTolerance.disableOnAttributes).toContain('code')
  })
})
