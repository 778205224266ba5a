import {
  applySettings,
  browserSearchConfig,
  diffSettings,
  ensureSearchKey,
  indexNames,
  type ProcedureDocument,
  procedureDocuments,
  rebuildIndex,
  removeRecord,
  replaceRecord,
  SETTINGS,
  searchKeyUid,
} from '@dvc/search'
import { Meilisearch } from 'meilisearch'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { contentProcedureSources, syntheticProcedureSources } from '../bench/search-sources.ts'
import { dropIndexes, testClient, uniquePrefix } from '../support/search.ts'

const prefix = uniquePrefix()
const names = indexNames(prefix)
const real = contentProcedureSources()
const realDocuments = real.flatMap(procedureDocuments)
let client: Meilisearch

beforeAll(() => {
  client = testClient()
})
afterAll(async () => {
  await dropIndexes(client, prefix)
})

const search = (q: string, filter = 'locale = "vi"') => client.index(names.procedures).search(q, { filter })

describe('settings', () => {
  it('are applied once: a second run changes nothing and the server holds exactly ours', async () => {
    const uid = `${prefix}settings`
    const first = await applySettings(client, uid, SETTINGS.procedures)
    expect(first).toEqual(
      expect.arrayContaining(['searchableAttributes', 'filterableAttributes', 'synonyms', 'typoTolerance']),
    )
    expect(await applySettings(client, uid, SETTINGS.procedures)).toEqual([])
    expect(diffSettings(await client.index(uid).getSettings(), SETTINGS.procedures)).toEqual({})
    // No task was queued by the second run.
    const { results } = await client.tasks.getTasks({ indexUids: [uid], types: ['settingsUpdate'] })
    expect(results).toHaveLength(1)
  })

  it('change only what differs when the code changes', async () => {
    const uid = `${prefix}settings`
    const changed = { ...SETTINGS.procedures, stopWords: [...(SETTINGS.procedures.stopWords ?? []), 'xin'] }
    expect(await applySettings(client, uid, changed)).toEqual(['stopWords'])
    expect(await applySettings(client, uid, SETTINGS.procedures)).toEqual(['stopWords'])
  })
})

describe('full rebuild', () => {
  it('creates the index when there is none, with settings and every document', async () => {
    const result = await rebuildIndex(client, names.procedures, SETTINGS.procedures, [realDocuments])
    expect(result.documents).toBe(114)
    expect((await client.index(names.procedures).getStats()).numberOfDocuments).toBe(114)
    expect((await search('khai sinh')).hits[0]).toMatchObject({ code: '1.001193', locale: 'vi' })
  })

  it('swaps the new index in while searches keep answering from the old one, then leaves nothing behind', async () => {
    const synthetic = syntheticProcedureSources(3000, real).flatMap(procedureDocuments)
    const answers: number[] = []
    let rebuilding = true
    const reader = (async () => {
      while (rebuilding) answers.push((await search('hộ chiếu')).estimatedTotalHits ?? 0)
    })()
    const result = await rebuildIndex(client, names.procedures, SETTINGS.procedures, [realDocuments, synthetic])
    rebuilding = false
    await reader
    expect(result.documents).toBe(114 + 6000)
    // Every search during the rebuild found the passport procedures: never an empty index.
    expect(answers.length).toBeGreaterThan(3)
    expect(Math.min(...answers)).toBeGreaterThan(0)
    expect((await client.index(names.procedures).getStats()).numberOfDocuments).toBe(6114)
    const { results } = await client.getRawIndexes({ limit: 1000 })
    expect(results.map((index) => index.uid).filter((uid) => uid.includes('__rebuild_'))).toEqual([])
  })

  it('labels synthetic documents so a filter can leave them out', async () => {
    const { hits, estimatedTotalHits } = await search('hộ chiếu', 'locale = "vi" AND synthetic = true')
    expect(estimatedTotalHits).toBeGreaterThan(0)
    for (const hit of hits) expect(hit.name).toMatch(/^\[Dữ liệu giả lập\] /)
    const real = await search('hộ chiếu', 'locale = "vi" AND synthetic = false')
    for (const hit of real.hits) expect(hit.name).not.toMatch(/giả lập/)
  })

  it('removes the half-built index when a rebuild fails, and the live one stays', async () => {
    const broken = [[{ id: 'bad.id', recordId: 1 }]] as unknown as ProcedureDocument[][]
    await expect(rebuildIndex(client, names.procedures, SETTINGS.procedures, broken)).rejects.toThrow(
      /adding documents/,
    )
    expect((await client.index(names.procedures).getStats()).numberOfDocuments).toBe(6114)
    const { results } = await client.getRawIndexes({ limit: 1000 })
    expect(results.map((index) => index.uid).filter((uid) => uid.includes('__rebuild_'))).toEqual([])
  })
})

