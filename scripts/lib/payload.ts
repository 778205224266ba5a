import type { Payload } from 'payload'

export type PayloadEnv = {
  databaseUrl: string
  payloadSecret: string
  serverUrl: string
  siteUrl: string
  meiliUrl: string
  meiliMasterKey: string
  /** Where uploaded forms, videos and images are kept. */
  uploadsDir: string
}

/** The environment the portal server and Payload scripts read (cms/src/env.ts). */
export function payloadEnv(env: PayloadEnv): Record<string, string> {
  return {
    DATABASE_URL: env.databaseUrl,
    PAYLOAD_SECRET: env.payloadSecret,
    SERVER_URL: env.serverUrl,
    SITE_URL: env.siteUrl,
    MEILI_URL: env.meiliUrl,
    MEILI_MASTER_KEY: env.meiliMasterKey,
    UPLOADS_DIR: env.uploadsDir,
    NEXT_TELEMETRY_DISABLED: '1',
  }
}

/** The value of a variable the stack passes to its children, or a clear error. */
export function requiredEnv(name: string): string {
  const value = process.env[name]
  if (!value) throw new Error(`${name} is not set: run this through npm start or npm test`)
  return value
}

/** The reverse of payloadEnv(): for child scripts of the stack (prepare, test fixtures). */
export function payloadEnvFromProcess(): PayloadEnv {
  return {
    databaseUrl: requiredEnv('DATABASE_URL'),
    payloadSecret: requiredEnv('PAYLOAD_SECRET'),
    serverUrl: requiredEnv('SERVER_URL'),
    siteUrl: requiredEnv('SITE_URL'),
    meiliUrl: requiredEnv('MEILI_URL'),
    meiliMasterKey: requiredEnv('MEILI_MASTER_KEY'),
    uploadsDir: requiredEnv('UPLOADS_DIR'),
  }
}

/**
 * Open Payload in this process with schema push on: development and tests keep the
 * database schema in step with the collections this way (STACK-NOTES: never mix push
 * and migrations on one database), pushing only when the schema changed (schema-push.ts).
 * Close it with `payload.destroy()`.
 */
export async function openPayload(env: PayloadEnv): Promise<Payload> {
  // DISABLE_PAYLOAD_HMR: outside Next, getPayload would still open a WebSocket to the Next dev
  // server at localhost:$PORT (its config reload): `npm start`'s portal server (or whatever
  // listens there) then compiled a 404 page for it, 17-22 s of CPU in the middle of the seed.
  Object.assign(process.env, payloadEnv(env), { PAYLOAD_DB_PUSH: '1', DISABLE_PAYLOAD_HMR: 'true' })
  // Loaded here, not at the top: `npm start` reads this module for payloadEnv() alone, and
  // Payload with its database adapter takes seconds to load on 2 busy cores.
  const [
    { getPayload },
    { default: config },
    { applyVietnameseCollation },
    { applyAuditAppendOnly },
    { applyDossierAppendOnly },
    { pushOnlyWhenChanged },
  ] = await Promise.all([
    import('payload'),
    import('../../cms/src/payload.config.ts'),
    import('../../cms/src/lib/vietnamese-collation.ts'),
    import('../../cms/src/collections/AuditLog/append-only.ts'),
    import('../../cms/src/dossiers/append-only.ts'),
    import('./schema-push.ts'),
  ])
  const sanitized = await config
  pushOnlyWhenChanged(sanitized)
  const payload = await getPayload({ config: sanitized })
  // What a push cannot express. It creates columns with the database's C collation: lists
  // sort as Vietnamese readers expect only after this. It knows nothing of triggers: the
  // audit log and the dossiers' steps and reads are append-only in the database only after this.
  const db = payload.db as unknown as { drizzle: Parameters<typeof applyVietnameseCollation>[0] }
  await applyVietnameseCollation(db.drizzle)
  await applyAuditAppendOnly(db.drizzle)
  await applyDossierAppendOnly(db.drizzle)
  return payload
}

type Pool = { end(): Promise<void>; on(event: 'error', listener: (error: Error) => void): void }

/**
 * Close Payload and its connection pool. Payload's destroy() leaves the pool open, and
 * its schema push keeps one client checked out for good (seen with Payload 3.90: an idle
 * session whose last query wrote payload_migrations), so pool.end() never settles: wait
 * a moment, then leave that client to the process exit or to `DROP DATABASE ... FORCE`.
 */
export async function closePayload(payload: Payload): Promise<void> {
  const pool = (payload.db as unknown as { pool?: Pool }).pool
  await payload.destroy()
  if (!pool) return
  // The stray client is later killed by the server; that must not crash the process.
  pool.on('error', () => {})
  await Promise.race([pool.end(), new Promise((resolve) => setTimeout(resolve, 1000).unref())])
}
