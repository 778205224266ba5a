import { execFile } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import path from 'node:path'
import { promisify } from 'node:util'
import pg from 'pg'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { dropDatabase, recreateDatabase, withDatabase } from '../../scripts/lib/database.ts'
import { closePayload, openPayload } from '../../scripts/lib/payload.ts'

/**
 * Production's schema (the committed migrations, applied by `npm run migrate`) must be the
 * schema development pushes from the collections: a collection change without its migration
 * (`npm run migrate:create -- NAME`) fails here.
 */
const root = path.resolve(import.meta.dirname, '../..')
const run = promisify(execFile)
const services = inject('services')
const suffix = randomBytes(4).toString('hex')
const migrated = withDatabase(services.databaseUrl, `dvc_migrated_${suffix}`)
const pushed = withDatabase(services.databaseUrl, `dvc_pushed_${suffix}`)

/** Columns, constraints, indexes, enum types and triggers of the public schema, as sorted lines. */
async function schemaOf(databaseUrl: string): Promise<Record<string, string[]>> {
  const client = new pg.Client({ connectionString: databaseUrl })
  await client.connect()
  const lines = async (sql: string) => (await client.query<{ line: string }>(sql)).rows.map((row) => row.line).sort()
  try {
    return {
      columns: await lines(`
        select concat_ws(' ', table_name, column_name, udt_name, is_nullable, column_default) as line
        from information_schema.columns where table_schema = 'public'`),
      constraints: await lines(`
        select concat_ws(' ', c.conrelid::regclass, c.conname, pg_get_constraintdef(c.oid)) as line
        from pg_constraint c join pg_namespace n on n.oid = c.connamespace where n.nspname = 'public'`),
      indexes: await lines(
        `select concat_ws(' ', tablename, indexdef) as line from pg_indexes where schemaname = 'public'`,
      ),
      enums: await lines(`
        select concat_ws(' ', t.typname, string_agg(e.enumlabel, ',' order by e.enumsortorder)) as line
        from pg_type t join pg_enum e on e.enumtypid = t.oid group by t.typname`),
      // What a push cannot express and scripts/lib/payload.ts adds after it (the audit log's guard).
      triggers: await lines(`
        select concat_ws(' ', t.tgrelid::regclass, pg_get_triggerdef(t.oid)) as line
        from pg_trigger t join pg_class c on c.oid = t.tgrelid join pg_namespace n on n.oid = c.relnamespace
        where n.nspname = 'public' and not t.tgisinternal`),
    }
  } finally {
    await client.end()
  }
}

/** The production path: the npm script with NODE_ENV=production. */
function migrate(databaseUrl: string) {
  return run('npm', ['run', '--silent', 'migrate'], {
    cwd: root,
    env: {
      ...process.env,
      NODE_ENV: 'production',
      DATABASE_URL: databaseUrl,
      PAYLOAD_SECRET: services.payloadSecret,
      MEILI_URL: services.meiliUrl,
      MEILI_MASTER_KEY: services.meiliMasterKey,
    },
  })
}

beforeAll(async () => {
  await Promise.all([recreateDatabase(migrated), recreateDatabase(pushed)])
}, 60_000)

afterAll(async () => {
  await Promise.all([dropDatabase(migrated), dropDatabase(pushed)])
}, 60_000)

describe('migrations', () => {
  it('build the same schema as development schema push', async () => {
    await migrate(migrated)
    const payload = await openPayload({
      databaseUrl: pushed,
      payloadSecret: services.payloadSecret,
      serverUrl: 'http://127.0.0.1:3100',
      siteUrl: 'http://127.0.0.1:4421',
      meiliUrl: services.meiliUrl,
      meiliMasterKey: services.meiliMasterKey,
      uploadsDir: path.join(services.dataDir, 'uploads', 'migrations'),
    })
    await closePayload(payload)

    const [fromMigrations, fromPush] = await Promise.all([schemaOf(migrated), schemaOf(pushed)])
    expect(fromMigrations.columns?.length).toBeGreaterThan(100)
    expect(fromMigrations).toEqual(fromPush)
  }, 240_000)

  it('refuses a database that schema push built', async () => {
    const refused = await migrate(pushed).catch((error: { code: number; stderr: string }) => error)
    expect(refused).toMatchObject({ code: 1, stderr: expect.stringMatching(/schema push/) })
  }, 120_000)
})