describe('incremental updates', () => {
  const uid = `${prefix}incremental`

  beforeAll(async () => {
    await rebuildIndex(client, uid, SETTINGS.procedures, [realDocuments])
  })

  const codesOf = async (recordId: number) =>
    (await client.index(uid).search('', { filter: `recordId = ${recordId}` })).hits.map((hit) => hit.id).sort()

  it('replace a record: a changed code takes its old documents with it', async () => {
    const birth = real.find((source) => source.code === '1.001193')
    if (!birth) throw new Error('seed content has no 1.001193')
    const renamed = procedureDocuments({ ...birth, code: '1.999999' })
    await client.tasks.waitForTasks(await replaceRecord(client, uid, birth.recordId, renamed))
    expect(await codesOf(birth.recordId as number)).toEqual(['1_999999-en', '1_999999-vi'])
  })

  it('remove a record in every locale', async () => {
    const passport = real.find((source) => source.code === '1.001456')
    if (!passport) throw new Error('seed content has no 1.001456')
    await client.tasks.waitForTasks(await removeRecord(client, uid, passport.recordId))
    expect(await codesOf(passport.recordId as number)).toEqual([])
  })
})

describe('the browser key', () => {
  it('is created once, can only search, and only our indexes', async () => {
    const indexes = [names.procedures, names.faqs]
    const first = await ensureSearchKey(client, indexes)
    const again = await ensureSearchKey(client, indexes)
    expect(again.key).toBe(first.key)
    expect(again.uid).toBe(first.uid)
    expect(first.actions).toEqual(['search'])
    expect([...first.indexes].sort()).toEqual([...indexes].sort())
    expect(first.key).not.toBe(inject('services').meiliMasterKey)

    const browser = new Meilisearch({ host: inject('services').meiliUrl, apiKey: first.key })
    const found = await browser.index(names.procedures).search('hộ chiếu', { filter: 'locale = "en"' })
    expect(found.hits.length).toBeGreaterThan(0)
    await expect(browser.index(names.procedures).addDocuments([{ id: 'x' }])).rejects.toMatchObject({
      cause: { code: 'invalid_api_key' },
    })
    await expect(browser.index(`${prefix}settings`).search('x')).rejects.toMatchObject({
      cause: { code: 'invalid_api_key' },
    })
    await expect(browser.getKeys()).rejects.toMatchObject({ cause: { code: 'invalid_api_key' } })
  })

  it('is handed to the site build with the public host and index names, never the master key', async () => {
    const config = await browserSearchConfig(client, { publicHost: 'https://tim-kiem.example.gov.vn', indexes: names })
    expect(config).toEqual({
      host: 'https://tim-kiem.example.gov.vn',
      apiKey: (await ensureSearchKey(client, [names.procedures, names.faqs])).key,
      indexes: { procedures: names.procedures, faqs: names.faqs },
    })
    expect(config.apiKey).not.toBe(inject('services').meiliMasterKey)
  })

  it('is replaced when a key of that uid allows more than searching (a key cannot be changed in place)', async () => {
    const indexes = [`${prefix}other`]
    const uid = searchKeyUid(indexes)
    await client.createKey({ uid, actions: ['search', 'documents.add'], indexes, expiresAt: null })
    const key = await ensureSearchKey(client, indexes)
    expect(key.uid).toBe(uid)
    expect(key.actions).toEqual(['search'])
    expect((await client.getKey(uid)).actions).toEqual(['search'])
  })
})
