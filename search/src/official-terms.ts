/**
 * Spoken terms searched as the catalogue spells them (synonyms.ts, SPOKEN_TERMS): the first step
 * of a Vietnamese query in searchProcedures (query.ts).
 */
import { fold } from './contract.ts'
import type { Searcher } from './searcher.ts'
import { SPOKEN_TERMS, type SpokenTerm } from './synonyms.ts'
import { hasMarks, tones } from './tones.ts'

/** Where each spoken term of a query stands: its first word's index. */
function spokenTermsIn(words: readonly string[], spell: (text: string) => string): { at: number; term: SpokenTerm }[] {
  const typed = words.map(spell)
  const found: { at: number; term: SpokenTerm }[] = []
  const taken = new Set<number>()
  const longestFirst = [...SPOKEN_TERMS].sort((a, b) => b.words.length - a.words.length)
  for (const term of longestFirst) {
    if (!hasMarks(term.official)) continue
    const spelled = term.words.map(spell)
    for (let at = 0; at + spelled.length <= typed.length; at++) {
      const span = spelled.map((_, i) => at + i)
      if (span.some((i) => taken.has(i)) || !spelled.every((word, i) => typed[at + i] === word)) continue
      for (const i of span) taken.add(i)
      found.push({ at, term })
    }
  }
  return found
}

/**
 * "giấy chứng tử" is a synonym of "khai tử", but Meilisearch ranks a match through a synonym of
 * several words below the same words met one by one (its typo rule counts the words it merged),
 * so a name holding "giấy", "chứng" and "tử" apart ("…giấy chứng nhận…trò chơi điện tử…") came
 * first. A Vietnamese query's spoken term (synonyms.ts, SPOKEN_TERMS) that no name holds as typed
 * is searched as its group's official term; one that some name holds is kept ("giấy phép kinh
 * doanh" names licences of its own). One round trip of one-hit searches, only for such queries;
 * `scope` and `filter` are those of the as-typed round (query.ts).
 */
export async function officialTerms(
  client: Searcher,
  indexUid: string,
  q: string,
  filter: string[],
  scope: string[],
): Promise<string> {
  const marked = hasMarks(q)
  const spell = (text: string) => (marked ? text.normalize('NFC').toLowerCase() : fold(text))
  const words = q.split(/\s+/).filter(Boolean)
  const found = spokenTermsIn(words, spell)
  if (found.length === 0) return q
  const asTyped = (text: string) => (marked ? tones(text) : fold(text))
  const results = await client.multiSearch(
    found.map(({ term }) => ({
      indexUid,
      q: `"${asTyped(term.words.join(' '))}"`,
      attributesToSearchOn: scope,
      filter,
      attributesToRetrieve: ['id'],
      limit: 1,
    })),
  )
  const replaced = [...words]
  found.forEach(({ at, term }, index) => {
    if ((results[index]?.hits.length ?? 0) > 0) return
    replaced.splice(at, term.words.length, spell(term.official), ...term.words.slice(1).map(() => ''))
  })
  return replaced.filter(Boolean).join(' ')
}
