import type { Draft, FormDefinition } from '@dvc/cms/dossiers'
import { describe, expect, it } from 'vitest'

import { fromDraft, newerDraft, toDraft } from '../../site/src/islands/dossier/draft.ts'

const form = {
  fields: [
    { key: 'name', type: 'text', label: 'Full name', required: true },
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
    { key: 'home', type: 'address', label: 'Address', required: true },
  ],
  documents: [
    { key: 'birth', label: 'Birth certificate', required: true, maxFiles: 2 },
    { key: 'marriage', label: 'Marriage certificate', required: false, maxFiles: 1 },
  ],
} as unknown as FormDefinition

const draft = (over: Partial<Draft> = {}): Draft => ({
  procedure: '1.001193',
  fields: {},
  documents: [],
  step: 0,
  ...over,
})

describe('a submission draft', () => {
  it('round-trips through the contract’s Draft', () => {
    const progress = { fields: { name: 'An', married: 'yes' }, documents: { birth: ['f1'], marriage: [] }, step: 1 }
    const saved = toDraft('1.001193', progress, new Date('2025-09-12T08:00:00Z'))
    expect(saved).toEqual({
      procedure: '1.001193',
      fields: { name: 'An', married: 'yes' },
      documents: [{ key: 'birth', files: ['f1'] }],
      step: 1,
      updatedAt: '2025-09-12T08:00:00.000Z',
    })
    expect(fromDraft(form, saved)).toEqual({ ...progress, documents: { birth: ['f1'] } })
  })

  it('drops what the form no longer has or cannot hold, and keeps the step in range', () => {
    const merged = fromDraft(
      form,
      draft({
        fields: { gone: 'x', married: 'perhaps', home: 'not an address', name: 'An' },
        documents: [
          { key: 'birth', files: ['a', 'b', 'c'] },
          { key: 'gone', files: ['d'] },
        ],
        step: 7,
      }),
    )
    expect(merged).toEqual({ fields: { name: 'An' }, documents: { birth: ['a', 'b'] }, step: 2 })
    expect(fromDraft(form, draft({ step: -1 })).step).toBe(0)
    expect(fromDraft(form, null)).toEqual({ fields: {}, documents: {}, step: 0 })
  })

  it('resumes from the newer of the server’s draft and the tab’s copy', () => {
    const server = draft({ step: 1, updatedAt: '2025-09-12T08:00:00Z' })
    const local = draft({ step: 2, updatedAt: '2025-09-12T08:05:00Z' })
    expect(newerDraft(server, local)).toBe(local)
    expect(newerDraft({ ...server, updatedAt: '2025-09-12T09:00:00Z' }, local)?.step).toBe(1)
    expect(newerDraft(null, local)).toBe(local)
    expect(newerDraft(server, null)).toBe(server)
    expect(newerDraft(null, null)).toBeNull()
  })
})
