import { describe, expect, it } from 'vitest'

import { DOSSIER_STATES } from '../../cms/src/dossiers/contract.ts'
import {
  CODE_PATTERN,
  codePrefix,
  formatCode,
  lookupSecret,
  secretMatches,
  submitterId,
} from '../../cms/src/dossiers/identifiers.ts'
import { FINAL_STATES, findTransition, TRANSITIONS, transitionsFrom } from '../../cms/src/dossiers/state-machine.ts'
import { timingOf } from '../../cms/src/dossiers/timing.ts'
import { checkSubmission } from '../../cms/src/dossiers/validate.ts'
import {
  addWorkingDays,
  type Calendar,
  dayOf,
  isWorkingDay,
  workingDaysBetween,
} from '../../cms/src/dossiers/working-days.ts'

/** The seed's calendar around Tết 2026 (content/holidays.json): 16-20 February off. */
const TET_2026: Calendar = {
  holidays: new Set([
    '2026-01-01',
    '2026-02-16',
    '2026-02-17',
    '2026-02-18',
    '2026-02-19',
    '2026-02-20',
    '2026-04-30',
    '2026-05-01',
  ]),
  workdays: new Set(['2026-01-10']),
}

describe('the state machine', () => {
  it.each([
    ['submitted', 'received', 'officer'],
    ['submitted', 'refused', 'officer'],
    ['submitted', 'withdrawn', 'citizen'],
    ['received', 'processing', 'officer'],
    ['received', 'supplement_requested', 'officer'],
    ['processing', 'supplement_requested', 'officer'],
    ['processing', 'resolved', 'officer'],
    ['supplement_requested', 'processing', 'citizen'],
    ['resolved', 'returned', 'officer'],
  ] as const)('allows %s -> %s by the %s', (from, to, by) => {
    expect(findTransition(from, to, by)).toBeDefined()
  })

  it.each([
    ['received', 'withdrawn', 'citizen'],
    ['submitted', 'resolved', 'officer'],
    ['supplement_requested', 'processing', 'officer'],
    ['returned', 'processing', 'officer'],
    ['refused', 'received', 'officer'],
    ['submitted', 'received', 'citizen'],
  ] as const)('refuses %s -> %s by the %s', (from, to, by) => {
    expect(findTransition(from, to, by)).toBeUndefined()
  })

  it('ends in returned, refused and withdrawn, and reaches every state from submitted', () => {
    expect([...FINAL_STATES].sort()).toEqual(['refused', 'returned', 'withdrawn'])
    const reached = new Set(['submitted'])
    for (let grew = true; grew; ) {
      grew = false
      for (const t of TRANSITIONS) {
        if (reached.has(t.from) && !reached.has(t.to)) {
          reached.add(t.to)
          grew = true
        }
      }
    }
    expect([...reached].sort()).toEqual([...DOSSIER_STATES].sort())
  })

  it('asks a reason for a refusal and a supplement request, a result for a resolution', () => {
    expect(transitionsFrom('submitted', 'officer').find((t) => t.to === 'refused')?.noteRequired).toBe(true)
    expect(transitionsFrom('processing', 'officer').find((t) => t.to === 'supplement_requested')?.noteRequired).toBe(
      true,
    )
    expect(transitionsFrom('processing', 'officer').find((t) => t.to === 'resolved')?.resultRequired).toBe(true)
  })
})

describe('working days', () => {
  it('skips weekends and the calendar’s holidays, and counts a declared working Saturday', () => {
    expect(isWorkingDay('2026-02-13', TET_2026)).toBe(true) // Friday
    expect(isWorkingDay('2026-02-14', TET_2026)).toBe(false) // Saturday
    expect(isWorkingDay('2026-02-17', TET_2026)).toBe(false) // Tết
    expect(isWorkingDay('2026-01-10', TET_2026)).toBe(true) // a swapped Saturday
  })

  it('counts a deadline from the day after reception, across Tết', () => {
    // Received Friday 13 Feb 2026, 3 working days: 23, 24, 25 Feb (16-20 Tết, 21-22 weekend).
    expect(addWorkingDays('2026-02-13', 3, TET_2026)).toBe('2026-02-25')
    // Received on a Sunday: counting starts on Monday.
    expect(addWorkingDays('2026-03-01', 1, TET_2026)).toBe('2026-03-03')
    expect(addWorkingDays('2026-04-29', 1, TET_2026)).toBe('2026-05-04')
  })

  it('measures how many working days a clock stood still', () => {
    expect(workingDaysBetween('2026-02-13', '2026-02-25', TET_2026)).toBe(3)
    expect(workingDaysBetween('2026-03-02', '2026-03-02', TET_2026)).toBe(0)
  })

  it('takes days in Vietnam’s time: 23:30 UTC is already the next day', () => {
    expect(dayOf(new Date('2026-02-12T23:30:00Z'))).toBe('2026-02-13')
    expect(dayOf(new Date('2026-02-12T16:59:59Z'))).toBe('2026-02-12')
  })
})

