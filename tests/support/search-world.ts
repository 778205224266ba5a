/**
 * A seeded, indexed world for search tests: the real seed content in a database of the
 * file's own and its own indexes (tests/support/payload.ts, tests/support/search.ts).
 */
import { indexEverything } from '@dvc/cms/search'
import type { Meilisearch } from 'meilisearch'
import { createLocalReq, type Payload } from 'payload'
import { loadContent } from '../../content/schema.ts'
import { seedContent } from '../../scripts/seed/content.ts'
import { SEEDING } from '../../scripts/seed/context.ts'
import { startTestPayload, type TestPayload } from './payload.ts'
import { dropIndexes, testClient, uniquePrefix, useIndexPrefix } from './search.ts'

/** The 40 real procedures, their FAQs and reference data, as `npm start` seeds them (hooks skipped). */
export async function seedRealContent(payload: Payload): Promise<void> {
  const req = await createLocalReq({ context: SEEDING }, payload)
  await seedContent(payload, req, loadContent(), () => {})
}

/**
 * One test file's search world: its own index prefix, its own database with the real
 * seed, both indexed. `close()` drops the indexes and the database.
 */
export async function startSeededSearch(): Promise<{
  t: TestPayload
  client: Meilisearch
  prefix: string
  close(): Promise<void>
}> {
  const prefix = uniquePrefix()
  useIndexPrefix(prefix)
  const client = testClient()
  const t = await startTestPayload()
  await seedRealContent(t.payload)
  await indexEverything(t.payload)
  return {
    t,
    client,
    prefix,
    async close() {
      await dropIndexes(client, prefix)
      await t.close()
    },
  }
}
