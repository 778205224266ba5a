import { z } from 'zod'

import { describeIssues, fromEnv, port, RULES } from './env-rules.ts'

/**
 * The portal server's environment, the one place it is read (server.ts, payload.config.ts,
 * collections, search). The scripts in `scripts/` generate development values into `.data/`
 * and pass them in; production sets them (`.env.example` documents each one).
 * During `next build` no database is reached, so missing values are tolerated there.
 *
 * Groups are separate objects so that a new group (storage, proxy) is one more spread.
 */
const server = {
  // Unset is neither: only an explicit `production` turns on the production checks below.
  NODE_ENV: fromEnv(z.enum(['development', 'production', 'test']).optional()),
  PORT: fromEnv(port.default(3000)),
  // Loopback by default: a load balancer in front sets HOST=0.0.0.0 on purpose.
  HOST: fromEnv(z.string().min(1).default('127.0.0.1')),
  SERVER_URL: fromEnv(RULES.SERVER_URL.schema.default('http://localhost:3000')),
  SITE_URL: fromEnv(RULES.SITE_URL.schema.default('http://localhost:4321')),
}

const database = {
  DATABASE_URL: RULES.DATABASE_URL.schema,
  PAYLOAD_SECRET: RULES.PAYLOAD_SECRET.schema,
  // Set to 1 by the development scripts only (scripts/lib/payload.ts): production migrates.
  PAYLOAD_DB_PUSH: fromEnv(z.enum(['0', '1']).default('0')),
}

const uploads = {
  UPLOADS_DIR: z.string().startsWith('/'),
}

/** Read on each use (searchEnv), so tests may point one process at other indexes. */
const search = {
  MEILI_URL: fromEnv(RULES.MEILI_URL.schema.optional()),
  MEILI_MASTER_KEY: fromEnv(RULES.MEILI_MASTER_KEY.schema.optional()),
  SEARCH_INDEX_PREFIX: fromEnv(RULES.SEARCH_INDEX_PREFIX.schema.default('')),
}

/** Behind proxies and across replicas (cms/src/portal/http/client-ip.ts, cms/src/portal/http/rate-limit.ts). */
const network = {
  // How many proxies in front of the portal append to X-Forwarded-For; 0 believes only the socket.
  TRUST_PROXY: fromEnv(z.coerce.number().int().min(0).max(10).default(0)),
  // The search endpoint's token bucket per client address, shared by every replica. Search-as-you-type
  // sends a burst, then pauses; raise it where many citizens share one address (carrier NAT).
  SEARCH_RATE_BURST: fromEnv(z.coerce.number().int().min(1).default(20)),
  SEARCH_RATE_PER_SECOND: fromEnv(z.coerce.number().positive().default(5)),
}

/** Uploads go to S3-compatible object storage when S3_BUCKET is set (cms/src/plugins/storage.ts), to UPLOADS_DIR otherwise. */
const storage = {
  S3_BUCKET: fromEnv(
    z
      .string()
      .regex(/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/)
      .optional(),
  ),
  S3_ENDPOINT: fromEnv(z.url({ protocol: /^https?$/ }).optional()),
  S3_REGION: fromEnv(z.string().min(1).optional()),
  S3_ACCESS_KEY_ID: fromEnv(z.string().min(1).optional()),
  S3_SECRET_ACCESS_KEY: fromEnv(z.string().min(1).optional()),
  S3_FORCE_PATH_STYLE: fromEnv(z.enum(['0', '1']).default('0')),
}

/** Outgoing mail (cms/src/email.ts); unset in development and tests that need none: mail goes to the log. */
const mail = {
  SMTP_URL: fromEnv(z.url({ protocol: /^smtps?$/ }).optional()),
  MAIL_FROM: fromEnv(z.email().default('no-reply@dichvucong.local')),
}

