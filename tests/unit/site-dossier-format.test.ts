import { describe, expect, it } from 'vitest'

import { formatBytes, formatDate, formatDateTime, percent } from '../../site/src/islands/dossier/format.ts'
import { qrOf, qrPath } from '../../site/src/islands/dossier/qr.ts'
import { fileProblem } from '../../site/src/islands/dossier/upload.ts'

describe('dossier dates, sizes and upload progress', () => {
  it('formats a due date as a calendar day, never shifted by a time zone', () => {
    expect(formatDate('2025-09-12', 'en')).toBe('12 September 2025')
    expect(formatDate('2025-09-12', 'vi')).toMatch(/12 tháng 9,? 2025/)
  })

  it('formats an instant in Vietnam’s time, naming the zone', () => {
    expect(formatDateTime('2025-09-12T01:30:00Z', 'en')).toMatch(/12\/09\/2025.*08:30.*GMT\+7/)
  })

  it('leaves an unreadable date as it came', () => {
    expect(formatDate('soon', 'en')).toBe('soon')
  })

  it('gives whole percentages from 0 to 100', () => {
    expect(percent(0, 100)).toBe(0)
    expect(percent(333, 1000)).toBe(33)
    expect(percent(1000, 1000)).toBe(100)
    expect(percent(1200, 1000)).toBe(100)
    expect(percent(10, 0)).toBe(0)
  })

  it('gives sizes in decimal units', () => {
    expect(formatBytes(10_000_000, 'en')).toBe('10 MB')
    expect(formatBytes(1_500_000, 'vi')).toBe('1,5 MB')
    expect(formatBytes(820_000, 'en')).toBe('820 kB')
  })

  it('refuses files of other types or over the limit before sending them', () => {
    expect(fileProblem({ type: 'application/pdf', size: 10 }, 100)).toBeNull()
    expect(fileProblem({ type: 'image/gif', size: 10 }, 100)).toBe('wrongType')
    expect(fileProblem({ type: 'image/png', size: 101 }, 100)).toBe('tooBig')
    expect(fileProblem({ type: 'image/png', size: 101 }, 0)).toBeNull()
  })
})

describe('the receipt’s QR code', () => {
  it('draws each dark module as a unit square inside a four-module quiet zone', () => {
    expect(
      qrPath([
        [true, false],
        [false, true],
      ]),
    ).toEqual({ size: 10, path: 'M4 4h1v1h-1zM5 5h1v1h-1z' })
  })

  it('encodes a verify URL as a square QR code with its three finder patterns', () => {
    const qr = qrOf('https://dichvucong.example.gov.vn/xac-minh-bien-nhan#eyJhbGciOiJFUzI1NiJ9.e30.c2ln')
    expect(qr.size).toBeGreaterThanOrEqual(21 + 8)
    // The top-left finder's first row: seven dark modules from (4, 4).
    expect(
      qr.path.startsWith('M4 4h1v1h-1zM5 4h1v1h-1zM6 4h1v1h-1zM7 4h1v1h-1zM8 4h1v1h-1zM9 4h1v1h-1zM10 4h1v1h-1z'),
    ).toBe(true)
  })
})
