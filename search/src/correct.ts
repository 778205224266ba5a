/**
 * "Did you mean": a query with a typo, spelled as the best typo-tolerant match spells it.
 * Forgiving typos everywhere lets a slip match scattered near-words in long names ("khai sihn"
 * found "Đăng ký khai sinh", then a company registration whose words were two typos away), and
 * those filled the top 3 (issue 10, item 4). The best match says what the citizen meant; the
 * query respelled from its words, marks and all, is then matched as typed (query.ts), where no
 * typo is forgiven and the marks tell words apart.
 */
import distance from 'damerau-levenshtein'

import { closestQuery, fold } from './contract.ts'
import { PLAIN_STOP_WORDS } from './settings.ts'

/** Typos Meilisearch forgives in a word of this many letters (settings.ts, typoTolerance: one from 4, two from 8). */
function typosAllowed(letters: number): number {
  return letters >= 8 ? 2 : letters >= 4 ? 1 : 0
}

const WORD = /[\p{L}\p{N}]+/gu
/** The five tone marks, after NFD (tones.ts). */
const TONE_MARK = /[\u0300\u0301\u0303\u0309\u0323]/u

const lower = (word: string) => word.normalize('NFC').toLowerCase()

/**
 * The query with each word that the best hit's text holds only a typo away replaced by that
 * text's word (with its marks); `undefined` when nothing would change, or when the last word is
 * still being typed (Meilisearch matches it as a prefix: respelling it would guess the rest).
 * Words the text does not hold (stop words, synonyms) are kept as typed. `null` when the hit
 * holds a meaningful word typed with a tone only under another tone ("chó", a dog, met as "cho",
 * for): a tone typed is meant, so the hit is about another thing, not the query with a slip.
 */
export function correctQuery(q: string, texts: readonly string[]): string | null | undefined {
  const known = new Map<string, string[]>()
  for (const text of texts) {
    for (const word of text.match(WORD) ?? []) {
      const spellings = known.get(fold(word)) ?? []
      if (!spellings.includes(lower(word))) known.set(fold(word), [...spellings, lower(word)])
    }
  }
  const words = q.split(/\s+/).filter(Boolean)
  // Generic and stop words ("giấy tờ", "cần") say nothing: "cần" met as "căn" makes no other procedure.
  const stop = new Set(PLAIN_STOP_WORDS.map(lower))
  const kept = new Set(closestQuery(q).split(' '))
  const meaningful = (word: string) => !stop.has(lower(word)) && kept.has(fold(word))
  let changed = false
  let otherWord = false
  const respelled = words.map((word) => {
    const spellings = known.get(fold(word))
    if (spellings) {
      if (spellings.includes(lower(word))) return lower(word)
      if (TONE_MARK.test(word.normalize('NFD')) && meaningful(word)) otherWord = true
      changed = true
      return spellings[0] ?? word
    }
    const allowed = typosAllowed(fold(word).length)
    if (allowed === 0) return word
    let best: { word: string; steps: number } | undefined
    for (const [candidate, [original]] of known) {
      const steps = distance(fold(word), candidate).steps
      if (original && steps <= allowed && (!best || steps < best.steps)) best = { word: original, steps }
    }
    if (!best) return word
    changed = true
    return best.word
  })
  if (otherWord) return null
  const last = fold(words.at(-1) ?? '')
  const typing = !known.has(last) && [...known.keys()].some((word) => word.startsWith(last))
  return changed && !typing ? respelled.join(' ').toLowerCase() : undefined
}