/** Single sign-on (cms/src/sso/): the OpenID Connect provider mounted at /oidc. */
const sso = {
  // Defaults to SERVER_URL + /oidc; set it when a proxy publishes the provider elsewhere.
  SSO_ISSUER: fromEnv(z.url({ protocol: /^https?$/ }).optional()),
  // Seals the signing keys in the database and signs the provider's cookies. Unset, a key is
  // derived from PAYLOAD_SECRET (HKDF, its own label); set it to rotate the two apart.
  SSO_KEY_SECRET: fromEnv(z.string().min(32).optional()),
  // The population registry's HTTP interface; unset, development and tests use the
  // labelled synthetic registry and production refuses registrations.
  SSO_REGISTRY_URL: fromEnv(z.url({ protocol: /^https?$/ }).optional()),
  // The business registration database's HTTP interface (businesses register through a
  // representative); unset, the labelled synthetic business registry, none in production.
  SSO_BUSINESS_REGISTRY_URL: fromEnv(z.url({ protocol: /^https?$/ }).optional()),
  /** The SMS gateway for verification codes (sso/recovery/sms.ts); unset: a development outbox, none in production. */
  SSO_SMS_URL: fromEnv(z.url({ protocol: /^https?$/ }).optional()),
  // Password logins per citizen ID and per client address (shared by every replica).
  SSO_LOGIN_BURST: fromEnv(z.coerce.number().int().min(1).default(10)),
  SSO_LOGIN_PER_MINUTE: fromEnv(z.coerce.number().positive().default(5)),
  // The national e-ID (VNeID) as an upstream OpenID Connect provider: "Đăng nhập bằng tài
  // khoản định danh điện tử" shows when all three are set. `npm start` and the tests set them
  // to a local stand-in with labelled synthetic identities (sso/eid/local-eid.ts).
  EID_ISSUER: fromEnv(z.url({ protocol: /^https?$/ }).optional()),
  EID_CLIENT_ID: fromEnv(z.string().min(1).optional()),
  EID_CLIENT_SECRET: fromEnv(z.string().min(16).optional()),
  // The upstream `acr` of its highest level (gives loa4); any other verified login gives loa3.
  EID_HIGHEST_ACR: fromEnv(z.string().min(1).default('vneid-level-2')),
}

