import { describe, expect, it } from 'vitest'
import { isNationality, nationalityName, nationalityOptions } from '../../cms/src/sso/accounts/nationality.ts'
import { checkPassport } from '../../cms/src/sso/accounts/passport.ts'
import { checkTaxCode, taxCheckDigit } from '../../cms/src/sso/accounts/tax-code.ts'

describe('enterprise / tax code check digit', () => {
  // Real, public codes of listed companies (shared/reference/identifiers.json).
  it.each([
    ['0100109106', 'Viettel'],
    ['0300588569', 'Vinamilk'],
    ['0101248141', 'FPT'],
  ])('accepts %s (%s)', (code) => {
    expect(checkTaxCode(code)).toMatchObject({ ok: true, code, parent: code, branch: null })
  })

  it.each([
    ['0100109106-001', { ok: true, parent: '0100109106', branch: '001' }],
    ['0100 109 106', { ok: true, code: '0100109106' }],
    ['0100109107', { ok: false, problem: 'check_digit' }],
    ['0100109105-001', { ok: false, problem: 'check_digit' }],
    ['010010910', { ok: false, problem: 'format' }],
    ['0100109106-01', { ok: false, problem: 'format' }],
    ['01001091O6', { ok: false, problem: 'format' }],
  ])('%s → %o', (code, expected) => {
    expect(checkTaxCode(code)).toMatchObject(expected)
  })

  it('refuses a code whose weighted sum leaves no remainder (a check digit of 10 is never issued)', () => {
    // Found by search rather than written down: the first nine digits whose weighted sum is 0 mod 11.
    let first9 = ''
    for (let n = 0; n < 1000 && !first9; n++) {
      const candidate = String(n).padStart(9, '0')
      if (taxCheckDigit(candidate) === null) first9 = candidate
    }
    expect(first9).not.toBe('')
    for (let digit = 0; digit <= 9; digit++) expect(checkTaxCode(`${first9}${digit}`).ok).toBe(false)
  })
})

describe('foreigner: passport and nationality (ISO 3166-1 alpha-3, as in the MRZ)', () => {
  it.each([
    ['M12345678', 'KOR', { ok: true, passportNumber: 'M12345678', nationality: 'KOR' }],
    ['c 0123456', 'deu', { ok: true, passportNumber: 'C0123456', nationality: 'DEU' }],
    ['12345', 'FRA', { ok: false, problems: ['passport_format'] }],
    ['AB1234567X', 'FRA', { ok: false, problems: ['passport_format'] }],
    ['B1234567', 'VNM', { ok: false, problems: ['nationality_vietnamese'] }],
    ['B1234567', 'XQX', { ok: false, problems: ['nationality_unknown'] }],
    ['B1234567', 'KR', { ok: false, problems: ['nationality_unknown'] }],
    ['B12', 'ZZZ', { ok: false, problems: ['passport_format', 'nationality_unknown'] }],
  ])('%s / %s → %o', (passport, nationality, expected) => {
    expect(checkPassport(passport, nationality)).toEqual(expected)
  })

  it('knows assigned alpha-3 codes and no others', () => {
    expect(['JPN', 'USA', 'LAO', 'KHM', 'VNM'].every(isNationality)).toBe(true)
    expect(['ZZZ', 'EUR', 'UN', 'jpn', 'JP', 'D'].some(isNationality)).toBe(false)
  })

  it('names nationalities in the page`s language and lists them sorted by name', () => {
    expect(nationalityName('DEU', 'vi')).toBe('Đức')
    expect(nationalityName('DEU', 'en')).toBe('Germany')
    const en = nationalityOptions('en', { vietnam: false })
    expect(en.length).toBeGreaterThan(240)
    expect(en.some((option) => option.value === 'VNM')).toBe(false)
    expect(nationalityOptions('en', { vietnam: true }).some((option) => option.value === 'VNM')).toBe(true)
    const labels = en.map((option) => option.label)
    expect(labels).toEqual([...labels].sort(new Intl.Collator('en').compare))
  })
})
