import type { FormDefinition } from '@dvc/cms/dossiers'
import { describe, expect, it } from 'vitest'

import en from '../../site/src/i18n/en.json'
import { documentRequired, submittedFields, visibleFields } from '../../site/src/islands/dossier/conditions.ts'
import { fieldProblems, ordered, serverProblems, stepOf } from '../../site/src/islands/dossier/problems.ts'
import { checkDocuments, checkField } from '../../site/src/islands/dossier/validate.ts'
import { translator } from '../../site/src/islands/search/translate.ts'

const form: FormDefinition = {
  procedure: { code: '1.001193', name: 'Birth registration', agency: { code: 'H01', name: 'Commune office' } },
  locale: 'en',
  fields: [
    { key: 'name', type: 'text', label: 'Full name', required: true, maxLength: 10 },
    { key: 'id', type: 'citizenId', label: 'ID number', required: true },
    {
      key: 'married',
      type: 'choice',
      label: 'Parents married',
      required: true,
      choices: [
        { value: 'yes', label: 'Yes' },
        { value: 'no', label: 'No' },
      ],
    },
    {
      key: 'marriageDate',
      type: 'date',
      label: 'Marriage date',
      required: true,
      showWhen: { field: 'married', equals: 'yes' },
    },
    {
      key: 'witness',
      type: 'text',
      label: 'Witness',
      required: false,
      showWhen: { field: 'marriageDate', equals: '2020-01-01' },
    },
    { key: 'children', type: 'number', label: 'Children', required: false, min: 1, max: 20 },
    { key: 'home', type: 'address', label: 'Address', required: true },
  ],
  documents: [
    { key: 'birth', label: 'Birth certificate', required: true, maxFiles: 2, reuseType: 'birth-certificate' },
    {
      key: 'marriage',
      label: 'Marriage certificate',
      required: false,
      requiredWhen: { field: 'married', equals: 'yes' },
      maxFiles: 1,
    },
  ],
  minimumAcr: 'loa2',
  processingDays: 5,
  maxFileBytes: 10_000_000,
  accept: ['application/pdf', 'image/jpeg', 'image/png'],
}

const keys = (values: Record<string, string>) => visibleFields(form, values).map((field) => field.key)

describe('an online form: conditions', () => {
  it('shows a field only while its condition holds', () => {
    expect(keys({ married: 'no' })).not.toContain('marriageDate')
    expect(keys({ married: 'yes' })).toContain('marriageDate')
  })

  it('hides a field whose condition names a hidden field, even with a value left over', () => {
    expect(keys({ married: 'yes', marriageDate: '2020-01-01' })).toContain('witness')
    expect(keys({ married: 'no', marriageDate: '2020-01-01' })).not.toContain('witness')
  })

  it('requires a conditional document only while its condition holds', () => {
    const marriage = form.documents[1]
    if (!marriage) throw new Error('fixture')
    expect(documentRequired(marriage, form, { married: 'yes' })).toBe(true)
    expect(documentRequired(marriage, form, { married: 'no' })).toBe(false)
  })

  it('sends only shown fields with a value, numbers as numbers', () => {
    expect(
      submittedFields(form, { name: ' An ', married: 'no', marriageDate: '2020-01-01', children: '2', id: '' }),
    ).toEqual({ name: 'An', married: 'no', children: 2 })
  })
})

describe('an online form: checks before sending', () => {
  const field = (key: string) => {
    const found = form.fields.find((candidate) => candidate.key === key)
    if (!found) throw new Error(key)
    return found
  }

  it('checks a citizen ID as 12 digits', () => {
    expect(checkField(field('id'), '001099012345')).toBeNull()
    expect(checkField(field('id'), '00109901234')).toBe('citizenId')
    expect(checkField(field('id'), '00109901234x')).toBe('citizenId')
    expect(checkField(field('id'), '')).toBe('required')
  })

  it('checks numbers, bounds, dates, choices, lengths and addresses', () => {
    expect(checkField(field('children'), '')).toBeNull()
    expect(checkField(field('children'), 'two')).toBe('number')
    expect(checkField(field('children'), '0')).toBe('min')
    expect(checkField(field('children'), 21)).toBe('max')
    expect(checkField(field('marriageDate'), '2020-13-45')).toBe('date')
    expect(checkField(field('married'), 'maybe')).toBe('choice')
    expect(checkField(field('name'), 'A much too long name')).toBe('maxLength')
    expect(checkField(field('home'), { province: '01', commune: '' })).toBe('required')
    expect(checkField(field('home'), { province: '01', commune: '00004' })).toBeNull()
  })

  it('words the problems from the translations, with the field’s label', () => {
    const problems = fieldProblems(form, { married: 'yes', id: '123' }, translator('en', en))
    expect(problems.id).toBe('ID number must be exactly 12 digits')
    expect(problems.marriageDate).toBe('Enter or choose Marriage date')
    expect(Object.keys(problems)).not.toContain('witness')
  })

  it('checks documents: required ones and the file limit', () => {
    expect(checkDocuments(form, { married: 'yes' }, { birth: ['a', 'b', 'c'] })).toEqual({
      birth: 'tooMany',
      marriage: 'required',
    })
    expect(checkDocuments(form, { married: 'no' }, { birth: ['a'] })).toEqual({})
  })
})

describe("an online form: the server's 400", () => {
  it('reads details.fields, orders it as the form does and finds the step to go back to', () => {
    const problems = serverProblems({ fields: { birth: 'Unreadable file', id: 'Already used', bad: 3 } })
    expect(problems).toEqual({ birth: 'Unreadable file', id: 'Already used' })
    expect(ordered(form, { zzz: 'Other', ...problems }).map((problem) => problem.key)).toEqual(['id', 'birth', 'zzz'])
    expect(stepOf(form, problems)).toBe(0)
    expect(stepOf(form, { birth: 'x' })).toBe(1)
    expect(stepOf(form, { somewhere: 'x' })).toBe(2)
    expect(serverProblems(undefined)).toEqual({})
  })
})
