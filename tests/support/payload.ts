import { randomBytes } from 'node:crypto'
import path from 'node:path'
import type { Payload } from 'payload'
import { inject } from 'vitest'

import { dropDatabase, recreateDatabase, withDatabase } from '../../scripts/lib/database.ts'
import { closePayload, openPayload } from '../../scripts/lib/payload.ts'
import { dropIndexes, testClient } from './search.ts'

export type TestPayload = { payload: Payload; close(): Promise<void> }

/**
 * A Payload of its own for one test file: a fresh database on the shared test server,
 * schema pushed from the collections, dropped again at the end.
 */
export async function startTestPayload(): Promise<TestPayload> {
  const services = inject('services')
  const name = `dvc_int_${randomBytes(4).toString('hex')}`
  const databaseUrl = withDatabase(services.databaseUrl, name)
  await recreateDatabase(databaseUrl)
  // Published records go to the search index through the sync hooks: each file writes to
  // indexes of its own on the shared Meilisearch, never to those the browser tests read.
  const ownPrefix = process.env.SEARCH_INDEX_PREFIX ? undefined : `${name}_`
  if (ownPrefix) process.env.SEARCH_INDEX_PREFIX = ownPrefix
  const payload = await openPayload({
    databaseUrl,
    payloadSecret: services.payloadSecret,
    serverUrl: 'http://127.0.0.1:3100',
    siteUrl: 'http://127.0.0.1:4421',
    meiliUrl: services.meiliUrl,
    meiliMasterKey: services.meiliMasterKey,
    uploadsDir: path.join(services.dataDir, 'uploads', name),
  })
  return {
    payload,
    async close() {
      await closePayload(payload)
      await dropDatabase(databaseUrl)
      if (ownPrefix) await dropIndexes(testClient(), ownPrefix)
    },
  }
}
