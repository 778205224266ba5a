import { APIError } from 'payload'
import { describe, expect, it } from 'vitest'

import { ERRORS, type ErrorCode, PortalError } from '../../cms/src/errors.ts'
import { messages } from '../../cms/src/i18n/messages.ts'

const placeholders = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((match) => match[1]).sort()

describe('the message catalogue', () => {
  it('has every key in both languages, with the same placeholders', () => {
    expect(Object.keys(messages.en).sort()).toEqual(Object.keys(messages.vi).sort())
    for (const [key, text] of Object.entries(messages.vi)) {
      expect([key, placeholders(messages.en[key as keyof typeof messages.en])]).toEqual([key, placeholders(text)])
    }
  })

  it('uses only i18next placeholders: no single-brace leftovers', () => {
    for (const text of [...Object.values(messages.vi), ...Object.values(messages.en)]) {
      expect(text.replace(/\{\{\w+\}\}/g, '')).not.toMatch(/[{}]/)
    }
  })
})

describe('PortalError', () => {
  it('has a message for every code, in each language', () => {
    for (const code of Object.keys(ERRORS) as ErrorCode[]) {
      const vi = new PortalError(code)
      const en = new PortalError(code, { language: 'en' })
      expect([code, vi.message]).toEqual([code, messages.vi[code]])
      expect([code, en.message]).toEqual([code, messages.en[code]])
    }
  })

  it('is a public Payload APIError below 500, with its status, code and details', () => {
    const error = new PortalError('search.query_too_long', {
      language: 'en',
      values: { max: 200 },
      details: { parameters: ['q'] },
    })
    expect(error).toBeInstanceOf(APIError)
    expect(error).toMatchObject({ name: 'PortalError', status: 400, isPublic: true, code: 'search.query_too_long' })
    expect(error.body()).toEqual({
      error: {
        code: 'search.query_too_long',
        message: 'The search text is too long: at most 200 characters.',
        details: { parameters: ['q'] },
      },
    })
  })

  it('shows nothing of a 5xx but its catalogue message and the request id', () => {
    const cause = new Error('connect ECONNREFUSED 127.0.0.1:7700')
    const error = new PortalError('search.unavailable', { details: { host: '127.0.0.1:7700' }, cause })
    expect(error).toMatchObject({ status: 503, isPublic: false, exposed: false, cause })
    expect(error.body('req-1')).toEqual({
      error: {
        code: 'search.unavailable',
        message: messages.vi['search.unavailable'],
        details: { requestId: 'req-1' },
      },
    })
    expect(JSON.stringify(error.body())).not.toContain('7700')
  })
})