describe('timing', () => {
  const now = new Date('2026-03-02T03:00:00Z') // Monday, 10:00 in Vietnam
  it.each([
    [{ state: 'submitted' }, 'not_started'],
    [{ state: 'processing', dueDate: '2026-03-10' }, 'on_time'],
    [{ state: 'processing', dueDate: '2026-03-03' }, 'due_soon'],
    [{ state: 'processing', dueDate: '2026-03-02' }, 'due_soon'],
    [{ state: 'processing', dueDate: '2026-02-27' }, 'overdue'],
    [{ state: 'supplement_requested', dueDate: '2026-02-27' }, 'paused'],
    [{ state: 'resolved', dueDate: '2026-03-02', resolvedAt: now }, 'done_on_time'],
    [{ state: 'returned', dueDate: '2026-02-27', resolvedAt: now }, 'done_late'],
  ] as const)('%o is %s', (dossier, expected) => {
    expect(timingOf(dossier, now, TET_2026)).toBe(expected)
  })
})

describe('identifiers', () => {
  it('writes the architecture’s code: agency, day in Vietnam, four digits', () => {
    const prefix = codePrefix('000.00.00.H35', new Date('2026-02-12T18:00:00Z'))
    expect(formatCode(prefix, 7)).toBe('000.00.00.H35-260213-0007')
    expect(CODE_PATTERN.test('BTP-HT-260213-0007')).toBe(true)
    expect(CODE_PATTERN.test('BTP-260213-7')).toBe(false)
  })

  it('derives a secret a person can read out, checks it case- and space-blind', () => {
    const secret = lookupSecret('k'.repeat(40), 'BTP-260213-0001')
    expect(secret).toMatch(/^[A-HJ-NP-Z2-9]{12}$/)
    expect(
      secretMatches('k'.repeat(40), 'BTP-260213-0001', ` ${secret.slice(0, 6).toLowerCase()} ${secret.slice(6)}`),
    ).toBe(true)
    expect(secretMatches('k'.repeat(40), 'BTP-260213-0002', secret)).toBe(false)
    expect(lookupSecret('j'.repeat(40), 'BTP-260213-0001')).not.toBe(secret)
  })

  it('names the submitter without their account id, the same for each of their receipts', () => {
    const id = submitterId('k'.repeat(40), 42)
    expect(id).toBe(submitterId('k'.repeat(40), 42))
    expect(id).not.toContain('42')
    expect(id).not.toBe(submitterId('k'.repeat(40), 43))
  })
})

describe('a submission against its form', () => {
  const form = {
    fields: [
      { key: 'name', type: 'text', label: 'Tên', required: true, maxLength: 5 },
      {
        key: 'kind',
        type: 'choice',
        label: 'Loại',
        required: true,
        choices: [
          { value: 'a', label: 'A' },
          { value: 'b', label: 'B' },
        ],
      },
      { key: 'count', type: 'number', label: 'Số', required: false, min: 1, max: 3 },
      { key: 'reason', type: 'text', label: 'Lý do', required: true, showWhen: { field: 'kind', equals: 'b' } },
    ],
    documents: [
      { key: 'main', label: 'Chính', required: true, maxFiles: 1 },
      { key: 'proof', label: 'Chứng minh', required: true, maxFiles: 2, requiredWhen: { field: 'kind', equals: 'b' } },
    ],
  } as const
  const owned = new Set(['1', '2', '3'])

  it('passes a complete one, leaving out what its conditions hide', () => {
    const checked = checkSubmission(
      form as never,
      { fields: { name: 'An', kind: 'a', reason: 'hidden' }, documents: [{ key: 'main', files: ['1'] }] },
      owned,
    )
    expect(checked.problems).toEqual({ fields: {}, documents: {} })
    expect(checked.fields).toEqual({ name: 'An', kind: 'a' })
  })

  it('names each problem: length, range, conditional field and document, foreign and too many files', () => {
    const checked = checkSubmission(
      form as never,
      {
        fields: { name: 'Quá dài', kind: 'b', count: 9 },
        documents: [
          { key: 'main', files: ['9'] },
          { key: 'proof', files: ['1', '2', '3'] },
        ],
      },
      owned,
    )
    expect(checked.problems.fields).toEqual({
      name: { key: 'dossier.field.too_long', values: { max: 5 } },
      count: { key: 'dossier.field.range', values: { min: 1, max: 3 } },
      reason: { key: 'dossier.field.required' },
    })
    expect(checked.problems.documents).toEqual({
      main: { key: 'dossier.document.file_unknown' },
      proof: { key: 'dossier.document.too_many', values: { max: 2 } },
    })
  })
})