const PORTAL_RULES = {
  ...RULES,
  UPLOADS_DIR: {
    schema: uploads.UPLOADS_DIR,
    problem: 'is not an absolute path',
    hint: 'set it like /var/lib/dichvucong/uploads',
  },
  HOST: { schema: server.HOST, problem: 'is not a host name', hint: 'set it like 0.0.0.0 or 127.0.0.1' },
  PAYLOAD_DB_PUSH: { schema: database.PAYLOAD_DB_PUSH, problem: 'is not 0 or 1', hint: 'leave it unset' },
  TRUST_PROXY: {
    schema: network.TRUST_PROXY,
    problem: 'is not a whole number from 0 to 10',
    hint: 'set the count of proxies in front of the portal: 0 (none), 1 (a load balancer), 2 (a CDN and a load balancer)',
  },
  SEARCH_RATE_BURST: {
    schema: network.SEARCH_RATE_BURST,
    problem: 'is not a whole number of 1 or more',
    hint: 'set the requests one client may send at once, like 20',
  },
  SEARCH_RATE_PER_SECOND: {
    schema: network.SEARCH_RATE_PER_SECOND,
    problem: 'is not a number above 0',
    hint: 'set the sustained requests per second, like 5',
  },
  SMTP_URL: {
    schema: mail.SMTP_URL,
    problem: 'is not an smtp: or smtps: URL',
    hint: 'set it like smtp://user:pass@smtp.internal:587',
  },
  MAIL_FROM: {
    schema: mail.MAIL_FROM,
    problem: 'is not an e-mail address',
    hint: 'set it like no-reply@dichvucong.gov.vn',
  },
  SSO_ISSUER: {
    schema: sso.SSO_ISSUER,
    problem: 'is not a URL',
    hint: 'set it like https://dichvucong.example.gov.vn/oidc',
  },
  SSO_KEY_SECRET: {
    schema: sso.SSO_KEY_SECRET,
    problem: 'is too short',
    hint: 'use at least 32 random characters, e.g. `openssl rand -hex 32`',
  },
  SSO_REGISTRY_URL: {
    schema: sso.SSO_REGISTRY_URL,
    problem: 'is not a URL',
    hint: 'set it to the population registry interface, like https://registry.example.gov.vn/api',
  },
  SSO_BUSINESS_REGISTRY_URL: {
    schema: sso.SSO_BUSINESS_REGISTRY_URL,
    problem: 'is not a URL',
    hint: 'set it to the business registry interface, like https://business-registry.example.gov.vn/api',
  },
  SSO_SMS_URL: {
    schema: sso.SSO_SMS_URL,
    problem: 'is not a URL',
    hint: 'set it to the SMS gateway, like https://sms.example.gov.vn/send',
  },
  SSO_LOGIN_BURST: {
    schema: sso.SSO_LOGIN_BURST,
    problem: 'is not a whole number of 1 or more',
    hint: 'set the password attempts allowed at once per account and per address, like 10',
  },
  SSO_LOGIN_PER_MINUTE: {
    schema: sso.SSO_LOGIN_PER_MINUTE,
    problem: 'is not a number above 0',
    hint: 'set the sustained password attempts per minute, like 5',
  },
  EID_ISSUER: {
    schema: sso.EID_ISSUER,
    problem: 'is not a URL',
    hint: 'set it to the national e-ID issuer, like https://sso.vneid.example.gov.vn',
  },
  EID_CLIENT_ID: { schema: sso.EID_CLIENT_ID, problem: 'is empty', hint: 'set the client id the national e-ID issued' },
  EID_CLIENT_SECRET: {
    schema: sso.EID_CLIENT_SECRET,
    problem: 'is too short',
    hint: 'set the client secret the national e-ID issued (16+ characters)',
  },
  EID_HIGHEST_ACR: {
    schema: sso.EID_HIGHEST_ACR,
    problem: 'is empty',
    hint: "set the acr value of the e-ID's highest level, like vneid-level-2",
  },
  S3_BUCKET: { schema: storage.S3_BUCKET, problem: 'is not a bucket name', hint: 'use 3-63 of a-z, 0-9, "." and "-"' },
  S3_ENDPOINT: {
    schema: storage.S3_ENDPOINT,
    problem: 'is not a URL',
    hint: 'set it like https://s3.ap-southeast-1.amazonaws.com',
  },
  S3_REGION: {
    schema: storage.S3_REGION,
    problem: 'is empty',
    hint: 'set it like ap-southeast-1 (any value for MinIO)',
  },
  S3_ACCESS_KEY_ID: { schema: storage.S3_ACCESS_KEY_ID, problem: 'is empty', hint: 'set the access key of the bucket' },
  S3_SECRET_ACCESS_KEY: {
    schema: storage.S3_SECRET_ACCESS_KEY,
    problem: 'is empty',
    hint: 'set the secret key of the bucket',
  },
  S3_FORCE_PATH_STYLE: {
    schema: storage.S3_FORCE_PATH_STYLE,
    problem: 'is not 0 or 1',
    hint: 'set 1 for MinIO, Ceph and most local servers, 0 for AWS',
  },
}

const schema = z.object({ ...server, ...database, ...uploads, ...search, ...network, ...storage, ...mail, ...sso })

/** One line for each of Meilisearch's URL and key that is unset (empty counts as unset). */
function unsetSearchLines(values: Record<string, unknown>): string[] {
  const unset = (['MEILI_URL', 'MEILI_MASTER_KEY'] as const).filter(
    (name) => typeof values[name] !== 'string' || (values[name] as string).trim() === '',
  )
  return unset.map((name) => `${name} is not set: ${RULES[name].hint}`)
}

