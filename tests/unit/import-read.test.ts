import { join } from 'node:path'
import { describe, expect, it } from 'vitest'

import { ImportFileError } from '../../scripts/import/errors.ts'
import { parseRecords, readRecordsFile } from '../../scripts/import/read.ts'

const fixtures = join(import.meta.dirname, '..', 'fixtures', 'import')

describe('reading an import file', () => {
  it('reads an array, { records }, and JSON Lines, numbering rows from 1', () => {
    const one = { ma_thu_tuc: '1.001193' }
    const two = { ma_thu_tuc: '1.004222' }
    expect(parseRecords(JSON.stringify([one, two]), 'a.json')).toEqual({
      file: 'a.json',
      format: 'json',
      records: [
        { row: 1, fields: one },
        { row: 2, fields: two },
      ],
    })
    expect(parseRecords(JSON.stringify({ records: [one] }), 'b.json').records).toEqual([{ row: 1, fields: one }])
    const lines = `${JSON.stringify(one)}\n\n${JSON.stringify(two)}\n`
    expect(parseRecords(lines, 'c.jsonl').records).toEqual([
      { row: 1, fields: one },
      { row: 3, fields: two },
    ])
    expect(parseRecords(lines, 'd.json').format).toBe('jsonl')
  })

  it('reads CSV with Vietnamese labels; rows are numbered as a spreadsheet shows them', () => {
    const csv = 'Mã thủ tục,Tên thủ tục,Lĩnh vực\n1.004222,Đăng ký thường trú,"Đăng ký, quản lý cư trú"\n'
    expect(parseRecords(csv, 'e.csv')).toEqual({
      file: 'e.csv',
      format: 'csv',
      records: [
        {
          row: 2,
          fields: {
            'Mã thủ tục': '1.004222',
            'Tên thủ tục': 'Đăng ký thường trú',
            'Lĩnh vực': 'Đăng ký, quản lý cư trú',
          },
        },
      ],
    })
  })

  it('reads the sample files alike', () => {
    const json = readRecordsFile(join(fixtures, 'valid.json'))
    const csv = readRecordsFile(join(fixtures, 'valid.csv'))
    expect(json.records).toHaveLength(4)
    expect(csv.records.map((r) => r.row)).toEqual([2, 3, 4, 5])
    expect(csv.records.map((r) => (r.fields as Record<string, string>)['Mã thủ tục'])).toEqual(
      json.records.map((r) => (r.fields as Record<string, string>).ma_thu_tuc),
    )
  })

  it.each([
    ['[{"ma_thu_tuc": "1.001193",]', 'x.json', /^x\.json is not valid JSON \(.+\): expected an array of records/],
    ['{"procedures": []}', 'x.json', /^x\.json holds no list of records/],
    ['[]', 'x.json', /^x\.json has no records/],
    ['{"a":1}\n{oops\n', 'x.jsonl', /^x\.jsonl line 2 is not valid JSON/],
    ['Tên thủ tục;Lĩnh vực\nA;B\n', 'x.csv', /^x\.csv has no "Mã thủ tục" column: start the file with a header row/],
    ['ma_thu_tuc,ten\n1.001193,"open\n', 'x.csv', /^x\.csv is not valid CSV at line 2: a quoted field is never closed/],
    ['ma_thu_tuc,ten\n1.001193,a,b\n', 'x.csv', /^x\.csv row 2 has 3 fields but the header has 2/],
  ])('refuses %j with one line that says what to do', (text, file, message) => {
    expect(() => parseRecords(text, file)).toThrow(ImportFileError)
    expect(() => parseRecords(text, file)).toThrow(message)
  })

  it('says so when the file is missing', () => {
    expect(() => readRecordsFile('/nonexistent/file.json')).toThrow(
      '/nonexistent/file.json does not exist: check the path of the file to import',
    )
  })
})
