/**
 * CSV as RFC 4180 describes it and spreadsheets write it: a field is quoted when it holds the
 * delimiter, a line break or a quote (written twice). No CSV package is installed and the format
 * is small, so it is parsed here, strictly where a mistake would silently shift rows: a quote that
 * is never closed, or text after a closing quote, is an error naming the line.
 */
import { CsvSyntaxError } from './errors.ts'

const DELIMITERS = [',', ';', '\t'] as const
export type Delimiter = (typeof DELIMITERS)[number]

/**
 * The delimiter of the header line (outside quotes): Excel in a Vietnamese locale writes `;`,
 * because `,` is the decimal separator there.
 */
export function detectDelimiter(text: string): Delimiter {
  const counts = new Map<Delimiter, number>(DELIMITERS.map((d) => [d, 0]))
  let quoted = false
  for (const c of text) {
    if (c === '"') quoted = !quoted
    else if (!quoted && (c === '\n' || c === '\r')) break
    else if (!quoted && counts.has(c as Delimiter)) counts.set(c as Delimiter, (counts.get(c as Delimiter) ?? 0) + 1)
  }
  let best: Delimiter = ','
  for (const d of DELIMITERS) if ((counts.get(d) ?? 0) > (counts.get(best) ?? 0)) best = d
  return best
}

/** Rows of fields; blank lines are skipped, a UTF-8 byte order mark is dropped. */
export function parseCsv(input: string, delimiter: Delimiter = detectDelimiter(input)): string[][] {
  const text = input.startsWith('\uFEFF') ? input.slice(1) : input
  const rows: string[][] = []
  let row: string[] = []
  let field = ''
  let quotedFrom = 0 // line where the open quote started; 0 when outside quotes
  let closed = false // just after a closing quote: only a delimiter or a line end may follow
  let line = 1

  const endField = () => {
    row.push(field)
    field = ''
    closed = false
  }
  const endRow = () => {
    endField()
    if (row.length > 1 || row[0] !== '') rows.push(row)
    row = []
  }

  for (let i = 0; i < text.length; i++) {
    const c = text[i] as string
    if (quotedFrom > 0) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"'
        i++
      } else if (c === '"') {
        quotedFrom = 0
        closed = true
      } else {
        if (c === '\n' || (c === '\r' && text[i + 1] !== '\n')) line++
        field += c
      }
    } else if (c === delimiter) {
      endField()
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++
      endRow()
      line++
    } else if (closed) {
      throw new CsvSyntaxError(line, `unexpected ${JSON.stringify(c)} after a closing quote`)
    } else if (c === '"' && field === '') {
      quotedFrom = line
    } else {
      // A quote inside an unquoted field (5" or 'Mẫu "A"' typed by hand) is kept as text.
      field += c
    }
  }
  if (quotedFrom > 0) throw new CsvSyntaxError(quotedFrom, 'a quoted field is never closed')
  if (field !== '' || row.length > 0 || closed) endRow()
  return rows
}
