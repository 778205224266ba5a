/**
 * Who runs the embedded PostgreSQL. PostgreSQL refuses to run as root, so as
 * root we run it as the `postgres` system user (created if missing), and that
 * user, not us, must be able to reach its binaries and its data.
 */
import { execFile } from 'node:child_process'
import { promisify } from 'node:util'
import type { Config } from '../lib/config.ts'
import { envVarName } from '../lib/config.ts'
import { ServiceError } from '../lib/errors.ts'
import type { Log } from '../lib/log.ts'

const run = promisify(execFile)

export type ServerUser = { readonly name: string; readonly uid: number; readonly gid: number }

const SERVER_USER = 'postgres'

/** undefined: PostgreSQL runs as ourselves (we are not root). */
export async function serverUser(config: Config, log: Log): Promise<ServerUser | undefined> {
  if (process.getuid?.() !== 0) return undefined
  const found = await lookupUser(SERVER_USER)
  if (found) return found
  log.step(`creating the system user \`${SERVER_USER}\` to run PostgreSQL (it refuses to run as root)`)
  try {
    await run('useradd', ['--system', '--user-group', '--no-create-home', '--shell', '/usr/sbin/nologin', SERVER_USER])
  } catch (cause) {
    throw cannotRunEmbedded(
      config,
      `PostgreSQL refuses to run as root and the user \`${SERVER_USER}\` to run it as could not be created (${firstLine(cause)})`,
      `create it (useradd --system --user-group ${SERVER_USER})`,
      cause,
    )
  }
  const created = await lookupUser(SERVER_USER)
  if (!created) throw cannotRunEmbedded(config, `The user \`${SERVER_USER}\` was created but cannot be found`, '')
  return created
}

async function lookupUser(name: string): Promise<ServerUser | undefined> {
  try {
    const [uid, gid] = await Promise.all([run('id', ['-u', name]), run('id', ['-g', name])])
    return { name, uid: Number(uid.stdout.trim()), gid: Number(gid.stdout.trim()) }
  } catch {
    return undefined
  }
}

/**
 * True when `user` can search (`x`) `path`, so every folder on the way to it:
 * asked of the system as that user (`test -x`), which also honours ACLs.
 */
export async function canReach(config: Config, user: ServerUser, path: string): Promise<boolean> {
  try {
    await run('test', ['-x', path], { uid: user.uid, gid: user.gid, cwd: '/' })
    return true
  } catch (err) {
    // `test` answered "no" (exit 1); anything else means we cannot act as that user at all.
    if ((err as { code?: unknown }).code === 1) return false
    throw cannotRunEmbedded(
      config,
      `Cannot run programs as the user \`${user.name}\` (${firstLine(err)}), and PostgreSQL refuses to run as root`,
      'allow switching users (CAP_SETUID, CAP_SETGID) or run as another user',
      err,
    )
  }
}

/** The one line for an environment that cannot run the embedded server at all. */
export function cannotRunEmbedded(config: Config, problem: string, fix: string, cause?: unknown): ServiceError {
  const variable = envVarName(config.profile, 'databaseUrl') ?? 'DATABASE_URL'
  const instead = `set ${variable} to a PostgreSQL server you run`
  return new ServiceError('postgres', problem, { hint: fix ? `${fix}, or ${instead}` : instead, cause })
}

export function firstLine(err: unknown): string {
  const e = err as { stderr?: unknown; message?: unknown; code?: unknown }
  const text = [e.stderr, e.message, e.code].find((part) => typeof part === 'string' && part.trim() !== '')
  return String(text ?? err)
    .trim()
    .split('\n')[0] as string
}
