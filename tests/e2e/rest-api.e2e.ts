import { expect, test } from '@playwright/test'

const api = `${process.env.E2E_CMS_URL ?? 'http://127.0.0.1:3100'}/api`

type Procedure = {
  code: string
  name: string
  level: string
  serviceLevel: string
  steps: { text: string }[]
  methods: { channel: string }[]
  documents: { name: string }[]
  legalBasis: { number: string }[]
  source: { name: string }
  untranslated: string[]
  _status: string
}

test.describe('REST: the seeded national procedure database', () => {
  test('GET /api/procedures?locale=en&limit=100 returns every seeded procedure in English', async ({ request }) => {
    const response = await request.get(`${api}/procedures?locale=en&limit=100&depth=0`)
    expect(response.status()).toBe(200)
    const body = (await response.json()) as { totalDocs: number; docs: Procedure[] }
    expect(body.totalDocs).toBeGreaterThanOrEqual(40)
    const birth = body.docs.find((p) => p.code === '1.001193')
    expect(birth?.name).toMatch(/birth/i)
    for (const p of body.docs) {
      expect(p._status).toBe('published')
      expect(p.steps.length).toBeGreaterThan(0)
      expect(p.methods.length).toBeGreaterThan(0)
      expect(p.legalBasis.length).toBeGreaterThan(0)
      expect(p.source.name).toBeTruthy()
    }
  })

  test('GET /api/procedures?locale=vi returns Vietnamese', async ({ request }) => {
    const response = await request.get(`${api}/procedures?locale=vi&where[code][equals]=1.001193&depth=0`)
    const body = (await response.json()) as { docs: Procedure[] }
    expect(body.docs[0]?.name).toMatch(/khai sinh/i)
  })

  test('an unknown record answers 404 in the architecture error shape, in Vietnamese by default', async ({
    request,
  }) => {
    const response = await request.get(`${api}/procedures/987654`)
    expect(response.status()).toBe(404)
    const body = await response.json()
    expect(body.error).toEqual({ code: 'not_found', message: 'Không tìm thấy' })
  })

  test('the same error in English under Accept-Language: en', async ({ request }) => {
    const response = await request.get(`${api}/procedures/987654`, { headers: { 'accept-language': 'en' } })
    expect(response.status()).toBe(404)
    expect((await response.json()).error).toEqual({ code: 'not_found', message: 'Not Found' })
  })

  test('the public cannot write', async ({ request }) => {
    const response = await request.post(`${api}/procedures`, { data: { code: '1.999998', name: 'x' } })
    expect(response.status()).toBe(403)
    expect((await response.json()).error.code).toBe('forbidden')
  })
})
