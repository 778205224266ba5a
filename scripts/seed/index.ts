import { sql } from '@payloadcms/db-postgres'
import { commitTransaction, createLocalReq, initTransaction, killTransaction, type Payload } from 'payload'

import { loadContent, loadNational } from '../../content/schema.ts'
import { seedContent } from './content.ts'
import { SEEDING } from './context.ts'
import { seedDossierContent } from './dossiers.ts'
import { seedNational } from './national.ts'

export type SeedOptions = {
  adminEmail: string
  adminPassword: string
  /** The national catalogue (content/national/) too; on unless a test world leaves it out. */
  national?: boolean
  log: (message: string) => void
}

/**
 * Load the seed content and the national catalogue into an empty database, in one transaction:
 * all or nothing.
 */
export async function seed(payload: Payload, options: SeedOptions): Promise<void> {
  const content = loadContent()
  const req = await createLocalReq({ context: SEEDING }, payload)
  await initTransaction(req)
  try {
    options.log('creating the development administrator')
    await payload.create({
      collection: 'users',
      data: {
        name: 'Quản trị viên (phát triển)',
        email: options.adminEmail,
        password: options.adminPassword,
        roles: ['admin'],
      },
      context: SEEDING,
      req,
    })
    const refs = await seedContent(payload, req, content, options.log)
    const curated = new Set(content.procedures.map((p) => p.code))
    if (options.national !== false) await seedNational(payload, req, loadNational(), refs, curated, options.log)
    await seedDossierContent(payload, req, refs, options.log)
    await commitTransaction(req)
  } catch (error) {
    await killTransaction(req)
    throw error
  }
  await analyze(payload)
}

/**
 * The planner's statistics of the rows just written: until autovacuum gathers them (a minute or
 * more later) PostgreSQL may plan reads of the new tables as if they were nearly empty, and the
 * search index and the site read the whole catalogue right after the seed. About a second.
 */
export async function analyze(payload: Payload): Promise<void> {
  const db = (payload.db as unknown as { drizzle: { execute(query: ReturnType<typeof sql.raw>): Promise<unknown> } })
    .drizzle
  await db.execute(sql.raw('ANALYZE'))
}
