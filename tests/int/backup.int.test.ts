import { randomBytes } from 'node:crypto'
import { mkdtemp, readFile, realpath, rm } from 'node:fs/promises'
import path from 'node:path'
import pg from 'pg'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { createBackup, uploadsDir } from '../../scripts/lib/backup.ts'
import { fingerprintTree } from '../../scripts/lib/backup-files.ts'
import { embeddedDataDir, RestoreRefused, restoreBackup } from '../../scripts/lib/backup-restore.ts'
import { type Config, loadConfig } from '../../scripts/lib/config.ts'
import { silentLog } from '../../scripts/lib/log.ts'
import { closePayload, openPayload } from '../../scripts/lib/payload.ts'
import { type PostgresHandle, startPostgres } from '../../scripts/services/postgres.ts'
import { dropIndexes, testClient, unusedPort } from '../support/search.ts'
import { buildWorld } from './helpers/fixtures.ts'

/**
 * A private embedded PostgreSQL and uploads folder: filled through Payload, backed up,
 * destroyed, restored; every row of every table and every file must come back.
 */
let config: Config
let postgres: PostgresHandle | undefined
const prefix = `backup_${randomBytes(4).toString('hex')}_`

/** Every table of the database, each as a checksum of its rows in a stable order. */
async function databaseFingerprint(): Promise<Record<string, string>> {
  const client = new pg.Client({ connectionString: config.postgres.url })
  await client.connect()
  try {
    const { rows: tables } = await client.query<{ name: string }>(
      `SELECT quote_ident(tablename) AS name FROM pg_tables WHERE schemaname = 'public' ORDER BY 1`,
    )
    const result: Record<string, string> = {}
    for (const { name } of tables) {
      const { rows } = await client.query(
        `SELECT count(*)::int AS n, md5(coalesce(string_agg(t::text, '|' ORDER BY t::text), '')) AS sum FROM ${name} t`,
      )
      result[name] = `${rows[0].n}:${rows[0].sum}`
    }
    return result
  } finally {
    await client.end()
  }
}

beforeAll(async () => {
  const services = inject('services')
  const dataDir = await mkdtemp(path.join(services.dataDir, 'backup-'))
  config = loadConfig('test', { dataDir, ports: { postgres: await unusedPort() } })
  postgres = await startPostgres(config, silentLog)
  process.env.SEARCH_INDEX_PREFIX = prefix
  const payload = await openPayload({
    databaseUrl: config.postgres.url,
    payloadSecret: config.secrets.payloadSecret,
    serverUrl: 'http://127.0.0.1:3100',
    siteUrl: 'http://127.0.0.1:4421',
    meiliUrl: services.meiliUrl,
    meiliMasterKey: services.meiliMasterKey,
    uploadsDir: uploadsDir(config),
  })
  try {
    await buildWorld(payload)
    const pdf = await readFile(path.resolve(import.meta.dirname, '../fixtures/media/synthetic-sample-form.pdf'))
    await payload.create({
      collection: 'forms',
      data: { slug: 'to-khai-sao-luu', title: 'Tờ khai (sao lưu)' },
      file: { name: 'to-khai-sao-luu.pdf', data: pdf, mimetype: 'application/pdf', size: pdf.length },
    })
    const png = await sharp({ create: { width: 800, height: 400, channels: 3, background: '#ffcd00' } })
      .png()
      .toBuffer()
    await payload.create({
      collection: 'media',
      data: { alt: 'Ngôi sao' },
      file: { name: 'sao.png', data: png, mimetype: 'image/png', size: png.length },
    })
  } finally {
    await closePayload(payload)
  }
}, 240_000)

afterAll(async () => {
  await postgres?.stop()
  // Meilisearch on a busy machine may outlast the fixture's wait: leftovers carry a random prefix.
  await dropIndexes(testClient(), prefix).catch(() => {})
  if (config) await rm(config.dataDir, { recursive: true, force: true })
})

describe('npm run backup, then npm run restore', () => {
  it('brings back every row of every table and every uploaded file into empty folders', async () => {
    const rows = await databaseFingerprint()
    const files = await fingerprintTree(uploadsDir(config))
    expect(Object.keys(files).filter((file) => file.startsWith('forms/'))).toEqual(['forms/to-khai-sao-luu.pdf'])
    // The image and its two sizes narrower than 800 px.
    expect(Object.keys(files).filter((file) => file.startsWith('media/')).length).toBe(3)
    expect(rows.procedures).toMatch(/^3:/)

    const folder = await createBackup(config, silentLog)
    expect(path.basename(folder)).toMatch(/^backup-\d{4}-\d\d-\d\dT\d\d-\d\d-\d\dZ$/)

    // Over the running server, then over its data folder: refused, nothing touched.
    await expect(restoreBackup(folder, config, silentLog, { force: true })).rejects.toThrow(/PostgreSQL is running/)
    await postgres?.stop()
    postgres = undefined
    await rm(uploadsDir(config), { recursive: true, force: true })
    const refusal = restoreBackup(folder, config, silentLog)
    await expect(refusal).rejects.toBeInstanceOf(RestoreRefused)
    await expect(refusal).rejects.toThrow(/pg is not empty: restore into an empty data folder, or pass --force/)

    // As root in a 0700 checkout the cluster lives outside it, behind the `pg` link: destroy both.
    const pgDir = embeddedDataDir(config)
    await rm(await realpath(pgDir).catch(() => pgDir), { recursive: true, force: true })
    await rm(pgDir, { recursive: true, force: true })
    await restoreBackup(folder, config, silentLog)
    postgres = await startPostgres(config, silentLog)
    expect(await databaseFingerprint()).toEqual(rows)
    expect(await fingerprintTree(uploadsDir(config))).toEqual(files)
  })
})
