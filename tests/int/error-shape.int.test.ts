/**
 * The error hook's paths that a well-behaved server rarely takes: a 500 says nothing of
 * its cause and gives a request id that the log carries too; a database refusal of the
 * client's value (PostgreSQL class 22) is a 400. Real errors from a real database.
 */
import { createLocalReq, type PayloadRequest } from 'payload'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import { shapeError } from '../../cms/src/hooks/error-shape.ts'
import { message } from '../../cms/src/i18n/t.ts'
import { startTestPayload, type TestPayload } from '../support/payload.ts'

let t: TestPayload
beforeAll(async () => {
  t = await startTestPayload()
})
afterAll(async () => t?.close())

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/

async function requestIn(language: 'vi' | 'en'): Promise<PayloadRequest> {
  const req = await createLocalReq({}, t.payload)
  req.i18n.language = language
  const { initI18n } = await import('@payloadcms/translations')
  const i18n = await initI18n({ config: t.payload.config.i18n, context: 'api', language })
  return Object.assign(req, { i18n, t: i18n.t })
}

/** A real failure of the database on a value the client chose. */
async function databaseError(): Promise<Error> {
  try {
    await t.payload.db.drizzle.execute('select 1 from no_such_table_for_this_test')
  } catch (error) {
    return error as Error
  }
  throw new Error('the query should have failed')
}

async function dataException(): Promise<Error> {
  try {
    await t.payload.find({ collection: 'procedures', where: { agency: { equals: 'abc' } } })
  } catch (error) {
    return error as Error
  }
  throw new Error('the query should have failed')
}

describe('the error shape', () => {
  it.each(['vi', 'en'] as const)('a 500 in %s: generic message, request id, no stack, no SQL', async (language) => {
    const error = await databaseError()
    const req = await requestIn(language)
    const log = vi.spyOn(t.payload.logger, 'error')
    const shaped = await shapeError({ error, req, result: { errors: [{ message: error.message }] } } as never)
    expect(shaped?.status).toBe(500)
    const body = shaped?.response as { error: { code: string; message: string; details: { requestId: string } } }
    expect(body.error.code).toBe('internal')
    expect(body.error.message).toBe(message(req, 'internal'))
    expect(body.error.message).toMatch(language === 'vi' ? /Hệ thống/ : /Something went wrong/)
    expect(body.error.details.requestId).toMatch(UUID)
    const text = JSON.stringify(body)
    expect(text).not.toMatch(/no_such_table|select|stack|\.ts:\d+|\.js:\d+/i)
    // The log has the cause under the same id, for support to find.
    const logged = log.mock.calls.map(([fields]) => fields as { requestId?: string; err?: Error })
    log.mockRestore()
    expect(logged.some((fields) => fields.requestId === body.error.details.requestId && fields.err === error)).toBe(
      true,
    )
  })

  it('a value the database refuses (class 22) is the client mistake: 400, no SQL', async () => {
    const error = await dataException()
    const shaped = await shapeError({ error, req: await requestIn('vi'), result: { errors: [] } } as never)
    expect(shaped?.status).toBe(400)
    const body = shaped?.response as { error: { code: string; message: string } }
    expect(body.error.code).toBe('bad_request')
    expect(body.error.message).toMatch(/không hợp lệ/)
    expect(JSON.stringify(body)).not.toMatch(/select|NaN|agency_id/i)
  })
})
