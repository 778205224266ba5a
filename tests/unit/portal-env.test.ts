import { describe, expect, it } from 'vitest'

import { EnvError, readPortalEnv, searchEnv } from '../../cms/src/env.ts'

const production = {
  NODE_ENV: 'production',
  DATABASE_URL: 'postgres://portal:pw@db.internal:5432/dichvucong',
  PAYLOAD_SECRET: '3f9a1c7e5b2d8046af13c9e7b5d20864',
  MEILI_URL: 'https://search.internal',
  MEILI_MASTER_KEY: 'Zq8-xW3kP0vN7rT2',
  UPLOADS_DIR: '/var/lib/dichvucong/uploads',
}

const linesOf = (source: Record<string, string | undefined>): string[] => {
  try {
    readPortalEnv(source)
  } catch (error) {
    if (error instanceof EnvError) return error.lines
    throw error
  }
  return []
}

describe("the portal server's environment", () => {
  it('reads a complete production environment, with defaults for the rest', () => {
    expect(readPortalEnv(production)).toMatchObject({
      PORT: 3000,
      HOST: '127.0.0.1',
      PAYLOAD_DB_PUSH: '0',
      SERVER_URL: 'http://localhost:3000',
      SEARCH_INDEX_PREFIX: '',
    })
  })

  it.each([
    [{ PAYLOAD_SECRET: undefined }, /^PAYLOAD_SECRET is not set: use at least 32 random characters/],
    [{ PAYLOAD_SECRET: '' }, /^PAYLOAD_SECRET is not set/],
    [{ PAYLOAD_SECRET: 'change-me' }, /^PAYLOAD_SECRET is too short/],
    [{ PAYLOAD_SECRET: 'a'.repeat(40) }, /^PAYLOAD_SECRET looks weak/],
    [{ DATABASE_URL: undefined }, /^DATABASE_URL is not set: set it like postgres:\/\//],
    [{ DATABASE_URL: 'mysql://db/x' }, /^DATABASE_URL is not a PostgreSQL URL/],
    [{ MEILI_URL: undefined }, /^MEILI_URL is not set: set it like http:\/\/localhost:7700/],
    [{ MEILI_MASTER_KEY: undefined }, /^MEILI_MASTER_KEY is not set/],
    [{ MEILI_MASTER_KEY: 'short' }, /^MEILI_MASTER_KEY is too short/],
    [{ PORT: '70000' }, /^PORT is not a port number: set it like 3000/],
    [{ PAYLOAD_DB_PUSH: '1' }, /^PAYLOAD_DB_PUSH is 1, but production takes its schema from migrations/],
  ])('%j stops production with one line naming the variable', (change, line) => {
    expect(linesOf({ ...production, ...change })).toEqual([expect.stringMatching(line)])
  })

  it('lets development start without Meilisearch, and says so on the first search', () => {
    const { MEILI_URL: _, MEILI_MASTER_KEY: __, ...rest } = production
    expect(linesOf({ ...rest, NODE_ENV: 'development' })).toEqual([])
    expect(() => searchEnv(rest)).toThrow(EnvError)
  })
})
