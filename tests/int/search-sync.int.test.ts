import { startWorker, type Worker } from '@dvc/cms/jobs'
import { indexEverything } from '@dvc/cms/search'
import type { Meilisearch } from 'meilisearch'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startTestPayload, type TestPayload } from '../support/payload.ts'
import { queueDrained, queueRows } from '../support/queue.ts'
import {
  dropIndexes,
  eventually,
  settled,
  testClient,
  uniquePrefix,
  unusedPort,
  useIndexPrefix,
} from '../support/search.ts'
import { buildWorld, type World } from './helpers/fixtures.ts'

const prefix = uniquePrefix()
const procedures = `${prefix}procedures`
const faqs = `${prefix}faqs`
let t: TestPayload
let world: World
let client: Meilisearch
let worker: Worker

beforeAll(async () => {
  useIndexPrefix(prefix)
  client = testClient()
  t = await startTestPayload()
  await indexEverything(t.payload)
  // The index follows the CMS through the queue: a worker runs beside the test, as in npm start.
  worker = await startWorker(t.payload, { pollIntervalMs: 200 })
  world = await buildWorld(t.payload)
})
afterAll(async () => {
  await worker?.stop()
  await dropIndexes(client, prefix)
  await t?.close()
})

/** The ids of the documents of a procedure code, e.g. ['1_000001-en', '1_000001-vi']; [] when not indexed. */
async function indexed(code: string): Promise<string[]> {
  const { hits } = await client.index(procedures).search('', { filter: `code = "${code}"` })
  return hits.map((hit) => hit.id as string).sort()
}
const documentIds = (code: string) => [`${code.replace('.', '_')}-en`, `${code.replace('.', '_')}-vi`]

async function names(code: string, locale: 'vi' | 'en'): Promise<string[]> {
  const { hits } = await client.index(procedures).search('', { filter: `code = "${code}" AND locale = "${locale}"` })
  return hits.map((hit) => hit.name as string)
}

const procedure = (code: string, name: string) => ({
  code,
  name,
  levels: ['central' as const],
  serviceLevel: 'full' as const,
  sector: world.sector,
  agency: world.agencies.departmentA,
  steps: [{ text: 'Nộp hồ sơ' }],
  result: 'Kết quả',
})

