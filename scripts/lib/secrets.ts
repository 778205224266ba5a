/**
 * Development secrets, generated on the first start into `<dataDir>/secrets.json`
 * (mode 0600) and read back later, so a fresh clone needs no set-up and the
 * embedded PostgreSQL keeps the password it was initialised with.
 * Environment variables always win over the file; when they provide every
 * secret needed, the file is neither read nor written.
 */
import { randomBytes, randomInt } from 'node:crypto'
import { chmodSync, existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { z } from 'zod'
import { ConfigError } from './errors.ts'

export const DEFAULT_ADMIN_EMAIL = 'admin@dichvucong.local'

const fileSchema = z.object({
  payloadSecret: z.string().min(16),
  meiliMasterKey: z.string().min(16),
  postgresPassword: z.string().min(16),
  adminEmail: z.email(),
  adminPassword: z.string().min(12),
})

export type DevSecrets = z.infer<typeof fileSchema>

/** Values from the environment (already validated); they win over the file. */
export type SecretOverrides = Partial<Omit<DevSecrets, 'postgresPassword'>>

export type SecretNeeds = {
  /** The embedded PostgreSQL needs its generated password. */
  postgresPassword: boolean
  /** The embedded Meilisearch needs a master key (unless MEILI_MASTER_KEY). */
  meiliMasterKey: boolean
  /** NODE_ENV=production: generate nothing; a missing secret is an error. */
  production?: boolean
}

export function secretsPath(dataDir: string): string {
  return join(dataDir, 'secrets.json')
}

/** Secrets for this data folder: env first, then the file, generating what is missing. */
export function loadSecrets(dataDir: string, env: SecretOverrides, needs: SecretNeeds): DevSecrets {
  const fromEnv = {
    payloadSecret: env.payloadSecret,
    meiliMasterKey: env.meiliMasterKey,
    adminEmail: env.adminEmail,
    adminPassword: env.adminPassword,
  }
  const missingFromEnv =
    !fromEnv.payloadSecret ||
    !fromEnv.adminPassword ||
    needs.postgresPassword ||
    (needs.meiliMasterKey && !fromEnv.meiliMasterKey)
  // Production sets everything through the environment and may run on a
  // read-only file system: do not touch the data folder then.
  if (missingFromEnv && needs.production) {
    throw new ConfigError('NODE_ENV', 'is production, where no development secrets are generated', {
      hint: 'use `npm run serve` with the variables of .env.example, or unset NODE_ENV for development',
    })
  }
  const stored = missingFromEnv ? readOrCreate(dataDir) : undefined
  return {
    payloadSecret: fromEnv.payloadSecret ?? stored?.payloadSecret ?? '',
    meiliMasterKey: fromEnv.meiliMasterKey ?? stored?.meiliMasterKey ?? '',
    postgresPassword: stored?.postgresPassword ?? '',
    adminEmail: fromEnv.adminEmail ?? stored?.adminEmail ?? DEFAULT_ADMIN_EMAIL,
    adminPassword: fromEnv.adminPassword ?? stored?.adminPassword ?? '',
  }
}

function readOrCreate(dataDir: string): DevSecrets {
  const file = secretsPath(dataDir)
  const existing = existsSync(file) ? parse(file, readFileSync(file, 'utf8')) : {}
  const complete: DevSecrets = { ...generateSecrets(), ...existing }
  // Write only when something was generated, so later starts leave the file alone.
  if (Object.keys(existing).length < Object.keys(complete).length) write(dataDir, file, complete)
  return complete
}

function parse(file: string, text: string): Partial<DevSecrets> {
  const fix = 'delete it to generate new secrets (and delete the pg folder beside it, whose password it holds)'
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch (cause) {
    throw new ConfigError(file, 'is not valid JSON', { hint: fix, cause })
  }
  const result = fileSchema.partial().safeParse(json)
  if (!result.success) {
    const issue = result.error.issues[0]
    throw new ConfigError(`${file}: ${issue?.path.join('.')}`, 'is invalid', { hint: fix, cause: result.error })
  }
  // Drop absent keys so they do not overwrite generated values when spread.
  return Object.fromEntries(Object.entries(result.data).filter(([, v]) => v !== undefined)) as Partial<DevSecrets>
}

function write(dataDir: string, file: string, secrets: DevSecrets): void {
  mkdirSync(dataDir, { recursive: true })
  // Write then rename, so a crash never leaves half a file (and a lost pg password).
  const tmp = `${file}.${process.pid}.tmp`
  writeFileSync(tmp, `${JSON.stringify(secrets, null, 2)}\n`, { mode: 0o600 })
  chmodSync(tmp, 0o600)
  renameSync(tmp, file)
}

export function generateSecrets(): DevSecrets {
  return {
    payloadSecret: randomBytes(32).toString('hex'),
    meiliMasterKey: randomBytes(32).toString('base64url'),
    postgresPassword: randomBytes(24).toString('base64url'),
    adminEmail: DEFAULT_ADMIN_EMAIL,
    adminPassword: readablePassword(),
  }
}

// No 0/o, 1/l/i: the admin password is read off a terminal and typed by hand.
const READABLE = 'abcdefghjkmnpqrstuvwxyz23456789'

/** Four groups of five, e.g. `k3xm9-pq2rt-...`: 23 characters, about 99 bits. */
export function readablePassword(): string {
  const group = (): string => Array.from({ length: 5 }, () => READABLE[randomInt(READABLE.length)]).join('')
  return [group(), group(), group(), group()].join('-')
}
