import { execFile } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import path from 'node:path'
import { promisify } from 'node:util'
import pg from 'pg'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { dropDatabase, recreateDatabase, withDatabase } from '../../scripts/lib/database.ts'

/**
 * Development's schema push runs only when the collections' schema differs from the one the
 * database was stamped with (scripts/lib/schema-push.ts): a later `npm start` skips drizzle's
 * read-back of the whole schema. Seen from the database: an index dropped behind the push's
 * back stays dropped while the stamp matches, and comes back once the stamp differs.
 */
const root = path.resolve(import.meta.dirname, '../..')
const services = inject('services')
const databaseUrl = withDatabase(services.databaseUrl, `dvc_push_${randomBytes(4).toString('hex')}`)
const INDEX = 'procedures_code_idx'

function openAndClose() {
  return promisify(execFile)('npx', ['tsx', 'tests/int/helpers/open-payload-child.ts'], {
    cwd: root,
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      PAYLOAD_SECRET: services.payloadSecret,
      SERVER_URL: 'http://127.0.0.1:3100',
      SITE_URL: 'http://127.0.0.1:4421',
      MEILI_URL: services.meiliUrl,
      MEILI_MASTER_KEY: services.meiliMasterKey,
      UPLOADS_DIR: path.join(services.dataDir, 'uploads', 'schema-push'),
    },
  })
}

async function query<T>(sql: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: databaseUrl })
  await client.connect()
  try {
    return (await client.query(sql)).rows as T[]
  } finally {
    await client.end()
  }
}

const stamp = async () =>
  (await query<{ stamp: string | null }>(`select obj_description('payload_migrations'::regclass) as stamp`))[0]?.stamp
const hasIndex = async () => (await query(`select 1 from pg_indexes where indexname = '${INDEX}'`)).length === 1

beforeAll(async () => {
  await recreateDatabase(databaseUrl)
}, 60_000)

afterAll(async () => {
  await dropDatabase(databaseUrl)
}, 60_000)

describe('schema push', () => {
  it('pushes a new database and stamps it, then skips while the stamp matches', async () => {
    await openAndClose()
    const first = await stamp()
    expect(first).toMatch(/^[0-9a-f]{64}$/)
    expect(await hasIndex()).toBe(true)

    await query(`drop index "${INDEX}"`)
    await openAndClose()
    expect(await hasIndex()).toBe(false)
    expect(await stamp()).toBe(first)
  }, 180_000)

  it('pushes again when the stamp differs (another schema or other packages)', async () => {
    await query(`comment on table "payload_migrations" is 'an older schema'`)
    await openAndClose()
    expect(await hasIndex()).toBe(true)
    expect(await stamp()).toMatch(/^[0-9a-f]{64}$/)
  }, 180_000)
})
