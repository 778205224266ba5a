/**
 * Highlighted text as parts, never as HTML: Meilisearch's `_formatted` and Pagefind's excerpt
 * wrap matches in `<mark>`; everything else is rendered as text (React escapes it).
 */
export type Part = { text: string; mark: boolean }

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", '#x27': "'", apos: "'" }

/** Pagefind's excerpts are HTML-escaped; Meilisearch's are not (`decode` false). */
export function highlightParts(formatted: string, decode = false): Part[] {
  const parts: Part[] = []
  const text = (raw: string) =>
    decode ? raw.replace(/&(amp|lt|gt|quot|#39|#x27|apos);/g, (_, name) => ENTITIES[name] ?? '') : raw
  let mark = false
  for (const piece of formatted.split(/(<\/?mark>)/)) {
    if (piece === '<mark>') mark = true
    else if (piece === '</mark>') mark = false
    else if (piece) {
      const last = parts.at(-1)
      if (last && last.mark === mark) last.text += text(piece)
      else parts.push({ text: text(piece), mark })
    }
  }
  return parts
}
