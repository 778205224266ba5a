/**
 * Configuration of the local stack (PostgreSQL, Meilisearch, portal server,
 * static site) for a profile: `dev` for `npm start`, `test` for `npm test`.
 * Test ports and data differ so tests never touch a running `npm start`.
 *
 * Checked once at start against a schema; a bad value fails with the variable
 * and a fix, e.g. "MEILI_URL is not a URL: set it like http://localhost:7700".
 */
import { existsSync } from 'node:fs'
import { resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { port, RULES } from '@dvc/cms/env-rules'
import { z } from 'zod'
import { ConfigError } from './errors.ts'
import { loadSecrets } from './secrets.ts'

export type Profile = 'dev' | 'test'

/** Everything that is not set through the environment. */
export const DEFAULTS = deepFreeze({
  profiles: {
    dev: { dataDir: '.data', postgresPort: 54320, meiliPort: 7700, cmsPort: 3000, sitePort: 4321 },
    test: { dataDir: '.data/test', postgresPort: 54321, meiliPort: 7701, cmsPort: 3100, sitePort: 4421 },
  },
  /** Embedded services listen on the loopback only: their dev passwords are not meant to leave this machine. */
  serviceHost: '127.0.0.1',
  /** Public URLs keep `localhost`, the host named in the architecture's contracts. */
  publicHost: 'localhost',
  postgresUser: 'postgres',
  database: 'dichvucong',
})

/** Settings read from the environment, by their name in the schema below. */
const ENV_VARS = deepFreeze({
  dev: {
    databaseUrl: 'DATABASE_URL',
    pgPort: 'PG_PORT',
    meiliUrl: 'MEILI_URL',
    meiliMasterKey: 'MEILI_MASTER_KEY',
    meiliPort: 'MEILI_PORT',
    meiliBin: 'MEILI_BIN',
    cmsPort: 'PORT',
    sitePort: 'SITE_PORT',
    payloadSecret: 'PAYLOAD_SECRET',
    adminEmail: 'ADMIN_EMAIL',
    adminPassword: 'ADMIN_PASSWORD',
  },
  // Tests keep their fixed ports and their own services: a developer's PORT or
  // DATABASE_URL must not point the test suite at real data.
  test: {
    databaseUrl: 'DATABASE_URL_TEST',
    meiliUrl: 'MEILI_URL_TEST',
    meiliMasterKey: 'MEILI_MASTER_KEY_TEST',
    meiliBin: 'MEILI_BIN',
    payloadSecret: 'PAYLOAD_SECRET',
    adminEmail: 'ADMIN_EMAIL',
    adminPassword: 'ADMIN_PASSWORD',
  },
} satisfies Record<Profile, Partial<Record<EnvKey, string>>>)

/** What is wrong with a setting and how to fix it; the hint may use the profile's default. */
const PROBLEMS = {
  databaseUrl: [RULES.DATABASE_URL.problem, () => RULES.DATABASE_URL.hint],
  pgPort: ['is not a port number', (d) => `set it like ${d.postgresPort}`],
  meiliUrl: [RULES.MEILI_URL.problem, (d) => `set it like http://localhost:${d.meiliPort}`],
  meiliMasterKey: [RULES.MEILI_MASTER_KEY.problem, () => RULES.MEILI_MASTER_KEY.hint],
  meiliPort: ['is not a port number', (d) => `set it like ${d.meiliPort}`],
  meiliBin: ['is not a file', () => 'set it to the path of an official meilisearch binary'],
  cmsPort: ['is not a port number', (d) => `set it like ${d.cmsPort}`],
  sitePort: ['is not a port number', (d) => `set it like ${d.sitePort}`],
  payloadSecret: [RULES.PAYLOAD_SECRET.problem, () => RULES.PAYLOAD_SECRET.hint],
  adminEmail: ['is not an email address', () => 'set it like admin@example.gov.vn'],
  adminPassword: ['is too short', () => 'use at least 12 characters'],
} as const satisfies Record<EnvKey, readonly [string, (d: ProfileDefaults) => string]>

const envSchema = z.object({
  databaseUrl: RULES.DATABASE_URL.schema.optional(),
  pgPort: port.optional(),
  meiliUrl: RULES.MEILI_URL.schema.optional(),
  meiliMasterKey: RULES.MEILI_MASTER_KEY.schema.optional(),
  meiliPort: port.optional(),
  meiliBin: z
    .string()
    .refine((path) => existsSync(path))
    .optional(),
  cmsPort: port.optional(),
  sitePort: port.optional(),
  payloadSecret: RULES.PAYLOAD_SECRET.schema.optional(),
  adminEmail: z.email().optional(),
  adminPassword: z.string().min(12).optional(),
})

type EnvKey = keyof z.input<typeof envSchema>

/** The variable that sets `key` in `profile`, for hints ("set PG_PORT"); undefined when the profile ignores it. */
export function envVarName(profile: Profile, key: EnvKey): string | undefined {
  return (ENV_VARS[profile] as Partial<Record<EnvKey, string>>)[key]
}
type ProfileDefaults = (typeof DEFAULTS.profiles)[Profile]

export type ServicePorts = { postgres: number; meili: number; cms: number; site: number }

/** For tests and tools: a private data folder and free ports instead of the profile's. */
export type ConfigOverrides = {
  /** Variables to read instead of `process.env`. */
  env?: Record<string, string | undefined>
  rootDir?: string
  /** Absolute, or relative to `rootDir`. */
  dataDir?: string
  ports?: Partial<ServicePorts>
}

export type Config = {
  readonly profile: Profile
  readonly rootDir: string
  readonly dataDir: string
  /** `embedded`: we run it from `<dataDir>/pg`; otherwise DATABASE_URL points at it. */
  readonly postgres: { readonly embedded: boolean; readonly port: number; readonly url: string }
  /** `bin`: MEILI_BIN; without it the packaged binary is used. */
  readonly meili: {
    readonly embedded: boolean
    readonly port: number
    readonly url: string
    readonly masterKey: string
    readonly bin?: string
  }
  readonly cms: { readonly port: number; readonly url: string }
  /** `outDir`: where `astro build` writes; the test profile keeps its own so tests never clobber a dev build. */
  readonly site: { readonly port: number; readonly url: string; readonly outDir: string }
  readonly secrets: { readonly payloadSecret: string; readonly adminEmail: string; readonly adminPassword: string }
}

const REPO_ROOT = fileURLToPath(new URL('../..', import.meta.url))

export function loadConfig(profile: Profile, overrides: ConfigOverrides = {}): Config {
  const defaults = shiftedDefaults(profile, overrides.env ?? process.env)
  const env = readEnv(profile, overrides.env ?? process.env, defaults)
  const ports = resolvePorts(profile, defaults, env, overrides.ports)
  const rootDir = resolve(overrides.rootDir ?? REPO_ROOT)
  const dataDir = resolve(rootDir, overrides.dataDir ?? defaults.dataDir)
  const embeddedPostgres = env.databaseUrl === undefined
  const embeddedMeili = env.meiliUrl === undefined

  const secrets = loadSecrets(
    dataDir,
    {
      ...(env.payloadSecret ? { payloadSecret: env.payloadSecret } : {}),
      ...(env.meiliMasterKey ? { meiliMasterKey: env.meiliMasterKey } : {}),
      ...(env.adminEmail ? { adminEmail: env.adminEmail } : {}),
      ...(env.adminPassword ? { adminPassword: env.adminPassword } : {}),
    },
    {
      postgresPassword: embeddedPostgres,
      meiliMasterKey: embeddedMeili,
      production: (overrides.env ?? process.env).NODE_ENV === 'production',
    },
  )

  const host = DEFAULTS.serviceHost
  const postgresUrl =
    env.databaseUrl ??
    `postgres://${DEFAULTS.postgresUser}:${encodeURIComponent(secrets.postgresPassword)}@${host}:${ports.postgres}/${DEFAULTS.database}`
  const meiliUrl = env.meiliUrl?.replace(/\/+$/, '') ?? `http://${host}:${ports.meili}`

  return deepFreeze({
    profile,
    rootDir,
    dataDir,
    postgres: { embedded: embeddedPostgres, port: urlPort(postgresUrl), url: postgresUrl },
    meili: {
      embedded: embeddedMeili,
      port: urlPort(meiliUrl),
      url: meiliUrl,
      masterKey: secrets.meiliMasterKey,
      // Relative to where the developer typed it, like any shell path.
      ...(env.meiliBin ? { bin: resolve(env.meiliBin) } : {}),
    },
    cms: { port: ports.cms, url: `http://${DEFAULTS.publicHost}:${ports.cms}` },
    site: {
      port: ports.site,
      url: `http://${DEFAULTS.publicHost}:${ports.site}`,
      outDir: profile === 'test' ? resolve(dataDir, 'site') : resolve(rootDir, 'site', 'dist'),
    },
    secrets: {
      payloadSecret: secrets.payloadSecret,
      adminEmail: secrets.adminEmail,
      adminPassword: secrets.adminPassword,
    },
  })
}

type EnvValues = z.output<typeof envSchema>

/**
 * TEST_PORT_OFFSET moves every port of the test profile by the same amount, and its data
 * folder to `.data/test-<offset>`, so two checkouts on one machine, or the integration
 * tests beside a browser-test stack of the same checkout, can run side by side.
 */
function shiftedDefaults(profile: Profile, source: Record<string, string | undefined>): ProfileDefaults {
  const defaults = DEFAULTS.profiles[profile]
  const raw = profile === 'test' ? source.TEST_PORT_OFFSET?.trim() : undefined
  if (!raw) return defaults
  const offset = z.coerce.number().int().min(0).max(10_000).safeParse(raw)
  if (!offset.success) {
    throw new ConfigError('TEST_PORT_OFFSET', 'is not a whole number from 0 to 10000', { hint: 'set it like 100' })
  }
  const by = offset.data
  return {
    ...defaults,
    dataDir: by === 0 ? defaults.dataDir : `${defaults.dataDir}-${by}`,
    postgresPort: defaults.postgresPort + by,
    meiliPort: defaults.meiliPort + by,
    cmsPort: defaults.cmsPort + by,
    sitePort: defaults.sitePort + by,
  }
}

function readEnv(profile: Profile, source: Record<string, string | undefined>, defaults: ProfileDefaults): EnvValues {
  const names: Partial<Record<EnvKey, string>> = ENV_VARS[profile]
  const input: Partial<Record<EnvKey, string>> = {}
  for (const [key, name] of Object.entries(names) as [EnvKey, string][]) {
    // `FOO=` in a .env file means "not set", not "set to nothing".
    const value = source[name]?.trim()
    if (value) input[key] = value
  }
  const result = envSchema.safeParse(input)
  if (!result.success) {
    const key = result.error.issues[0]?.path[0] as EnvKey
    const [problem, hint] = PROBLEMS[key]
    throw new ConfigError(names[key] ?? key, problem, { hint: hint(defaults), cause: result.error })
  }
  const values = result.data
  if (values.meiliUrl !== undefined && values.meiliMasterKey === undefined) {
    throw new ConfigError(names.meiliMasterKey ?? 'MEILI_MASTER_KEY', 'is missing', {
      hint: `set it to the master key of the Meilisearch at ${names.meiliUrl}`,
    })
  }
  return values
}

const overridePort = z.number().int().min(1).max(65535).optional()
const overridePortsSchema = z.object({
  postgres: overridePort,
  meili: overridePort,
  cms: overridePort,
  site: overridePort,
})

function resolvePorts(
  profile: Profile,
  defaults: ProfileDefaults,
  env: EnvValues,
  overrides: Partial<ServicePorts> = {},
): ServicePorts {
  const checked = overridePortsSchema.safeParse(overrides)
  if (!checked.success) {
    const path = `overrides.ports.${checked.error.issues[0]?.path.join('.')}`
    throw new ConfigError(path, 'is not a port number', { hint: 'pass an integer from 1 to 65535' })
  }
  const ports: ServicePorts = {
    postgres: checked.data.postgres ?? env.pgPort ?? defaults.postgresPort,
    meili: checked.data.meili ?? env.meiliPort ?? defaults.meiliPort,
    cms: checked.data.cms ?? env.cmsPort ?? defaults.cmsPort,
    site: checked.data.site ?? env.sitePort ?? defaults.sitePort,
  }
  // Two services on one port would fail later with a confusing "in use" error.
  const names = ENV_VARS[profile] as Partial<Record<EnvKey, string>>
  const labels: Record<keyof ServicePorts, string> = {
    postgres: names.pgPort ?? 'the PostgreSQL port',
    meili: names.meiliPort ?? 'the Meilisearch port',
    cms: names.cmsPort ?? 'the portal server port',
    site: names.sitePort ?? 'the site port',
  }
  const seen = new Map<number, keyof ServicePorts>()
  for (const [service, value] of Object.entries(ports) as [keyof ServicePorts, number][]) {
    if (service === 'postgres' && env.databaseUrl !== undefined) continue
    if (service === 'meili' && env.meiliUrl !== undefined) continue
    const other = seen.get(value)
    if (other) {
      throw new ConfigError(labels[service], `is ${value}, the same port as ${labels[other]}`, {
        hint: 'give each service its own port',
      })
    }
    seen.set(value, service)
  }
  return ports
}

const DEFAULT_PORTS: Record<string, number> = { 'postgres:': 5432, 'postgresql:': 5432, 'http:': 80, 'https:': 443 }

function urlPort(url: string): number {
  const { port, protocol } = new URL(url)
  return port ? Number(port) : (DEFAULT_PORTS[protocol] ?? 0)
}

type DeepReadonly<T> = T extends (...args: never[]) => unknown
  ? T
  : T extends object
    ? { readonly [K in keyof T]: DeepReadonly<T[K]> }
    : T

function deepFreeze<T>(value: T): DeepReadonly<T> {
  if (value && typeof value === 'object') {
    for (const child of Object.values(value)) deepFreeze(child)
    Object.freeze(value)
  }
  return value as DeepReadonly<T>
}
