import { NotFound, ValidationError } from 'payload'
import { describe, expect, it } from 'vitest'

import { PortalError } from '../../cms/src/errors.ts'
import { shapeError } from '../../cms/src/hooks/error-shape.ts'
import { messages } from '../../cms/src/i18n/messages.ts'

/** What the hook reads of a request: its language, its URL and the logger. */
function request(language: 'vi' | 'en') {
  const logged: unknown[] = []
  const req = {
    i18n: { language },
    url: 'http://localhost/api/procedures/1',
    payload: { logger: { error: (...args: unknown[]) => logged.push(args) } },
  }
  return { req, logged }
}

type HookArgs = Parameters<typeof shapeError>[0]
const shape = (error: Error, language: 'vi' | 'en', errors: unknown[] = []) => {
  const { req, logged } = request(language)
  const result = { errors } as HookArgs['result']
  const shaped = shapeError({ error, result, req } as unknown as HookArgs) as {
    status: number
    response: Record<string, unknown>
  }
  return { ...shaped, logged }
}

describe('the REST error shape', () => {
  it('gives our errors their own code, so two 400s can be told apart', () => {
    const immutable = new PortalError('procedure.code_immutable', { language: 'en' })
    const refused = new PortalError('upload.type_refused', { language: 'en' })
    const payloadErrors = [{ message: immutable.message }]
    expect(shape(immutable, 'en', payloadErrors)).toMatchObject({
      status: 400,
      response: {
        errors: payloadErrors,
        error: { code: 'procedure.code_immutable', message: 'The code of a published procedure cannot change.' },
      },
    })
    expect(shape(refused, 'en').response.error).toMatchObject({ code: 'upload.type_refused' })
  })

  it("names Payload's own errors by their status or kind", () => {
    expect(shape(new NotFound(), 'vi', [{ message: 'Không tìm thấy' }]).response.error).toEqual({
      code: 'not_found',
      message: 'Không tìm thấy',
    })
    const invalid = new ValidationError({ errors: [{ message: 'x', path: 'code' }] })
    expect(shape(invalid, 'en', [{ message: 'x', data: { errors: [{ path: 'code' }] } }]).response.error).toMatchObject(
      {
        code: 'validation_failed',
      },
    )
  })

  it('answers a 5xx with a generic message and a request id, logs the cause, and leaks nothing', () => {
    const { status, response, logged } = shape(new Error('password=hunter2 at db.internal:5432'), 'en')
    expect(status).toBe(500)
    expect(response.error).toEqual({
      code: 'internal',
      message: messages.en.internal,
      details: { requestId: expect.stringMatching(/^[0-9a-f-]{36}$/) },
    })
    expect(response.errors).toEqual([{ message: messages.en.internal }])
    expect(JSON.stringify(response)).not.toContain('hunter2')
    expect(logged).toEqual([
      [
        expect.objectContaining({
          requestId: (response.error as { details: { requestId: string } }).details.requestId,
        }),
        'request failed',
      ],
    ])
  })
})
