import { existsSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { loadConfig } from '../../scripts/lib/config.ts'
import { ConfigError } from '../../scripts/lib/errors.ts'

const REPO_ROOT = resolve(import.meta.dirname, '../..')

let rootDir: string
beforeEach(() => {
  rootDir = mkdtempSync(join(tmpdir(), 'dvc-config-'))
})
afterEach(() => {
  rmSync(rootDir, { recursive: true, force: true })
})

/** Config read from `env` only (never the developer's shell), with data under a temp root. */
const load = (profile: 'dev' | 'test', env: Record<string, string> = {}) => loadConfig(profile, { env, rootDir })

const errorOf = (fn: () => unknown): ConfigError => {
  try {
    fn()
  } catch (err) {
    if (err instanceof ConfigError) return err
    throw err
  }
  throw new Error('expected a ConfigError')
}

describe.each([
  { profile: 'dev', dataDir: '.data', postgres: 54320, meili: 7700, cms: 3000, site: 4321 },
  { profile: 'test', dataDir: '.data/test', postgres: 54321, meili: 7701, cms: 3100, site: 4421 },
] as const)('defaults of the $profile profile', (expected) => {
  it('runs embedded services on its own ports and data folder', () => {
    const config = load(expected.profile)
    expect(config.profile).toBe(expected.profile)
    expect(config.dataDir).toBe(join(rootDir, expected.dataDir))
    expect(config.postgres).toMatchObject({ embedded: true, port: expected.postgres })
    expect(config.postgres.url).toMatch(
      new RegExp(`^postgres://postgres:[^@]+@127\\.0\\.0\\.1:${expected.postgres}/dichvucong$`),
    )
    expect(config.meili).toMatchObject({
      embedded: true,
      port: expected.meili,
      url: `http://127.0.0.1:${expected.meili}`,
    })
    expect(config.meili.bin).toBeUndefined()
    expect(config.cms).toEqual({ port: expected.cms, url: `http://localhost:${expected.cms}` })
    expect(config.site).toMatchObject({ port: expected.site, url: `http://localhost:${expected.site}` })
  })

  it('generates development secrets once, into a private file, and reads them back', () => {
    const first = load(expected.profile)
    const file = join(first.dataDir, 'secrets.json')
    expect(statSync(file).mode & 0o777).toBe(0o600)
    expect(first.secrets.payloadSecret).toMatch(/^[0-9a-f]{64}$/)
    expect(first.meili.masterKey).toMatch(/^[A-Za-z0-9_-]{43}$/)
    expect(first.secrets.adminEmail).toBe('admin@dichvucong.local')
    expect(first.secrets.adminPassword.length).toBeGreaterThanOrEqual(16)

    const second = load(expected.profile)
    expect(second.secrets).toEqual(first.secrets)
    expect(second.meili.masterKey).toBe(first.meili.masterKey)
    expect(second.postgres.url).toBe(first.postgres.url)
  })
})

it('lives in the repository by default', () => {
  const config = loadConfig('dev', {
    // Everything external, so loading writes no secrets file into the real .data.
    env: {
      DATABASE_URL: 'postgres://portal:pw@db.internal:5432/dichvucong',
      MEILI_URL: 'https://search.internal',
      MEILI_MASTER_KEY: 'a-master-key-of-32-characters-xx',
      PAYLOAD_SECRET: 'a-payload-secret-of-32-characters',
      ADMIN_PASSWORD: 'correct horse battery',
    },
  })
  expect(config.rootDir).toBe(REPO_ROOT)
  expect(config.dataDir).toBe(join(REPO_ROOT, '.data'))
})

it('is frozen all the way down', () => {
  const config = load('dev')
  expect(Object.isFrozen(config)).toBe(true)
  expect(Object.isFrozen(config.postgres)).toBe(true)
  expect(() => {
    ;(config.cms as { port: number }).port = 1
  }).toThrow(TypeError)
})

describe('environment overrides (dev)', () => {
  it('moves ports and replaces secrets', () => {
    const config = load('dev', {
      PG_PORT: '6543',
      MEILI_PORT: '7777',
      PORT: '8080',
      SITE_PORT: '8081',
      PAYLOAD_SECRET: 'x'.repeat(32),
      ADMIN_EMAIL: 'ops@example.gov.vn',
      ADMIN_PASSWORD: 'a long admin password',
    })
    expect(config.postgres.port).toBe(6543)
    expect(config.postgres.url).toContain('@127.0.0.1:6543/')
    expect(config.meili.url).toBe('http://127.0.0.1:7777')
    expect(config.cms).toEqual({ port: 8080, url: 'http://localhost:8080' })
    expect(config.site).toMatchObject({ port: 8081, url: 'http://localhost:8081' })
    expect(config.secrets).toEqual({
      payloadSecret: 'x'.repeat(32),
      adminEmail: 'ops@example.gov.vn',
      adminPassword: 'a long admin password',
    })
  })

  it('uses external services instead of embedded ones', () => {
    const config = load('dev', {
      DATABASE_URL: 'postgres://portal:pw@db.internal:6432/dichvucong',
      MEILI_URL: 'https://search.internal/',
      MEILI_MASTER_KEY: 'm'.repeat(32),
      MEILI_BIN: process.execPath,
    })
    expect(config.postgres).toEqual({
      embedded: false,
      port: 6432,
      url: 'postgres://portal:pw@db.internal:6432/dichvucong',
    })
    expect(config.meili).toMatchObject({ embedded: false, url: 'https://search.internal', masterKey: 'm'.repeat(32) })
    expect(config.meili.bin).toBe(process.execPath)
  })

  it('needs no secrets file when the environment provides every secret', () => {
    const config = load('dev', {
      DATABASE_URL: 'postgres://portal:pw@db.internal:5432/dichvucong',
      MEILI_URL: 'https://search.internal',
      MEILI_MASTER_KEY: 'm'.repeat(32),
      PAYLOAD_SECRET: 'x'.repeat(32),
      ADMIN_PASSWORD: 'a long admin password',
    })
    expect(existsSync(join(config.dataDir, 'secrets.json'))).toBe(false)
  })

  it('generates no secrets under NODE_ENV=production', () => {
    const error = errorOf(() => load('dev', { NODE_ENV: 'production' }))
    expect(error.path).toBe('NODE_ENV')
    expect(existsSync(join(rootDir, '.data', 'secrets.json'))).toBe(false)
  })

  it('treats an empty variable as unset', () => {
    expect(load('dev', { PORT: '', DATABASE_URL: ' ' }).cms.port).toBe(3000)
  })
})

describe('the test profile', () => {
  it('keeps its ports and services whatever the dev variables say', () => {
    const config = load('test', {
      PORT: '8080',
      SITE_PORT: '8081',
      PG_PORT: '6543',
      DATABASE_URL: 'postgres://portal:pw@prod.internal:5432/dichvucong',
      MEILI_URL: 'https://search.prod.internal',
      MEILI_MASTER_KEY: 'm'.repeat(32),
    })
    expect(config.cms.port).toBe(3100)
    expect(config.site.port).toBe(4421)
    expect(config.postgres).toMatchObject({ embedded: true, port: 54321 })
    expect(config.meili).toMatchObject({ embedded: true, url: 'http://127.0.0.1:7701' })
    expect(config.meili.masterKey).not.toBe('m'.repeat(32))
  })

  it('honours DATABASE_URL_TEST and MEILI_URL_TEST', () => {
    const config = load('test', {
      DATABASE_URL_TEST: 'postgres://ci:pw@localhost:5432/dichvucong_test',
      MEILI_URL_TEST: 'http://localhost:7700',
      MEILI_MASTER_KEY_TEST: 'k'.repeat(16),
    })
    expect(config.postgres).toMatchObject({ embedded: false, url: 'postgres://ci:pw@localhost:5432/dichvucong_test' })
    expect(config.meili).toMatchObject({ embedded: false, url: 'http://localhost:7700', masterKey: 'k'.repeat(16) })
  })

  it('moves every port and its data folder by TEST_PORT_OFFSET', () => {
    const config = load('test', { TEST_PORT_OFFSET: '50' })
    expect(config.dataDir).toBe(join(rootDir, '.data', 'test-50'))
    expect([config.postgres.port, config.cms.port, config.site.port]).toEqual([54371, 3150, 4471])
    expect(config.meili.url).toBe('http://127.0.0.1:7751')
  })

  it('may use a private data folder and ports (for service tests)', () => {
    const dataDir = join(rootDir, 'elsewhere')
    const config = loadConfig('test', { env: {}, dataDir, ports: { postgres: 40001, meili: 40002 } })
    expect(config.dataDir).toBe(dataDir)
    expect(config.postgres.port).toBe(40001)
    expect(config.meili.url).toBe('http://127.0.0.1:40002')
  })
})

describe('a bad value names the variable and the fix', () => {
  it.each([
    [
      'dev',
      { MEILI_URL: 'localhost:7700', MEILI_MASTER_KEY: 'm'.repeat(16) },
      'MEILI_URL is not a URL: set it like http://localhost:7700',
    ],
    ['test', { MEILI_URL_TEST: 'meili' }, 'MEILI_URL_TEST is not a URL: set it like http://localhost:7701'],
    ['dev', { PG_PORT: 'abc' }, 'PG_PORT is not a port number: set it like 54320'],
    ['dev', { PORT: '70000' }, 'PORT is not a port number: set it like 3000'],
    [
      'dev',
      { DATABASE_URL: 'mysql://db/x' },
      'DATABASE_URL is not a PostgreSQL URL: set it like postgres://user:password@localhost:5432/dichvucong',
    ],
    [
      'dev',
      { MEILI_URL: 'http://search.internal' },
      'MEILI_MASTER_KEY is missing: set it to the master key of the Meilisearch at MEILI_URL',
    ],
    ['dev', { ADMIN_EMAIL: 'admin' }, 'ADMIN_EMAIL is not an email address: set it like admin@example.gov.vn'],
    [
      'dev',
      { MEILI_BIN: '/nowhere/meilisearch' },
      'MEILI_BIN is not a file: set it to the path of an official meilisearch binary',
    ],
    ['dev', { SITE_PORT: '3000' }, 'SITE_PORT is 3000, the same port as PORT: give each service its own port'],
  ] as const)('%s %j', (profile, env, message) => {
    const error = errorOf(() => load(profile, env))
    expect(error.message).toBe(message)
    expect(error.path).toBe(message.split(' ')[0])
  })

  it('refuses a damaged secrets file instead of overwriting it', () => {
    const dataDir = join(rootDir, '.data')
    load('dev')
    writeFileSync(join(dataDir, 'secrets.json'), '{ "payloadSecret": ')
    expect(errorOf(() => load('dev')).message).toMatch(/secrets\.json is not valid JSON: delete it/)
  })
})
