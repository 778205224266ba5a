/**
 * Bad input to the API gets a 4xx in the architecture's error shape, in the request's
 * language (vi by default, en by Accept-Language), never a 500 (issue 9 part 6). The
 * first four are the requests that answered 500 before the edge checks (cms/src/http/).
 */
import { expect, test } from '@playwright/test'

const api = `${process.env.E2E_CMS_URL ?? 'http://127.0.0.1:3100'}/api`
const EN = { 'accept-language': 'en' }
/** Playwright JSON-encodes a string body sent as JSON; a Buffer goes as it is. */
const raw = (text: string) => Buffer.from(text)

test.describe('the API refuses bad input in its error shape', () => {
  for (const [query, parameter, vi, en] of [
    ['where[code][equals]=a%00b', 'where', 'chứa ký tự NUL', 'contains a NUL character'],
    ['depth=1000000', 'depth', 'từ 0 đến 3', 'from 0 to 3'],
    ['page=-5', 'page', 'số nguyên dương', 'positive whole number'],
    ['page=%20', 'page', 'số nguyên dương', 'positive whole number'],
    ['limit=1000000', 'limit', 'từ 0 đến 1000', 'from 0 to 1000'],
    ['locale=xx', 'locale', 'không được hỗ trợ', 'not supported'],
    ['where={bad', 'where', 'không phải JSON', 'not valid JSON'],
    ['sort[0][x]=1', 'sort', 'tên trường', 'field names'],
  ] as const) {
    test(`GET /api/procedures?${query}: 400 naming "${parameter}", vi then en`, async ({ request }) => {
      for (const [headers, text] of [
        [{}, vi],
        [EN, en],
      ] as const) {
        const response = await request.get(`${api}/procedures?${query}`, { headers })
        expect(response.status()).toBe(400)
        const { error } = await response.json()
        expect(error.code).toBe('query.invalid')
        expect(error.details).toEqual({ parameter })
        expect(error.message).toContain(text)
      }
    })
  }

  test('a record id that is not a whole number: 400 id.invalid', async ({ request }) => {
    for (const id of ['abc', '1.5', '99999999999999999999']) {
      const response = await request.get(`${api}/procedures/${id}`)
      expect(response.status()).toBe(400)
      expect((await response.json()).error.code).toBe('id.invalid')
    }
  })

  test('a value the database refuses (a relationship compared with text): 400', async ({ request }) => {
    const response = await request.get(`${api}/procedures?where[agency][equals]=abc`)
    expect(response.status()).toBe(400)
    expect((await response.json()).error).toMatchObject({
      code: 'bad_request',
      message: expect.stringMatching(/hợp lệ/),
    })
  })

  test('wrong credentials: 401 in the shape, in Vietnamese then English', async ({ request }) => {
    const data = { email: 'nobody@example.invalid', password: 'not-the-password-1' }
    const vi = await request.post(`${api}/users/login`, { data })
    expect(vi.status()).toBe(401)
    expect((await vi.json()).error).toEqual({ code: 'unauthorized', message: expect.stringMatching(/mật khẩu/) })
    const en = await request.post(`${api}/users/login`, { data, headers: EN })
    expect(en.status()).toBe(401)
    expect((await en.json()).error).toEqual({ code: 'unauthorized', message: expect.stringMatching(/password/) })
  })

  test('a JSON body over 5 MB: 413 before Payload reads it', async ({ request }) => {
    const response = await request.post(`${api}/procedures`, {
      data: raw(JSON.stringify({ name: 'x'.repeat(6 * 1024 * 1024) })),
      headers: { 'content-type': 'application/json', ...EN },
    })
    expect(response.status()).toBe(413)
    expect((await response.json()).error).toEqual({
      code: 'body.too_large',
      message: 'The request body is too large: at most 5 MB.',
    })
  })

  test('a broken JSON body, a torn upload: 400', async ({ request }) => {
    const json = await request.post(`${api}/procedures`, {
      data: raw('{bad'),
      headers: { 'content-type': 'application/json' },
    })
    expect(json.status()).toBe(400)
    expect((await json.json()).error.code).toBe('body.invalid_json')
    const upload = await request.post(`${api}/media`, {
      data: raw('garbage'),
      headers: { 'content-type': 'multipart/form-data; boundary=x' },
    })
    expect(upload.status()).toBe(400)
    expect((await upload.json()).error.code).toBe('bad_request')
  })

  test('unknown routes, files and methods: 404 and 405 in the shape', async ({ request }) => {
    const route = await request.get(`${api}/no-such-collection`)
    expect(route.status()).toBe(404)
    expect((await route.json()).error).toEqual({ code: 'not_found', message: 'Không có địa chỉ API này.' })
    const file = await request.get(`${api}/media/file/no-such-image.webp`)
    expect(file.status()).toBe(404)
    expect((await file.json()).error.code).toBe('not_found')
    const graphql = await request.get(`${api}/graphql`)
    expect(graphql.status()).toBe(405)
    expect((await graphql.json()).error.code).toBe('method_not_allowed')
    const broken = await request.post(`${api}/graphql`, {
      data: raw('{bad'),
      headers: { 'content-type': 'application/json' },
    })
    expect(broken.status()).toBe(400)
    expect((await broken.json()).error.code).toBe('body.invalid_json')
  })
})