describe('search sync from the CMS', () => {
  it('has indexed the published procedures the fixtures created, not the draft', async () => {
    await queueDrained()
    await settled(client, [procedures])
    expect(await indexed('1.000001')).toEqual(documentIds('1.000001'))
    expect(await indexed('1.000002')).toEqual(documentIds('1.000002'))
    expect(await indexed('1.000003')).toEqual([])
  })

  it('finds a newly published procedure, in both locales', async () => {
    await t.payload.create({
      collection: 'procedures',
      data: { ...procedure('1.100001', 'Cấp giấy phép đồng bộ tìm kiếm'), _status: 'published' },
    })
    await eventually('published procedure searchable', async () => {
      const { hits } = await client.index(procedures).search('giấy phép đồng bộ', { filter: 'locale = "vi"' })
      return hits.some((hit) => hit.code === '1.100001')
    })
    expect(await indexed('1.100001')).toEqual(documentIds('1.100001'))
    // No English yet: the English document shows the Vietnamese name and says so.
    const [en] = (await client.index(procedures).search('', { filter: 'code = "1.100001" AND locale = "en"' })).hits
    expect(en).toMatchObject({
      name: 'Cấp giấy phép đồng bộ tìm kiếm',
      translated: false,
      url: '/en/procedures/1.100001',
    })
  })

  it('adds the English text when it is saved', async () => {
    const { docs } = await t.payload.find({ collection: 'procedures', where: { code: { equals: '1.100001' } } })
    await t.payload.update({
      collection: 'procedures',
      id: docs[0]?.id as number,
      locale: 'en',
      data: { name: 'Search sync licence', steps: [{ id: docs[0]?.steps?.[0]?.id, text: 'File' }], result: 'Result' },
    })
    await eventually('English name indexed', async () =>
      (await names('1.100001', 'en')).includes('Search sync licence'),
    )
    expect(await names('1.100001', 'vi')).toEqual(['Cấp giấy phép đồng bộ tìm kiếm'])
  })

  it('keeps a draft-only procedure out of the index', async () => {
    await t.payload.create({ collection: 'procedures', data: procedure('1.100002', 'Thủ tục nháp'), draft: true })
    await queueDrained()
    await settled(client, [procedures])
    expect(await indexed('1.100002')).toEqual([])
  })

  it('keeps the published text searchable while a new draft of it is saved, then takes the published change', async () => {
    const id = world.procedures.publishedA
    await t.payload.update({
      collection: 'procedures',
      id,
      locale: 'vi',
      draft: true,
      data: { name: 'Tên nháp chưa duyệt', _status: 'draft' },
    })
    await queueDrained()
    await settled(client, [procedures])
    expect(await names('1.000001', 'vi')).toEqual(['Thủ tục 1.000001'])

    await t.payload.update({
      collection: 'procedures',
      id,
      locale: 'vi',
      data: { name: 'Tên mới đã duyệt', _status: 'published' },
    })
    await eventually('published change indexed', async () =>
      (await names('1.000001', 'vi')).includes('Tên mới đã duyệt'),
    )
  })

  it('removes an unpublished procedure', async () => {
    await t.payload.update({
      collection: 'procedures',
      id: world.procedures.publishedA,
      data: { _status: 'draft' },
    })
    await eventually('unpublished procedure gone', async () => (await indexed('1.000001')).length === 0)
  })

  it('removes a deleted procedure, every locale', async () => {
    await t.payload.delete({ collection: 'procedures', id: world.procedures.publishedB })
    await eventually('deleted procedure gone', async () => (await indexed('1.000002')).length === 0)
  })

  it('skips records written while seeding (the seed indexes once at the end)', async () => {
    await t.payload.create({
      collection: 'procedures',
      data: { ...procedure('1.100003', 'Thủ tục lúc nạp dữ liệu mẫu'), _status: 'published' },
      context: { seeding: true },
    })
    await queueDrained()
    await settled(client, [procedures])
    expect(await indexed('1.100003')).toEqual([])
  })

  it('publishes and deletes FAQs, linking them to their procedure', async () => {
    const { docs } = await t.payload.find({ collection: 'procedures', where: { code: { equals: '1.100001' } } })
    const faq = await t.payload.create({
      collection: 'faqs',
      data: {
        slug: 'dong-bo-hoi-dap',
        question: 'Giấy phép đồng bộ mất bao lâu?',
        sector: world.sector,
        agency: world.agencies.ministryA,
        procedures: [docs[0]?.id as number],
        _status: 'published',
      },
    })
    await eventually('FAQ searchable', async () => {
      const { hits } = await client.index(faqs).search('giấy phép đồng bộ', { filter: 'locale = "vi"' })
      return hits.some((hit) => hit.slug === 'dong-bo-hoi-dap')
    })
    const { hits } = await client.index(faqs).search('', { filter: `recordId = ${faq.id}` })
    expect(hits.map((hit) => hit.url).sort()).toEqual(['/en/faq/dong-bo-hoi-dap', '/hoi-dap/dong-bo-hoi-dap'])
    await t.payload.delete({ collection: 'faqs', id: faq.id })
    await eventually(
      'FAQ gone',
      async () => (await client.index(faqs).search('', { filter: `recordId = ${faq.id}` })).hits.length === 0,
    )
  })

  it('saves the editor’s work when Meilisearch is down, and the queued job retries until the index has it', async () => {
    const url = process.env.MEILI_URL
    // A port nothing listens on: the connection is refused at once, as with a stopped server.
    process.env.MEILI_URL = `http://127.0.0.1:${await unusedPort()}`
    let created: { id: number }
    try {
      created = await t.payload.create({
        collection: 'procedures',
        data: { ...procedure('1.100004', 'Thủ tục khi tìm kiếm ngừng'), _status: 'published' },
      })
      expect(created.id).toBeTypeOf('number')
      const key = `search:procedures:${created.id}`
      await eventually('the job failed once and waits for its retry', async () => {
        const [job] = await queueRows('j.key = $1', [key])
        return Boolean(job && job.attempts >= 1 && job.last_error)
      })
      expect(await indexed('1.100004')).toEqual([])
    } finally {
      process.env.MEILI_URL = url
    }
    // No save needed: the retry (exponential back-off) repairs the index by itself.
    await eventually('indexed by the retry', async () => (await indexed('1.100004')).length === 2, 60_000)
  })

  it('renames a sector in every procedure document that shows it', async () => {
    await t.payload.update({ collection: 'sectors', id: world.sector, locale: 'vi', data: { name: 'Hộ tịch mới' } })
    await eventually('new sector name indexed', async () => {
      const { hits } = await client.index(procedures).search('', { filter: 'code = "1.100001" AND locale = "vi"' })
      return hits[0]?.sectorName === 'Hộ tịch mới'
    })
  })
})
