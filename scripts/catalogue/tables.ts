/**
 * The national catalogue's tables, split back into rows. The capture flattened each table to
 * text with the cells run together ("Hình thức nộpThời gianPhí, lệ phíMô tảTrực tuyến1Miễn phí");
 * the header words and the channel names are fixed, so rows can be found again
 * (shared/reference/national_catalogue/README.md). What cannot be split for sure is returned
 * as `rest` for the caller to flag, never guessed.
 */
import { type Channel, parseChannel, parseFee, type TimeUnit } from '../import/values.ts'

/** "Không có thông tin" is how the portal shows an empty field. */
export const NO_INFO = 'Không có thông tin'

/** Trimmed text, or undefined when it is empty or says the portal had nothing. */
export function given(value: string | undefined | null): string | undefined {
  const text = (value ?? '').replace(/\u00a0/g, ' ').trim()
  return text === '' || text === NO_INFO || text === '--' ? undefined : text
}

export type MethodRow = {
  channel: Channel
  time?: { amount: number; unit: TimeUnit }
  /** The time was a bare number: the capture lost its unit. */
  unitLost?: boolean
  fee?: { amount?: number; text: string }
  description?: string
}

const METHOD_HEADER = 'Hình thức nộpThời gianPhí, lệ phíMô tả'
// A row starts with a channel directly followed by its time cell (a number) or an empty cell.
const ROW_START = new RegExp(`(Trực tiếp|Trực tuyến|Dịch vụ bưu chính)(?=\\d|${NO_INFO})`, 'gu')
const UNITS: [string, TimeUnit][] = [
  ['ngày làm việc', 'working-days'],
  ['giờ làm việc', 'hours'],
  ['ngày', 'days'],
  ['giờ', 'hours'],
  ['tháng', 'months'],
]
const TIME = /^(\d+(?:[.,]\d+)?)\s*(Ngày làm việc|Giờ làm việc|Ngày|Giờ|Tháng)?/iu
// What may follow a time cell: the fee cell's usual openings. A digit, `.` or a currency means it was a fee.
const AFTER_BARE_NUMBER = new RegExp(`^(?:Miễn phí|${NO_INFO}|Phí|Lệ phí|$)`, 'u')
const FEE_ITEMS = /^(?:(?:Lệ phí|Phí)[^:]{0,80}?:\s*)?[\d.,]+\s*(?:Đồng|VNĐ|đồng)(?:\([^()]*(?:\([^()]*\)[^()]*)*\))?/u

function cutTime(text: string): { time?: MethodRow['time']; unitLost?: boolean; rest: string } | undefined {
  if (text.startsWith(NO_INFO)) return { rest: text.slice(NO_INFO.length) }
  const match = TIME.exec(text)
  if (!match?.[1]) return { rest: text }
  const amount = Number(match[1].replace(',', '.'))
  const rest = text.slice(match[0].length)
  if (match[2]) {
    const unit = UNITS.find(([label]) => label === match[2]?.toLowerCase())?.[1]
    return unit && amount > 0 ? { time: { amount, unit }, rest } : undefined
  }
  // A number followed by a currency is the fee of a row without a time.
  if (/^\s*(?:VNĐ|Đồng|đồng)/u.test(rest)) return { rest: text }
  if (!AFTER_BARE_NUMBER.test(rest.trimStart()) || !(amount > 0)) return undefined
  return { time: { amount, unit: 'unknown' }, unitLost: true, rest }
}

