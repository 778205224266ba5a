/**
 * Where the embedded PostgreSQL's binaries and cluster live.
 *
 * Normally both stay where they are: the binaries in node_modules, the cluster
 * in `<dataDir>/pg`. As root the server runs as the `postgres` user, who cannot
 * enter a checkout in a 0700 folder (root's home): then the binaries are copied,
 * once per version, to SYSTEM_DIR, and the cluster lives in its own 0700 folder
 * there, kept across starts, named at each start and linked from `<dataDir>/pg`
 * so it is found from the checkout. Nothing is ever moved or deleted.
 */
import { createHash } from 'node:crypto'
import { chmod, chown, lstat, mkdir, readdir, readlink, rm, rmdir, symlink } from 'node:fs/promises'
import { dirname, join, resolve } from 'node:path'
import type { Config } from '../lib/config.ts'
import { ServiceError } from '../lib/errors.ts'
import { displayPath, type Log } from '../lib/log.ts'
import { copyBinaries, packagedBinaries } from './postgres-binaries.ts'
import { cannotRunEmbedded, canReach, firstLine, type ServerUser, serverUser } from './postgres-user.ts'

/** Where clusters and binaries go when the server's user cannot reach the checkout. */
export const SYSTEM_DIR = '/var/lib/dichvucong'

export type PgDirState = 'missing' | 'empty' | 'cluster' | 'link'

export type PlacementFacts = {
  /** The server runs as another user (we are root). */
  otherUser: boolean
  /** That user can reach the packaged binaries. */
  binariesReachable: boolean
  /** That user can enter the data folder's parent (we open the data folder itself). */
  dataReachable: boolean
  /** What `<dataDir>/pg` is now. */
  pgDir: PgDirState
}

export type Placement = {
  binaries: 'package' | 'copy'
  cluster: 'in-place' | 'outside' | 'linked' | 'unreachable'
}

/** The decision alone, from facts gathered elsewhere: a cluster already made is never moved. */
export function choosePlacement(facts: PlacementFacts): Placement {
  const binaries = facts.otherUser && !facts.binariesReachable ? 'copy' : 'package'
  if (facts.pgDir === 'link') return { binaries, cluster: 'linked' }
  if (!facts.otherUser || facts.dataReachable) return { binaries, cluster: 'in-place' }
  return { binaries, cluster: facts.pgDir === 'cluster' ? 'unreachable' : 'outside' }
}

export type PostgresPlace = {
  /** A folder with bin/, lib/ and share/. */
  binDir: string
  /** The cluster's real folder: what the server is given. */
  clusterDir: string
  /** How to name the cluster in messages. */
  shown: string
  /** undefined: the server runs as ourselves. */
  user: ServerUser | undefined
}

