/**
 * `npm run restore FOLDER`: bring a backup (scripts/lib/backup.ts) back into an empty data
 * folder or database. Over anything non-empty it refuses in one line, unless `force`: then
 * the old data folders are moved aside (`….replaced-<time>`), never deleted, and a
 * pg_dump backup replaces the database's objects (pg_restore --clean).
 */
import { execFile } from 'node:child_process'
import { chmod, copyFile, readFile, rename } from 'node:fs/promises'
import { userInfo } from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import pg from 'pg'
import { runningPostmaster } from '../services/postgres.ts'
import { placePostgres } from '../services/postgres-place.ts'
import { MANIFEST, type Manifest, SECRETS, uploadsDir } from './backup.ts'
import { backupStamp, chownTree, copyTree, isEmptyFolder, moveAside } from './backup-files.ts'
import { runTool } from './backup-postgres.ts'
import type { Config } from './config.ts'
import { PortalScriptError } from './errors.ts'
import type { Log } from './log.ts'
import { secretsPath } from './secrets.ts'

export class RestoreRefused extends PortalScriptError {
  override name = 'RestoreRefused'
}

/** Where the embedded server keeps its cluster (scripts/services/postgres.ts: keep in step). */
export function embeddedDataDir(config: Config): string {
  return path.join(config.dataDir, 'pg')
}

async function databaseIsEmpty(databaseUrl: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: databaseUrl })
  await client.connect()
  try {
    const { rows } = await client.query(`SELECT 1 FROM pg_tables WHERE schemaname = 'public' LIMIT 1`)
    return rows.length === 0
  } finally {
    await client.end()
  }
}

/** The embedded server runs as `postgres` when we are root (STACK-NOTES): its files must be its own. */
async function giveToPostgres(dataDir: string): Promise<void> {
  await chmod(dataDir, 0o700)
  if (userInfo().uid !== 0) return
  const id = async (flag: string) => Number((await promisify(execFile)('id', [flag, 'postgres'])).stdout.trim())
  await chownTree(dataDir, await id('-u'), await id('-g'))
}

export async function restoreBackup(folder: string, config: Config, log: Log, options: { force?: boolean } = {}) {
  const manifest = JSON.parse(
    await readFile(path.join(folder, MANIFEST), 'utf8').catch(() => 'null'),
  ) as Manifest | null
  if (manifest?.format !== 1)
    throw new RestoreRefused(`${folder} is not a backup`, { hint: `name a folder that npm run backup wrote` })
  const stamp = backupStamp()
  const uploads = uploadsDir(config)
  if (!options.force && !(await isEmptyFolder(uploads)))
    throw new RestoreRefused(`${uploads} is not empty`, {
      hint: 'restore into an empty data folder, or pass --force (the old one is moved aside)',
    })

  if (manifest.database.kind === 'physical') {
    // Where the server will look for it: as root from a 0700 checkout that is outside the
    // checkout (scripts/services/postgres-place.ts), reached through the `<dataDir>/pg` link.
    const { clusterDir: dataDir } = await placePostgres(config, log)
    if (!config.postgres.embedded)
      throw new RestoreRefused('this backup holds the embedded PostgreSQL', {
        hint: 'unset DATABASE_URL to restore it',
      })
    if ((await runningPostmaster(dataDir)) !== undefined)
      throw new RestoreRefused(`PostgreSQL is running from ${dataDir}`, {
        hint: 'stop npm start (or npm run services -- down) first',
      })
    if (!options.force && !(await isEmptyFolder(dataDir)))
      throw new RestoreRefused(`${dataDir} is not empty`, {
        hint: 'restore into an empty data folder, or pass --force (the old one is moved aside)',
      })
    const aside = await moveAside(dataDir, stamp)
    if (aside) log.info(`moved the old database aside to ${aside}`)
    await copyTree(path.join(folder, 'pgdata'), dataDir)
    await giveToPostgres(dataDir)
    // The cluster answers to the password it was created with.
    const secrets = secretsPath(config.dataDir)
    await rename(secrets, `${secrets}.replaced-${stamp}`).catch((error: NodeJS.ErrnoException) => {
      if (error.code !== 'ENOENT') throw error
    })
    await copyFile(path.join(folder, SECRETS), secretsPath(config.dataDir))
    log.info(`database restored into ${dataDir} (it replays its WAL on the next start)`)
  } else {
    if (!options.force && !(await databaseIsEmpty(config.postgres.url)))
      throw new RestoreRefused('the database of DATABASE_URL is not empty', {
        hint: 'restore into an empty database, or pass --force',
      })
    const clean = options.force ? ['--clean', '--if-exists'] : []
    await runTool(process.env.PG_RESTORE ?? 'pg_restore', [
      ...clean,
      '--no-owner',
      `--dbname=${config.postgres.url}`,
      path.join(folder, 'database.dump'),
    ])
    log.info('database restored with pg_restore')
  }

  const asideUploads = await moveAside(uploads, stamp)
  if (asideUploads) log.info(`moved the old uploads aside to ${asideUploads}`)
  const files = await copyTree(path.join(folder, 'uploads'), uploads)
  log.info(`${files} uploaded files restored into ${uploads}`)
}