function cutFee(text: string): { fee?: MethodRow['fee']; rest: string } {
  if (text.startsWith(NO_INFO)) return { rest: text.slice(NO_INFO.length) }
  if (text.startsWith('Miễn phí')) return { fee: { amount: 0, text: 'Miễn phí' }, rest: text.slice('Miễn phí'.length) }
  let rest = text
  const items: string[] = []
  for (let match = FEE_ITEMS.exec(rest); match; match = FEE_ITEMS.exec(rest)) {
    items.push(match[0].trim())
    rest = rest.slice(match[0].length)
  }
  if (items.length === 0) return { rest: text }
  const joined = items.join('\n')
  const amount =
    items.length === 1 ? parseFee(items[0]?.replace(/\(.*$/su, '').replace('VNĐ', 'đồng') ?? '') : undefined
  return { fee: { ...(amount !== undefined ? { amount } : {}), text: joined }, rest }
}

/** Rows of "Cách thức thực hiện"; `rest` holds what could not be read as rows. */
export function splitMethods(raw: string): { rows: MethodRow[]; rest?: string } {
  const text = given(raw)
  if (!text) return { rows: [] }
  const body = text.startsWith(METHOD_HEADER) ? text.slice(METHOD_HEADER.length) : text
  const starts = [...body.matchAll(ROW_START)]
  if (starts.length === 0 || starts[0]?.index !== 0) return { rows: [], rest: body }
  const rows: MethodRow[] = []
  for (const [i, start] of starts.entries()) {
    const end = starts[i + 1]?.index ?? body.length
    const cells = body.slice((start.index ?? 0) + (start[1]?.length ?? 0), end)
    const channel = parseChannel(start[1] ?? '')
    const time = cutTime(cells)
    if (!channel || !time) return { rows, rest: body.slice(start.index) }
    const fee = cutFee(time.rest)
    const description = given(fee.rest)
    rows.push({
      channel,
      ...(time.time ? { time: time.time } : {}),
      ...(time.unitLost ? { unitLost: true } : {}),
      ...(fee.fee ? { fee: fee.fee } : {}),
      ...(description ? { description } : {}),
    })
  }
  return { rows }
}

export type DocumentRow = { name: string; originals?: number; copies?: number; form?: string; case?: string }

const DOC_HEADER = 'Tên giấy tờMẫu đơn, tờ khaiSố lượng'
const COUNT = /(\d+) bản chính(?:,\s*(\d+) bản sao)?|(\d+) bản sao/gu
// A template's file name glued to the document's name, after a clear end of the name (; . : or a closing bracket).
const FORM_FILE = /^(.*[;.:)])\s*([^;:]*?\.(?:docx?|pdf|xlsx?|rtf|odt|zip))$/iu
const FILE_AT_END = /\.(?:docx?|pdf|xlsx?|rtf|odt|zip)$/iu

/**
 * Rows of "Thành phần hồ sơ", grouped by case: each header is preceded by the case's name
 * ("--" for none). A row ends with its count ("1 bản chính", "0 bản chính,1 bản sao").
 */
export function splitDocuments(raw: string): { rows: DocumentRow[]; rest?: string; unsplitForms: number } {
  const text = given(raw)
  if (!text) return { rows: [], unsplitForms: 0 }
  const parts = text.split(DOC_HEADER)
  const rows: DocumentRow[] = []
  let unsplitForms = 0
  const leftovers: string[] = []
  // parts[0] is the first case's name; each later part holds rows, then the next case's name.
  let caseName = given(parts[0]?.replace(/^--$/, ''))
  for (let p = 1; p < parts.length; p++) {
    const part = parts[p] ?? ''
    let last = 0
    for (const match of part.matchAll(COUNT)) {
      const name = part.slice(last, match.index).trim()
      last = (match.index ?? 0) + match[0].length
      if (!name) continue
      const originals = match[1] !== undefined ? Number(match[1]) : match[3] !== undefined ? 0 : undefined
      const copies = match[2] !== undefined ? Number(match[2]) : match[3] !== undefined ? Number(match[3]) : undefined
      const form = FORM_FILE.exec(name)
      if (!form && FILE_AT_END.test(name)) unsplitForms++
      rows.push({
        name: (form?.[1] ?? name).trim(),
        ...(form?.[2] ? { form: form[2].trim() } : {}),
        ...(originals !== undefined ? { originals } : {}),
        ...(copies !== undefined ? { copies } : {}),
        ...(caseName ? { case: caseName } : {}),
      })
    }
    const tail = part.slice(last).trim()
    // The tail before the next header is the next case's name; after the last header it is unread text.
    if (p < parts.length - 1) caseName = given(tail.replace(/^--$/, ''))
    else if (given(tail)) leftovers.push(tail)
  }
  if (parts.length === 1) leftovers.push(text)
  return { rows, unsplitForms, ...(leftovers.length > 0 ? { rest: leftovers.join(' … ') } : {}) }
}

