/**
 * Vietnamese words with their marks kept, as plain ASCII (the Telex typing convention:
 * "vắng" -> "vawngs", "đăng ký" -> "ddawng kys"). Meilisearch folds every mark away before
 * matching (STACK-NOTES, Search), so tone-distinct words collapse: "tạm vắng" (temporarily
 * absent) also matched "tâm", "tám" and "vàng", "khai tử" (death) matched every "từ" (from),
 * and such procedures filled the top 3 of queries that have a right answer (issue 10, item 4).
 * A copy of what a procedure is called, in this spelling, lets a query typed with marks be
 * matched as typed first (query.ts).
 *
 * Every word ends in its tone letter, the level tone included ('z', Telex's "no tone"):
 * Meilisearch matches the last word of a query as a prefix, and "hôn" spelled "hoon" was a
 * prefix of "hoongf" (hồng), so "đăng ký kết hôn" found every "sổ hồng". Spelled "hoonz", a
 * word is the prefix of no other word.
 */

/** Tone marks (combining, after NFD) and the Telex letter written at the end of the syllable. */
const TONE: Readonly<Record<string, string>> = {
  '\u0301': 's', // sắc
  '\u0300': 'f', // huyền
  '\u0309': 'r', // hỏi
  '\u0303': 'x', // ngã
  '\u0323': 'j', // nặng
}

/** Telex's letter for the level tone (no mark): written too, so no word is a prefix of another. */
const LEVEL = 'z'

/** Vowel marks: circumflex doubles the vowel (â -> aa), breve and horn add a w (ă -> aw, ơ -> ow). */
const VOWEL_MARK = { circumflex: '\u0302', breve: '\u0306', horn: '\u031b' } as const

/** One word in Telex; characters other than letters and marks pass through. */
function word(text: string): string {
  let out = ''
  let tone = LEVEL
  for (const char of text.normalize('NFD')) {
    if (TONE[char]) tone = TONE[char]
    else if (char === VOWEL_MARK.circumflex) out += out.at(-1) ?? ''
    else if (char === VOWEL_MARK.breve || char === VOWEL_MARK.horn) out += 'w'
    else if (char === 'đ') out += 'dd'
    else if (/\p{M}/u.test(char)) continue
    else out += char
  }
  return out + tone
}

/** Text in Telex, lower-case: each run of letters becomes one word, punctuation and spaces stay between them. */
export function tones(text: string): string {
  return text
    .normalize('NFD')
    .toLowerCase()
    .replace(/[\p{L}\p{M}]+/gu, word)
    .replace(/\s+/g, ' ')
    .trim()
}

/** Whether text carries any Vietnamese mark (its Telex spelling differs from its plain letters). */
export function hasMarks(text: string): boolean {
  return /[\u0300-\u036f]|đ/iu.test(text.normalize('NFD'))
}
