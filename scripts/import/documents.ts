/** Dossier components and legal documents, from the text the portal shows for each. */
import { DOCUMENT_FIELDS, LEGAL_FIELDS, pickFields } from './fields.ts'
import { textOf } from './text.ts'

export type DocumentData = { name: string; originals?: number; copies?: number; required?: boolean }
export type LegalBasisData = { number: string; title?: string; date?: string }

const COUNT = String.raw`(?:\d+\s*bản\s*(?:chính|sao)|bản\s*(?:chính|sao)\s*:?\s*\d+)`
// "... - 1 bản chính", "... - Bản chính: 1 - Bản sao: 0", "... (01 bản chính, 01 bản sao)" at the end of a name.
const TRAILING_COUNT = new RegExp(String.raw`\s*(?:[-–:]\s*|\()(${COUNT}(?:\s*[-–,;]\s*${COUNT})*)\s*\)?\s*\.?$`, 'iu')

/** Originals and copies in a "Số lượng" text: `Bản chính: 1 - Bản sao: 0`, `1 bản chính`. */
export function parseCounts(text: string): { originals?: number; copies?: number } {
  const counts: { originals?: number; copies?: number } = {}
  const found = /(\d+)\s*bản\s*(chính|sao)|bản\s*(chính|sao)\s*:?\s*(\d+)/giu
  for (const match of text.matchAll(found)) {
    const kind = (match[2] ?? match[3] ?? '').toLowerCase()
    const amount = Number(match[1] ?? match[4])
    const key = kind === 'chính' ? 'originals' : 'copies'
    // Two different counts of one kind ("1 bản chính hoặc 2 bản chính") say nothing certain.
    if (counts[key] !== undefined && counts[key] !== amount) return {}
    counts[key] = amount
  }
  return counts
}

// The national records mark a document needed only in some cases inside its name: "(nếu có)", "(nếu ủy quyền)".
const CONDITIONAL = /(?:^|[\s(,;])nếu\s/iu

/** One dossier component from a line of text or an object with "Tên giấy tờ" and "Số lượng". */
export function parseDocument(item: unknown): DocumentData | undefined {
  let name: string | undefined
  let counts: { originals?: number; copies?: number } = {}
  if (typeof item === 'string') {
    name = textOf(item)
    const match = name ? TRAILING_COUNT.exec(name) : null
    if (name && match?.[1]) {
      counts = parseCounts(match[1])
      name = name.slice(0, match.index).trim()
    }
  } else if (item && typeof item === 'object') {
    const { values } = pickFields(item as Record<string, unknown>, DOCUMENT_FIELDS)
    name = textOf(values.name)
    const count = textOf(values.count)
    counts = count ? parseCounts(count) : {}
    const originals = Number(values.originals ?? Number.NaN)
    const copies = Number(values.copies ?? Number.NaN)
    if (Number.isInteger(originals)) counts.originals = originals
    if (Number.isInteger(copies)) counts.copies = copies
  }
  if (!name) return undefined
  return { name, ...counts, ...(CONDITIONAL.test(name) ? { required: false } : {}) }
}

/** A Vietnamese legal document number: 68/2020/QH14, 104/2022/NĐ-CP, 2304/QĐ-BNNMT. */
// The part after the last slash names the kind and issuer, so it has a capital letter: a date (09/6/2025) is no number.
const NUMBER = /(?<![\p{L}\d/])\d+(?:\/\d{4})?\/(?=\d*\p{Lu})[\p{Lu}\d]+(?:-[\p{Lu}\d]+)*(?![\p{L}\d/])/gu
const DATE = /ngày\s+(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})/iu

/** `ngày 09/6/2025` → 2025-06-09; an impossible date → undefined. */
export function parseDate(text: string): string | undefined {
  const match = DATE.exec(text) ?? /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text.trim())
  if (!match) return /^\d{4}-\d{2}-\d{2}$/.test(text.trim()) ? text.trim() : undefined
  const [day, month, year] = [Number(match[1]), Number(match[2]), Number(match[3])]
  const date = new Date(Date.UTC(year, month - 1, day))
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined
  return date.toISOString().slice(0, 10)
}

/** The one document number in a text, or undefined when there is none or several. */
export function documentNumber(text: string): string | undefined {
  const numbers = [...new Set(text.match(NUMBER) ?? [])]
  return numbers.length === 1 ? numbers[0] : undefined
}

/** `Luật Cư trú 68/2020/QH14` → number 68/2020/QH14, title Luật Cư trú; also `{ so_hieu, ten_van_ban }`. */
export function parseLegalBasis(item: unknown): LegalBasisData | undefined {
  if (item && typeof item === 'object') {
    const { values } = pickFields(item as Record<string, unknown>, LEGAL_FIELDS)
    const number = textOf(values.number)
    const date = textOf(values.date)
    const title = textOf(values.title)
    if (!number) return title ? parseLegalBasis(title) : undefined
    return { number, ...(title ? { title } : {}), ...(date && parseDate(date) ? { date: parseDate(date) } : {}) }
  }
  const text = textOf(item)
  const number = text ? documentNumber(text) : undefined
  if (!text || !number) return undefined
  const date = parseDate(text)
  const title = text
    .replace(number, ' ')
    .replace(DATE, ' ')
    .replace(/\s*(?:số|số hiệu)\s*$/iu, '')
    .replace(/\s+/g, ' ')
    .replace(/^[\s,;:–-]+|[\s,;:–-]+$/g, '')
  return { number, ...(title ? { title } : {}), ...(date ? { date } : {}) }
}

/** "Số quyết định": the number alone when the text adds its date (`2304/QĐ-BNNMT ngày 23/6/2025`). */
export function parseDecisionNumber(text: string): string {
  return documentNumber(text) ?? text
}