/** Production refuses to start half-configured rather than fail on the first search or save. */
function productionProblems(source: Record<string, string | undefined>): string[] {
  if (source.NODE_ENV?.trim() !== 'production') return []
  // 32 characters of one letter pass the length rule; a real random secret has many distinct ones.
  const secret = source.PAYLOAD_SECRET?.trim() ?? ''
  const weak = secret.length >= 32 && new Set(secret).size < 12
  return [
    ...unsetSearchLines(source),
    ...(weak ? [`PAYLOAD_SECRET looks weak (few distinct characters): ${RULES.PAYLOAD_SECRET.hint}`] : []),
    ...(source.PAYLOAD_DB_PUSH?.trim() === '1'
      ? ['PAYLOAD_DB_PUSH is 1, but production takes its schema from migrations: unset it and run `npm run migrate`']
      : []),
  ]
}

export type PortalEnv = z.infer<typeof schema>

/** The environment is not valid; `lines` holds one line per variable, naming it and the fix. */
export class EnvError extends Error {
  override name = 'EnvError'
  readonly lines: string[]
  constructor(lines: string[]) {
    super(`The portal server's environment is not valid:\n  ${lines.join('\n  ')}`)
    this.lines = lines
  }
}

export function readPortalEnv(source: Record<string, string | undefined> = process.env): PortalEnv {
  const parsed = schema.safeParse(source)
  const lines = [
    ...(parsed.success ? [] : describeIssues(parsed.error, source, PORTAL_RULES)),
    ...productionProblems(source),
  ]
  if (!parsed.success || lines.length > 0) throw new EnvError(lines)
  return parsed.data
}

function buildTimeEnv(): PortalEnv {
  return readPortalEnv({
    ...process.env,
    DATABASE_URL: process.env.DATABASE_URL || 'postgres://build@localhost:1/build',
    PAYLOAD_SECRET: process.env.PAYLOAD_SECRET || 'build-time-placeholder-never-used-at-runtime',
    UPLOADS_DIR: process.env.UPLOADS_DIR || '/tmp/dichvucong-build-uploads',
    MEILI_URL: process.env.MEILI_URL || 'http://build.invalid:7700',
    MEILI_MASTER_KEY: process.env.MEILI_MASTER_KEY || 'build-time-placeholder',
    PAYLOAD_DB_PUSH: '0',
  })
}

let checked: Readonly<PortalEnv> | undefined

/** The portal's environment, checked once; server.ts calls it first so a bad value stops the start. */
export function portalEnv(): Readonly<PortalEnv> {
  const isBuild = process.env.NEXT_PHASE === 'phase-production-build'
  checked ??= Object.freeze(isBuild ? buildTimeEnv() : readPortalEnv())
  return checked
}

/**
 * `env.SERVER_URL` and so on, read on first use rather than on import: test processes
 * import the search code (which imports this module) before they set the variables.
 */
export const env: Readonly<PortalEnv> = new Proxy({} as PortalEnv, {
  get: (_, name) => portalEnv()[name as keyof PortalEnv],
  has: (_, name) => name in portalEnv(),
})

export type SearchEnv = { MEILI_URL: string; MEILI_MASTER_KEY: string; SEARCH_INDEX_PREFIX: string }

const searchSchema = z.object(search)

/**
 * Meilisearch's settings, read each time (cheap) and checked on first use rather than at
 * start in development, so the admin still opens when search is misconfigured. Throws
 * EnvError naming the variable.
 */
export function searchEnv(source: Record<string, string | undefined> = process.env): SearchEnv {
  const parsed = searchSchema.safeParse(source)
  if (!parsed.success) throw new EnvError(describeIssues(parsed.error, source, PORTAL_RULES))
  const { MEILI_URL, MEILI_MASTER_KEY, SEARCH_INDEX_PREFIX } = parsed.data
  const unset = unsetSearchLines(parsed.data)
  if (unset.length > 0) throw new EnvError(unset)
  return { MEILI_URL: MEILI_URL as string, MEILI_MASTER_KEY: MEILI_MASTER_KEY as string, SEARCH_INDEX_PREFIX }
}