export async function placePostgres(config: Config, log: Log): Promise<PostgresPlace> {
  const user = await serverUser(config, log)
  const packaged = await packagedBinaries(config)
  const pgDir = join(config.dataDir, 'pg')
  await mkdir(config.dataDir, { recursive: true })
  const plan = choosePlacement({
    otherUser: user !== undefined,
    binariesReachable: !user || (await canReach(config, user, join(packaged.dir, 'bin', 'postgres'))),
    dataReachable: !user || (await canReach(config, user, dirname(config.dataDir))),
    pgDir: await pgDirState(pgDir),
  })
  const binDir = plan.binaries === 'copy' ? await copyBinaries(config, packaged, SYSTEM_DIR, log) : packaged.dir
  const shownLink = displayPath(config.rootDir, pgDir)
  switch (plan.cluster) {
    case 'in-place':
      // The server's user opens the data folder (not its contents) to reach its cluster.
      if (user) await chmod(config.dataDir, (await lstat(config.dataDir)).mode | 0o711)
      return { binDir, clusterDir: pgDir, shown: shownLink, user }
    case 'linked': {
      const clusterDir = resolve(dirname(pgDir), await readlink(pgDir))
      const ours = user && clusterDir === join(SYSTEM_DIR, homeName(config.dataDir), 'pg')
      if (!(await lstat(clusterDir).catch(() => undefined))) {
        // Our own folder, deleted to start afresh: make it again. Anything else may be a disk not mounted.
        if (ours)
          return { binDir, clusterDir: await linkOutsideHome(config, user, pgDir, log), shown: clusterDir, user }
        throw new ServiceError('postgres', `${shownLink} links to ${clusterDir}, which is gone`, {
          hint: `restore it, or delete the link ${shownLink} to start with an empty database`,
        })
      }
      log.info(`PostgreSQL data in ${clusterDir} (linked from ${shownLink})`)
      return { binDir, clusterDir, shown: clusterDir, user }
    }
    case 'outside': {
      const clusterDir = await linkOutsideHome(config, user as ServerUser, pgDir, log)
      log.info(
        `PostgreSQL data in ${clusterDir} (linked from ${shownLink}): the user \`postgres\` cannot enter this checkout`,
      )
      return { binDir, clusterDir, shown: clusterDir, user }
    }
    case 'unreachable': {
      const home = join(SYSTEM_DIR, homeName(config.dataDir))
      throw new ServiceError('postgres', `The user \`postgres\` that runs PostgreSQL cannot enter ${shownLink}`, {
        hint: `let it in (chmod o+x on each folder above it), or move the cluster where it can: mkdir -p ${home} && mv ${pgDir} ${home}/pg && ln -s ${home}/pg ${pgDir}`,
      })
    }
  }
}

async function pgDirState(pgDir: string): Promise<PgDirState> {
  const stats = await lstat(pgDir).catch(() => undefined)
  if (!stats) return 'missing'
  if (stats.isSymbolicLink()) return 'link'
  return (await readdir(pgDir)).length === 0 ? 'empty' : 'cluster'
}

/** `/var/lib/dichvucong/<name>/pg`, the name read from the data folder's path; linked from `<dataDir>/pg`. */
async function linkOutsideHome(config: Config, user: ServerUser, pgDir: string, log: Log): Promise<string> {
  const home = join(SYSTEM_DIR, homeName(config.dataDir))
  try {
    await makeSystemDir()
    await mkdir(home, { recursive: true, mode: 0o700 })
    await chown(home, user.uid, user.gid)
    await chmod(home, 0o700)
  } catch (cause) {
    throw cannotRunEmbedded(
      config,
      `The user \`postgres\` that runs PostgreSQL cannot enter this checkout, and ${home} cannot be made (${firstLine(cause)})`,
      'clone into a folder others may enter',
      cause,
    )
  }
  const clusterDir = join(home, 'pg')
  if ((await readdir(clusterDir).catch(() => [])).length > 0) {
    log.info(`reusing the PostgreSQL cluster an earlier start left in ${clusterDir}`)
  }
  // An empty folder left by an earlier failed start, or a link to a deleted cluster, gives way
  // to the new link (rmdir refuses a full folder).
  const old = await lstat(pgDir).catch(() => undefined)
  if (old?.isSymbolicLink()) await rm(pgDir)
  else if (old) await rmdir(pgDir)
  await symlink(clusterDir, pgDir)
  return clusterDir
}

/** `root-portal-data-3f9a1c2e` for `/root/portal/.data`: readable, and unique per path. */
export function homeName(dataDir: string): string {
  const readable = dataDir.replace(/[^A-Za-z0-9]+/g, '-').replace(/^-+|-+$/g, '')
  const hash = createHash('sha256').update(dataDir).digest('hex').slice(0, 8)
  return `${readable.slice(-48).replace(/^-+/, '')}-${hash}`
}

async function makeSystemDir(): Promise<void> {
  await mkdir(SYSTEM_DIR, { recursive: true })
  await chmod(SYSTEM_DIR, 0o755)
}
