/**
 * Index settings, in code and versioned with it: `applySettings` (indexer.ts) compares
 * them with the server's and changes only what differs. Change filterable attributes
 * before loading documents: Meilisearch reindexes everything when they change.
 */
import type { Settings } from 'meilisearch'

import { synonymMap } from './synonyms.ts'
import { tones } from './tones.ts'

/** Bumped with every change below; logged by the indexer so an operator can tell which settings a server has. */
export const SETTINGS_VERSION = 4

/**
 * Meilisearch has no Vietnamese word segmentation: every syllable is a word, so typo
 * tolerance from 5 letters (the default) never forgives a slip in "khai sihn" or "dnag ky".
 * One typo from 4 letters, two from 8; shorter syllables stay exact, or "ho" would match
 * every "hộ", "họ", "hồ" plus "to", "so"... (STACK-NOTES, Search). On the relevance set the
 * default found 11 of 13 typo queries in the top 3, this 13; 3 letters gained nothing more.
 */
const typoTolerance: NonNullable<Settings['typoTolerance']> = {
  enabled: true,
  minWordSizeForTypos: { oneTypo: 4, twoTypos: 8 },
  // A code is exact: 1.001193 must not find 1.001192. The Telex and folded copies are where a
  // query is first matched as typed (query.ts): a typo there would bring back the words the marks
  // tell apart ("vawngs", "vangf") or a near word ("vang" for "hang"). `name` and `keywords` keep
  // their tolerance for the next round. Sorted: the server returns them sorted, and the settings
  // diff compares this list in order.
  disableOnAttributes: ['code', 'keywordsFolded', 'nameFolded', 'nameTones'],
  disableOnNumbers: true,
  disableOnWords: [],
}

/**
 * Words that say nothing about the procedure in a plain-language query ("tôi muốn ... thì
 * làm gì"). Not "thế" (thế chấp, a mortgage) nor "ở" (nơi ở, where one lives).
 */
export const PLAIN_STOP_WORDS: readonly string[] = [
  'tôi',
  'muốn',
  'cần',
  'thì',
  'là',
  'và',
  'của',
  'như',
  'nào',
  'gì',
  'đâu',
  'ạ',
  'a',
  'an',
  'the',
  'of',
  'for',
  'to',
  'my',
  'i',
  'how',
  'do',
  // What a citizen says around the need ("tôi vừa sinh con", "phải làm những gì"): with every
  // word required (contract.ts, MATCHING_STRATEGY) they would have to appear in the procedure.
  'vừa',
  'đã',
  'những',
  'phải',
  'we',
  'had',
  'what',
  'need',
  'want',
  'please',
  // "làm hộ chiếu", "làm CCCD", "làm sổ đỏ": "làm" (to do, to get) is how a citizen asks, not
  // what the procedure is called.
  'làm',
  // Not "sao" ("why" in "làm sao"): it is the copy in "bản sao", "sao y" (certified copies).
]

/** Each stop word also in Telex (tones.ts), for the query matched as typed. */
const stopWords = [...new Set([...PLAIN_STOP_WORDS, ...PLAIN_STOP_WORDS.map(tones)])]

/**
 * Meilisearch's default order, written out so a new server default cannot change ranking
 * unnoticed; procedures then put the shorter name first. Measured on the relevance set
 * (tests/fixtures/search/relevance.json): moving `attribute` before `proximity` lost 4 first
 * places. Without `nameWords:asc`, "đăng ký kết hôn" over the national catalogue put
 * "…kết hôn có yếu tố nước ngoài tại khu vực biên giới" and "…kết hôn lưu động" above
 * "Thủ tục đăng ký kết hôn" itself: they tie on every other rule.
 */
const rankingRules = ['words', 'typo', 'proximity', 'attribute', 'sort', 'exactness']

/** What both indexes set alike: ranking, language handling, facets and paging. */
const SHARED = {
  displayedAttributes: ['*'],
  rankingRules,
  stopWords,
  synonyms: synonymMap(),
  typoTolerance,
  faceting: { maxValuesPerFacet: 100, sortFacetValuesBy: { '*': 'count' } },
  pagination: { maxTotalHits: 1000 },
  // Facet values are few (8 sectors, 4 levels): the browser filters them itself.
  facetSearch: false,
} satisfies Settings

