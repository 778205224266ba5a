/**
 * `npm run backup`: one timestamped folder under `<dataDir>/backups/` with the database
 * (scripts/lib/backup-postgres.ts), the uploads folder and, for the embedded server, the
 * development secrets that open it. Restore with scripts/lib/backup-restore.ts.
 *
 * Database first, uploads after: every file a record names at the snapshot was written
 * before the record committed, so it is there. Uploads are copied twice (before and after
 * the database), so a file deleted during the backup still comes back with its record.
 * With S3_BUCKET set the files live in the bucket: keep them with its versioning.
 */
import { copyFile, mkdir, writeFile } from 'node:fs/promises'
import path from 'node:path'

import { backupStamp, copyTree } from './backup-files.ts'
import { logicalBackup, physicalBackup } from './backup-postgres.ts'
import type { Config } from './config.ts'
import type { Log } from './log.ts'
import { secretsPath } from './secrets.ts'

export const MANIFEST = 'manifest.json'
/** The embedded profile's generated secrets (its PostgreSQL password among them). */
export const SECRETS = 'secrets.json'

export type Manifest = {
  format: 1
  createdAt: string
  /** `physical`: the embedded cluster's data folder (pgdata/); `pg_dump`: one database (database.dump). */
  database: { kind: 'physical'; serverVersion: string } | { kind: 'pg_dump' }
  uploads: number
}

export function backupsDir(config: Config): string {
  return path.join(config.dataDir, 'backups')
}

export function uploadsDir(config: Config): string {
  return path.join(config.dataDir, 'uploads')
}

/** Take a backup of the profile's database and uploads; returns the new folder. */
export async function createBackup(config: Config, log: Log, date = new Date()): Promise<string> {
  const folder = path.join(backupsDir(config), `backup-${backupStamp(date)}`)
  await mkdir(folder, { recursive: false }).catch(async (error: NodeJS.ErrnoException) => {
    if (error.code !== 'ENOENT') throw error
    await mkdir(backupsDir(config), { recursive: true })
    await mkdir(folder)
  })
  const uploadsCopy = path.join(folder, 'uploads')
  const firstPass = await copyTree(uploadsDir(config), uploadsCopy)

  let database: Manifest['database']
  if (config.postgres.embedded) {
    log.step('database: base backup of the embedded PostgreSQL')
    const taken = await physicalBackup(config.postgres.url, path.join(folder, 'pgdata'))
    database = { kind: 'physical', serverVersion: taken.serverVersion }
    // The restored cluster keeps the password it was created with.
    await copyFile(secretsPath(config.dataDir), path.join(folder, SECRETS))
    log.info(`database: ${taken.files} files, WAL from ${taken.startWal}`)
  } else {
    log.step('database: pg_dump of DATABASE_URL')
    await logicalBackup(config.postgres.url, path.join(folder, 'database.dump'))
    database = { kind: 'pg_dump' }
  }

  const uploads = firstPass + (await copyTree(uploadsDir(config), uploadsCopy))
  const manifest: Manifest = { format: 1, createdAt: date.toISOString(), database, uploads }
  await writeFile(path.join(folder, MANIFEST), `${JSON.stringify(manifest, null, 2)}\n`)
  return folder
}
