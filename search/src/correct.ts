/**
 * "Did you mean": a query with a typo, spelled as the best typo-tolerant match spells it.
 * Forgiving typos everywhere lets a slip match scattered near-words in long names ("khai sihn"
 * found "Đăng ký khai sinh", then a company registration whose words were two typos away), and
 * those filled the top 3 (issue 10, item 4). The best match says what the citizen meant; the
 * query respelled from its words, marks and all, is then matched as typed (query.ts), where no
 * typo is forgiven and the marks tell words apart.
 */
import distance from 'damerau-levenshtein'

import { fold } from './contract.ts'

/** Typos Meilisearch forgives in a word of this many letters (settings.ts, typoTolerance: one from 4, two from 8). */
function typosAllowed(letters: number): number {
  return letters >= 8 ? 2 : letters >= 4 ? 1 : 0
}

const WORD = /[\p{L}\p{N}]+/gu

/**
 * The query with each word that the best hit's text holds only a typo away replaced by that
 * text's word (with its marks); `undefined` when nothing would change, or when the last word is
 * still being typed (Meilisearch matches it as a prefix: respelling it would guess the rest).
 * Words the text does not hold (stop words, synonyms) are kept as typed.
 */
export function correctQuery(q: string, texts: readonly string[]): string | undefined {
  const known = new Map<string, string>()
  for (const text of texts)
    for (const word of text.match(WORD) ?? []) if (!known.has(fold(word))) known.set(fold(word), word)
  const words = q.split(/\s+/).filter(Boolean)
  let changed = false
  const respelled = words.map((word) => {
    const folded = fold(word)
    const same = known.get(folded)
    if (same) {
      changed ||= same.toLowerCase() !== word.toLowerCase()
      return same
    }
    const allowed = typosAllowed(folded.length)
    if (allowed === 0) return word
    let best: { word: string; steps: number } | undefined
    for (const [candidate, original] of known) {
      const steps = distance(folded, candidate).steps
      if (steps <= allowed && (!best || steps < best.steps)) best = { word: original, steps }
    }
    if (!best) return word
    changed = true
    return best.word
  })
  const last = fold(words.at(-1) ?? '')
  const typing = !known.has(last) && [...known.keys()].some((word) => word.startsWith(last))
  return changed && !typing ? respelled.join(' ').toLowerCase() : undefined
}
