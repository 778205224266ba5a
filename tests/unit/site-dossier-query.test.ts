import { describe, expect, it } from 'vitest'
import { receiptFrom } from '../../site/src/islands/dossier/receipt-text.ts'
import { readQuery, switchQuery, writeQuery } from '../../site/src/lib/dossier-query.ts'
import { routes } from '../../site/src/lib/routes.ts'

describe('the dossier pages’ query', () => {
  it('reads ?ma=&secret= in Vietnamese and ?code=&secret= in English', () => {
    expect(readQuery('?ma=h01-250912-0001&secret=s3cr3t', 'vi')).toEqual({
      code: 'H01-250912-0001',
      secret: 's3cr3t',
      procedure: '',
    })
    expect(readQuery('?code=H01-250912-0001&secret=x', 'en').code).toBe('H01-250912-0001')
    expect(readQuery('?procedure=1.001193', 'en').procedure).toBe('1.001193')
    expect(readQuery('?thu-tuc=1.001193', 'vi').procedure).toBe('1.001193')
  })

  it('reads the other language’s names too, and trims spaces from a code copied off paper', () => {
    expect(readQuery('?ma=H01 - 250912 - 0001', 'en').code).toBe('H01-250912-0001')
    expect(readQuery('?thu-tuc=1.001193', 'en').procedure).toBe('1.001193')
    expect(readQuery('', 'vi')).toEqual({ code: '', secret: '', procedure: '' })
  })

  it('writes the page’s names and carries them over to the other language', () => {
    expect(writeQuery({ code: 'H01-250912-0001' }, 'vi')).toBe('?ma=H01-250912-0001')
    expect(writeQuery({}, 'en')).toBe('')
    expect(switchQuery('?thu-tuc=1.001193', 'vi', 'en')).toBe('?procedure=1.001193')
  })

  it('declares the dossier URLs in both languages', () => {
    expect(routes.submit('1.001193', 'vi')).toBe('/nop-ho-so?thu-tuc=1.001193')
    expect(routes.submit('1.001193', 'en')).toBe('/en/submit?procedure=1.001193')
    expect(routes.track('vi')).toBe('/tra-cuu-ho-so')
    expect(routes.myDossiers('en', 'H01-250912-0001')).toBe('/en/my-dossiers?code=H01-250912-0001')
    expect(routes.verify('vi')).toBe('/xac-minh-bien-nhan')
    expect(routes.verify('en')).toBe('/en/verify-receipt')
  })

  it('finds the receipt in a fragment, a pasted URL or a printout with line breaks', () => {
    const jws = 'eyJhbGciOiJFUzI1NiJ9.eyJzdWIiOiJIMDEifQ.c2lnbmF0dXJl'
    expect(receiptFrom(`#${jws}`)).toBe(jws)
    expect(receiptFrom(`https://dvc.example/xac-minh-bien-nhan#${jws}`)).toBe(jws)
    expect(receiptFrom(` ${jws.slice(0, 20)}\n${jws.slice(20)} `)).toBe(jws)
    expect(receiptFrom('not a receipt')).toBe('')
    expect(receiptFrom('')).toBe('')
  })
})