export type LegalRow = { number: string; title?: string }

const LEGAL_HEADER = 'Tên văn bản pháp lýMã văn bản'
// 68/2020/QH14, 104/2022/NĐ-CP, 72/2011/TTLT-BTC-BGTVT, 17/2023/QĐ-TTg, 1023/2020/UBTVQH14, QĐ/0001-BCA.
const NUMBER =
  /\d{1,5}\/(?:\d{4}\/)?[A-ZĐ]+(?:\d{2})?(?:-[A-ZĐ][A-Za-zĐ]*(?:\d{2})?)*|[A-ZĐ]+\/\d{1,5}-[A-ZĐ][A-Za-zĐ]*/gu

/**
 * Rows of "Căn cứ pháp lý": a title then the document's number, run together. A number ends
 * a row when the next character is glued to it (no space, no punctuation): the next title.
 */
export function splitLegalBasis(raw: string): { rows: LegalRow[]; rest?: string } {
  const text = given(raw)
  if (!text) return { rows: [] }
  const body = text.startsWith(LEGAL_HEADER) ? text.slice(LEGAL_HEADER.length) : text
  const rows: LegalRow[] = []
  let last = 0
  for (const match of body.matchAll(NUMBER)) {
    const end = (match.index ?? 0) + match[0].length
    const next = body[end]
    if (next !== undefined && /[\s,.;:)–-]/u.test(next)) continue
    const title = body.slice(last, match.index).trim()
    const previous = rows.at(-1)
    // "Luật 54/2014/QH13" + "54/2014/QH13": the title held the number and the code cell repeats it.
    if (!title && previous && previous.number === match[0]) {
      previous.title = `${previous.title ? `${previous.title} ` : ''}${previous.number}`.trim()
    } else {
      rows.push({ number: match[0], ...(title ? { title } : {}) })
    }
    last = end
  }
  const rest = body.slice(last).trim()
  return { rows, ...(rest ? { rest } : {}) }
}

/** Where the portal's page furniture starts at the end of "Kết quả xử lý". */
const FURNITURE = /Chọn cơ quan thực hiện[\s\S]*$/u

/** "Kết quả xử lý": result names (each with its "Mã:" code), keywords and description; furniture cut. */
export function splitResults(raw: string): { results: string[]; keywords: string[]; description?: string } {
  const text = (given(raw) ?? '').replace(FURNITURE, '')
  const [head = '', afterKeywords = ''] = text.split(/Từ khóa/u)
  const [keywordText = '', description = ''] = afterKeywords.split(/Mô tả/u)
  const results = head
    .split(/Mã:\s*[A-Z0-9.-]+/u)
    .map((name) => name.trim())
    .filter((name) => name !== '')
  const keywords = (given(keywordText) ?? '')
    .split(/\s*[,;]\s*/)
    .map((word) => word.trim())
    .filter(Boolean)
  const note = given(description)
  return { results, keywords, ...(note ? { description: note } : {}) }
}

/** Names in a comma-separated cell, commas inside brackets kept ("Tổ chức (không bao gồm doanh nghiệp, HTX)"). */
export function splitNames(raw: string): string[] {
  const text = given(raw)
  if (!text) return []
  const names: string[] = []
  let depth = 0
  let current = ''
  for (const char of text) {
    if (char === '(') depth++
    if (char === ')') depth = Math.max(0, depth - 1)
    if (char === ',' && depth === 0) {
      names.push(current)
      current = ''
    } else current += char
  }
  names.push(current)
  return names.map((name) => name.trim()).filter(Boolean)
}

/** "Cấp bộ, Cấp tỉnh" → its parts; "Thủ tục hành chính liên quan" table → names. */
export function splitRelated(raw: string): string[] {
  const text = given(raw)
  if (!text) return []
  const body = text.replace(/^#Tên thủ tục/u, '')
  return body
    .split(/(?:^|(?<=\D))\d+(?=\p{Lu})/u)
    .map((name) => name.trim())
    .filter(Boolean)
}