export const PROCEDURE_SETTINGS = {
  // name > keywords > code > the rest, as the issue asks; folded copies rank with what they copy.
  searchableAttributes: [
    'name',
    'nameFolded',
    'keywords',
    'keywordsFolded',
    'code',
    'lifeEventNames',
    'sectorName',
    'otherName',
    'result',
    'documents',
    'agencyName',
    'steps',
    // Searched alone, first, by a query typed with marks (query.ts); last here so it never
    // outranks the readable attributes in the other rounds.
    'nameTones',
  ],
  // `id` and `recordId`: replacing a record deletes its other documents by filter (indexer.ts).
  filterableAttributes: [
    'id',
    'recordId',
    'locale',
    'code',
    'sector',
    'agency',
    'agencyTree',
    'serviceLevel',
    'level',
    'subjects',
    'lifeEvents',
    'translated',
    'synthetic',
    'schemaVersion',
  ],
  sortableAttributes: ['code', 'updatedAt', 'nameWords'],
  ...SHARED,
  rankingRules: [...rankingRules, 'nameWords:asc'],
} as const satisfies Settings

export const FAQ_SETTINGS = {
  searchableAttributes: ['question', 'questionFolded', 'answer', 'sectorName', 'agencyName'],
  filterableAttributes: ['id', 'recordId', 'locale', 'sector', 'agency', 'procedureCodes', 'translated', 'synthetic'],
  sortableAttributes: ['updatedAt'],
  ...SHARED,
} as const satisfies Settings

export type IndexKind = 'procedures' | 'faqs'

export const SETTINGS: Readonly<Record<IndexKind, Settings>> = Object.freeze({
  procedures: PROCEDURE_SETTINGS as Settings,
  faqs: FAQ_SETTINGS as Settings,
})

/** Settings whose order carries no meaning; the server may return them in another order. */
const UNORDERED = new Set<keyof Settings>(['filterableAttributes', 'sortableAttributes', 'stopWords'])

/**
 * JSON with object keys and (for unordered settings) arrays in one order, for comparison.
 * Strings compare in NFC: Meilisearch 1.21 returns stop words decomposed ("tôi" as t, o, U+0302, i).
 */
function canonical(value: unknown, unordered: boolean): string {
  const walk = (node: unknown): unknown => {
    if (typeof node === 'string') return node.normalize('NFC')
    if (Array.isArray(node)) {
      const items = node.map(walk)
      return unordered ? items.map((item) => JSON.stringify(item)).sort() : items
    }
    if (node && typeof node === 'object') {
      return Object.fromEntries(
        Object.entries(node as Record<string, unknown>)
          .filter(([, v]) => v !== undefined)
          .sort(([a], [b]) => a.localeCompare(b))
          .map(([k, v]) => [k, walk(v)]),
      )
    }
    return node
  }
  return JSON.stringify(walk(value))
}

/**
 * The part of `wanted` that `current` (the server's settings) does not already have.
 * Only the keys we set are compared, so settings we leave to defaults never cause an update.
 * Synonym values compare as sets: the server keeps them as given, we sort them.
 */
export function diffSettings(current: Settings, wanted: Settings): Settings {
  const changed: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(wanted) as [keyof Settings, unknown][]) {
    if (value === undefined) continue
    const currentValue = current[key]
    const unordered = UNORDERED.has(key)
    const same =
      key === 'synonyms'
        ? canonical(sortValues(currentValue), false) === canonical(sortValues(value), false)
        : canonical(pickKnown(currentValue, value), unordered) === canonical(value, unordered)
    if (!same) changed[key] = value
  }
  return changed as Settings
}

function sortValues(map: unknown): unknown {
  if (!map || typeof map !== 'object') return map
  return Object.fromEntries(
    Object.entries(map as Record<string, string[]>).map(([k, v]) => [
      k.normalize('NFC'),
      [...v].map((s) => s.normalize('NFC').toLowerCase()).sort(),
    ]),
  )
}

/** For a nested setting (typoTolerance, faceting), only the sub-keys we set. */
function pickKnown(current: unknown, wanted: unknown): unknown {
  if (!current || !wanted || typeof current !== 'object' || typeof wanted !== 'object') return current
  if (Array.isArray(current) || Array.isArray(wanted)) return current
  const picked: Record<string, unknown> = {}
  for (const key of Object.keys(wanted as Record<string, unknown>)) {
    picked[key] = pickKnown((current as Record<string, unknown>)[key], (wanted as Record<string, unknown>)[key])
  }
  return picked
}
