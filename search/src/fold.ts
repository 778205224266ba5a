/**
 * Vietnamese text without its marks: "Đăng ký" -> "dang ky". Documents carry a folded
 * copy of their name and keywords so a query typed without diacritics (phones, foreign
 * keyboards) matches reliably, whatever Meilisearch's normalizer does for the language,
 * and the Pagefind fallback can read the same text (STACK-NOTES: Pagefind keeps đ).
 */
export function fold(text: string): string {
  return (
    text
      // NFD splits a letter from its tone and vowel marks (U+0300-U+036F); đ has no decomposition.
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/đ/g, 'd')
      .replace(/Đ/g, 'D')
      .toLowerCase()
      .replace(/\s+/g, ' ')
      .trim()
  )
}

/** A folded copy of a list, without the entries that were already plain ASCII (they add nothing). */
export function foldAll(texts: readonly string[]): string[] {
  const folded = texts.map(fold).filter((text, index) => text !== texts[index]?.toLowerCase().trim())
  return [...new Set(folded)]
}
