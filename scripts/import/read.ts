/**
 * Records from an import file: JSON (an array of records, or `{ "records": [...] }`), JSON Lines
 * (one record per line) or CSV (a header row of Vietnamese labels or schema keys).
 */
import { readFileSync } from 'node:fs'
import { basename, extname } from 'node:path'

import { parseCsv } from './csv.ts'
import { CsvSyntaxError, ImportFileError } from './errors.ts'
import { foldKey, RECORD_FIELDS } from './fields.ts'

/** One record and where it was in the file: the array position (JSON), line (JSON Lines) or sheet row (CSV). */
export type SourceRecord = { row: number; fields: unknown }
export type FileFormat = 'json' | 'jsonl' | 'csv'
export type RecordsFile = { file: string; format: FileFormat; records: SourceRecord[] }

const SHAPES = 'an array of records, { "records": [...] }, one record per line (JSON Lines) or CSV with a header row'

export function readRecordsFile(path: string): RecordsFile {
  const file = basename(path)
  let text: string
  try {
    text = readFileSync(path, 'utf8')
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'does not exist' : 'cannot be read'
    throw new ImportFileError(path, reason, { hint: 'check the path of the file to import', cause: error })
  }
  return parseRecords(text, file)
}

/** The format follows the extension; any other name is sniffed: `[` or `{` first means JSON. */
export function parseRecords(input: string, file: string): RecordsFile {
  const text = input.startsWith('\uFEFF') ? input.slice(1) : input
  const ext = extname(file).toLowerCase()
  const format: FileFormat =
    ext === '.jsonl' || ext === '.ndjson'
      ? 'jsonl'
      : ext === '.json' || (ext !== '.csv' && /^\s*[[{]/.test(text))
        ? 'json'
        : 'csv'
  const records = format === 'csv' ? fromCsv(text, file) : fromJson(text, file, format)
  if (records.list.length === 0) throw new ImportFileError(file, 'has no records', { hint: `expected ${SHAPES}` })
  return { file, format: records.format, records: records.list }
}

type Parsed = { format: FileFormat; list: SourceRecord[] }
const parsed = (format: FileFormat, list: SourceRecord[]): Parsed => ({ format, list })

function fromJson(text: string, file: string, format: FileFormat): Parsed {
  if (format === 'jsonl') return fromJsonLines(text, file)
  let data: unknown
  try {
    data = JSON.parse(text)
  } catch (error) {
    // Several objects one per line also parse as JSON Lines when the name says .json.
    const lines = text.split(/\r?\n/).filter((line) => line.trim() !== '')
    if (lines.length > 1 && lines.every((line) => /^\s*\{/.test(line))) return fromJsonLines(text, file)
    throw new ImportFileError(file, `is not valid JSON (${(error as Error).message})`, {
      hint: `expected ${SHAPES}`,
      cause: error,
    })
  }
  const list = Array.isArray(data)
    ? data
    : data && typeof data === 'object' && Array.isArray((data as { records?: unknown }).records)
      ? (data as { records: unknown[] }).records
      : undefined
  if (!list) throw new ImportFileError(file, 'holds no list of records', { hint: `expected ${SHAPES}` })
  return parsed(
    'json',
    list.map((fields, i) => ({ row: i + 1, fields })),
  )
}

function fromJsonLines(text: string, file: string): Parsed {
  const list: SourceRecord[] = []
  text.split(/\r?\n/).forEach((line, i) => {
    if (line.trim() === '') return
    try {
      list.push({ row: i + 1, fields: JSON.parse(line) })
    } catch (error) {
      throw new ImportFileError(file, `line ${i + 1} is not valid JSON (${(error as Error).message})`, {
        hint: 'write one JSON record per line',
        cause: error,
      })
    }
  })
  return parsed('jsonl', list)
}

function fromCsv(text: string, file: string): Parsed {
  let rows: string[][]
  try {
    rows = parseCsv(text)
  } catch (error) {
    if (!(error instanceof CsvSyntaxError)) throw error
    throw new ImportFileError(file, `is not valid CSV at ${error.message}`, {
      hint: 'quote fields that hold commas, quotes or line breaks, and write a quote inside them as ""',
      cause: error,
    })
  }
  const [header = [], ...body] = rows
  const names = header.map((name) => name.trim())
  // Without a code column the delimiter or the header is wrong: every row would be rejected alike.
  const codeKeys = [...RECORD_FIELDS.code.keys, foldKey(RECORD_FIELDS.code.label)] as string[]
  if (!names.some((name) => codeKeys.includes(foldKey(name)))) {
    throw new ImportFileError(file, `has no "${RECORD_FIELDS.code.label}" column`, {
      hint: `start the file with a header row, e.g. "${RECORD_FIELDS.code.label},Tên thủ tục,..." or "ma_thu_tuc,ten_thu_tuc,..."`,
    })
  }
  const list = body.map((cells, i) => {
    const row = i + 2 // the row number a spreadsheet shows: the header is row 1
    if (cells.length > names.length && cells.slice(names.length).some((cell) => cell.trim() !== '')) {
      throw new ImportFileError(file, `row ${row} has ${cells.length} fields but the header has ${names.length}`, {
        hint: 'quote fields that hold the delimiter',
      })
    }
    return { row, fields: Object.fromEntries(names.map((name, j) => [name, cells[j] ?? ''])) }
  })
  return parsed('csv', list)
}
