import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startTestPayload, type TestPayload } from '../support/payload.ts'
import { buildWorld, type World } from './helpers/fixtures.ts'

let t: TestPayload
let world: World

beforeAll(async () => {
  t = await startTestPayload()
  world = await buildWorld(t.payload)
})
afterAll(async () => t?.close())

const base = () => ({
  name: 'Đăng ký khai sinh',
  levels: ['commune' as const],
  serviceLevel: 'full' as const,
  sector: world.sector,
  agency: world.agencies.ministryA,
  steps: [{ text: 'Nộp tờ khai' }, { text: 'Nhận kết quả' }],
  result: 'Giấy khai sinh',
})

/** The validation message Payload returns for the first failing field, in the request's language. */
async function validationMessage(call: () => Promise<unknown>): Promise<string> {
  try {
    await call()
  } catch (error) {
    const data = (error as { data?: { errors?: { message: string }[] } }).data
    return data?.errors?.[0]?.message ?? (error as Error).message
  }
  throw new Error('expected a validation error')
}

describe('localization', () => {
  it('English falls back to Vietnamese and the record says it is untranslated', async () => {
    const created = await t.payload.create({
      collection: 'procedures',
      data: { ...base(), code: '1.100001' },
      locale: 'vi',
    })
    expect(created.untranslated).toEqual(['en'])
    const en = await t.payload.findByID({ collection: 'procedures', id: created.id, locale: 'en', depth: 0 })
    expect(en.name).toBe('Đăng ký khai sinh')
    expect(en.untranslated).toEqual(['en'])
  })

  it('a complete English translation clears the mark; a new untranslated step sets it again', async () => {
    const created = await t.payload.create({
      collection: 'procedures',
      data: { ...base(), code: '1.100002' },
      locale: 'vi',
    })
    const steps = created.steps ?? []
    const en = await t.payload.update({
      collection: 'procedures',
      id: created.id,
      locale: 'en',
      data: {
        name: 'Birth registration',
        result: 'Birth certificate',
        steps: [
          { id: steps[0]?.id, text: 'Submit the form' },
          { id: steps[1]?.id, text: 'Collect the result' },
        ],
      },
    })
    expect(en.untranslated).toEqual([])
    expect(en.name).toBe('Birth registration')
    const vi = await t.payload.findByID({ collection: 'procedures', id: created.id, locale: 'vi', depth: 0 })
    expect(vi.name).toBe('Đăng ký khai sinh')

    const grown = await t.payload.update({
      collection: 'procedures',
      id: created.id,
      locale: 'vi',
      data: { steps: [...(vi.steps ?? []).map((s) => ({ id: s.id, text: s.text })), { text: 'Bước mới' }] },
    })
    expect(grown.untranslated).toEqual(['en'])
  })

  it('editors can list what still lacks English', async () => {
    const done = await t.payload.create({
      collection: 'procedures',
      data: { ...base(), code: '1.100003', steps: [] },
      locale: 'vi',
    })
    await t.payload.update({
      collection: 'procedures',
      id: done.id,
      locale: 'en',
      data: { name: 'Birth registration', result: 'Birth certificate' },
    })
    const { docs } = await t.payload.find({
      collection: 'procedures',
      where: { untranslated: { contains: 'en' } },
      depth: 0,
      limit: 100,
    })
    expect(docs.map((d) => d.code)).toContain('1.100001')
    expect(docs.map((d) => d.code)).not.toContain('1.100003')
  })
})

describe('validation, with messages in the request language', () => {
  it('refuses a negative fee (vi)', async () => {
    const message = await validationMessage(() =>
      t.payload.create({
        collection: 'procedures',
        data: { ...base(), code: '1.100010', methods: [{ channel: 'online', timeAmount: 1, feeAmount: -5 }] },
      }),
    )
    expect(message).toMatch(/không được âm/)
  })

  it('refuses a zero processing time', async () => {
    const message = await validationMessage(() =>
      t.payload.create({
        collection: 'procedures',
        data: { ...base(), code: '1.100011', methods: [{ channel: 'online', timeAmount: 0 }] },
      }),
    )
    expect(message).toMatch(/lớn hơn 0/)
  })

  it('refuses a code outside the national format', async () => {
    const message = await validationMessage(() =>
      t.payload.create({ collection: 'procedures', data: { ...base(), code: 'TT-01' } }),
    )
    expect(message).toMatch(/1\.001193/)
  })

  it('refuses a template form that does not exist', async () => {
    const message = await validationMessage(() =>
      t.payload.create({
        collection: 'procedures',
        data: { ...base(), code: '1.100012', documents: [{ name: 'Tờ khai', form: 999999, required: true }] },
      }),
    )
    expect(message).toMatch(/Biểu mẫu được chọn không tồn tại/)
  })

  it('keeps the code of a published procedure', async () => {
    const message = await validationMessage(() =>
      t.payload.update({ collection: 'procedures', id: world.procedures.publishedA, data: { code: '1.999999' } }),
    )
    expect(message).toMatch(/Không được đổi mã/)
  })

  it('a draft that was never published may still change its code', async () => {
    const draft = await t.payload.create({
      collection: 'procedures',
      data: { ...base(), code: '1.100020' },
      draft: true,
    })
    const renamed = await t.payload.update({
      collection: 'procedures',
      id: draft.id,
      data: { code: '1.100021' },
      draft: true,
    })
    expect(renamed.code).toBe('1.100021')
  })
})

describe('versions', () => {
  it('keeps every published version and restores an earlier one', async () => {
    const id = world.procedures.publishedB
    await t.payload.update({ collection: 'procedures', id, data: { name: 'Tên lần hai', _status: 'published' } })
    await t.payload.update({ collection: 'procedures', id, data: { name: 'Tên lần ba', _status: 'published' } })
    const versions = await t.payload.findVersions({
      collection: 'procedures',
      where: { parent: { equals: id }, 'version._status': { equals: 'published' } },
      sort: 'createdAt',
      limit: 10,
    })
    expect(versions.totalDocs).toBeGreaterThanOrEqual(3)
    const second = versions.docs.find((v) => v.version.name === 'Tên lần hai')
    expect(second).toBeDefined()
    await t.payload.restoreVersion({ collection: 'procedures', id: String(second?.id) })
    const restored = await t.payload.findByID({ collection: 'procedures', id, depth: 0 })
    expect(restored.name).toBe('Tên lần hai')
  })
})
