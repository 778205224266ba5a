/**
 * Development's schema push, only when the schema changed. drizzle's push reads the whole
 * schema back from the database and compares it with the collections' tables at every
 * start (5-10 s on 2 busy cores, most of a later start's database step). What the collections
 * make is hashed with the installed packages (the lockfile) and kept as the comment of
 * Payload's migrations table: an equal hash means the database holds that schema already.
 * A new database, a restored older one, or any change of collection or package pushes.
 */
import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { pushDevSchema } from '@payloadcms/drizzle'
import type { SanitizedConfig } from 'payload'

type Adapter = Parameters<typeof pushDevSchema>[0] & {
  push?: boolean
  connect?: (this: Adapter, options?: unknown) => Promise<void>
}
type AdapterInit = (args: never) => Adapter

const LOCKFILE = new URL('../../package-lock.json', import.meta.url)
const TABLE = 'payload_migrations'
const wrapped = new WeakSet<object>()

function schemaHash(adapter: Adapter): string {
  const localeCodes = adapter.payload.config.localization ? adapter.payload.config.localization.localeCodes : null
  return createHash('sha256')
    .update(JSON.stringify({ localeCodes, rawTables: adapter.rawTables }))
    .update(readFileSync(LOCKFILE))
    .digest('hex')
}

async function storedHash(adapter: Adapter): Promise<string | null> {
  const { rows } = await adapter.execute({
    drizzle: adapter.drizzle,
    raw: `SELECT obj_description(to_regclass('${TABLE}'), 'pg_class') AS stamp`,
  })
  return (rows[0]?.stamp as string | null | undefined) ?? null
}

/** Make the config's database adapter push only when its schema differs from the stamped one. */
export function pushOnlyWhenChanged(config: SanitizedConfig): void {
  const db = config.db as unknown as { init: AdapterInit }
  if (wrapped.has(db)) return
  wrapped.add(db)
  const init = db.init
  db.init = ((args: never) => {
    const adapter = init(args)
    const connect = adapter.connect
    if (!connect) return adapter
    adapter.connect = async function connectThenPushIfChanged(this: Adapter, options?: unknown) {
      const wanted = this.push !== false && process.env.NODE_ENV !== 'production'
      this.push = false
      await connect.call(this, options)
      if (!wanted) return
      const hash = schemaHash(this)
      if ((await storedHash(this)) === hash) return
      await pushDevSchema(this)
      await this.execute({ drizzle: this.drizzle, raw: `COMMENT ON TABLE "${TABLE}" IS '${hash}'` })
    }
    return adapter
  }) as AdapterInit
}
