import { describe, expect, it } from 'vitest'

import { detectDelimiter, parseCsv } from '../../scripts/import/csv.ts'
import { CsvSyntaxError } from '../../scripts/import/errors.ts'

describe('parseCsv', () => {
  it('splits plain fields and rows, CRLF or LF, and skips blank lines', () => {
    expect(parseCsv('a,b,c\r\n1,2,3\n\n4,5,6\n')).toEqual([
      ['a', 'b', 'c'],
      ['1', '2', '3'],
      ['4', '5', '6'],
    ])
  })

  it('keeps commas, line breaks and doubled quotes inside quoted fields', () => {
    const text = 'code,sector,note\n1.004222,"Đăng ký, quản lý cư trú","Bước 1: nộp\r\nBước 2: nhận ""kết quả"""\n'
    expect(parseCsv(text)).toEqual([
      ['code', 'sector', 'note'],
      ['1.004222', 'Đăng ký, quản lý cư trú', 'Bước 1: nộp\r\nBước 2: nhận "kết quả"'],
    ])
  })

  it('keeps empty fields, quoted or not, and a last line without a line break', () => {
    expect(parseCsv('a,,"",b\n,"x",')).toEqual([
      ['a', '', '', 'b'],
      ['', 'x', ''],
    ])
  })

  it('drops a byte order mark and keeps a stray quote inside an unquoted field', () => {
    expect(parseCsv('\uFEFFname,size\nTờ khai "A",5"\n')).toEqual([
      ['name', 'size'],
      ['Tờ khai "A"', '5"'],
    ])
  })

  it('refuses a quoted field that is never closed, naming the line where it opens', () => {
    const broken = 'a,b\n1,2\n3,"never closed\n4,5\n'
    expect(() => parseCsv(broken)).toThrow(CsvSyntaxError)
    expect(() => parseCsv(broken)).toThrow('line 3: a quoted field is never closed')
  })

  it('refuses text after a closing quote', () => {
    expect(() => parseCsv('a\n"x"y\n')).toThrow('line 2: unexpected "y" after a closing quote')
  })

  it('reads semicolon- and tab-separated files (Excel in a Vietnamese locale writes ;)', () => {
    expect(detectDelimiter('Mã thủ tục;Tên thủ tục;"Lĩnh vực, phụ"\n1,5;2')).toBe(';')
    expect(detectDelimiter('a\tb\tc')).toBe('\t')
    expect(detectDelimiter('"a;b;c",d')).toBe(',')
    expect(parseCsv('a;b\n"1;2";3\n')).toEqual([
      ['a', 'b'],
      ['1;2', '3'],
    ])
  })
})
