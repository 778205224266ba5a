/**
 * File copying for backups: tolerant of files that vanish while a live folder is copied
 * (PostgreSQL drops temporary relations; editors delete uploads), and able to skip what
 * must not be copied.
 */
import { createHash } from 'node:crypto'
import { chown, copyFile, lstat, mkdir, readdir, readFile, rename } from 'node:fs/promises'
import path from 'node:path'

const isGone = (error: unknown) => (error as NodeJS.ErrnoException).code === 'ENOENT'

/**
 * Copy the tree at `from` into `to`. `skip(relative)` true leaves out a file or a folder's
 * contents (the folder itself is kept, empty). Existing files in `to` are kept unless
 * `overwrite`. Returns the number of files copied.
 */
export async function copyTree(
  from: string,
  to: string,
  options: { skip?: (relative: string) => boolean; overwrite?: boolean } = {},
  relative = '',
): Promise<number> {
  await mkdir(path.join(to, relative), { recursive: true })
  let entries: string[]
  try {
    entries = await readdir(path.join(from, relative))
  } catch (error) {
    if (isGone(error)) return 0
    throw error
  }
  let copied = 0
  for (const name of entries) {
    const entry = path.join(relative, name)
    try {
      const stat = await lstat(path.join(from, entry))
      if (stat.isDirectory()) {
        if (options.skip?.(`${entry}/`)) await mkdir(path.join(to, entry), { recursive: true })
        else copied += await copyTree(from, to, options, entry)
      } else if (stat.isFile() && !options.skip?.(entry)) {
        // COPYFILE_EXCL: a second pass adds what appeared, never replaces what the first took.
        await copyFile(path.join(from, entry), path.join(to, entry), options.overwrite ? 0 : 1)
        copied++
      }
    } catch (error) {
      if (isGone(error) || (error as NodeJS.ErrnoException).code === 'EEXIST') continue
      throw error
    }
  }
  return copied
}

/** True when `folder` is missing or holds nothing. */
export async function isEmptyFolder(folder: string): Promise<boolean> {
  try {
    return (await readdir(folder)).length === 0
  } catch (error) {
    if (isGone(error)) return true
    throw error
  }
}

/** Move `folder` aside to `<folder>.replaced-<stamp>` (for --force): nothing is deleted. */
export async function moveAside(folder: string, stamp: string): Promise<string | undefined> {
  if (await isEmptyFolder(folder)) return undefined
  const aside = `${folder}.replaced-${stamp}`
  await rename(folder, aside)
  return aside
}

/** Give a tree to `uid:gid` (the embedded PostgreSQL's own user when we are root). */
export async function chownTree(root: string, uid: number, gid: number): Promise<void> {
  await chown(root, uid, gid)
  const stat = await lstat(root)
  if (!stat.isDirectory()) return
  for (const name of await readdir(root)) await chownTree(path.join(root, name), uid, gid)
}

/** sha256 of every file under `root`, by relative path: what a restore must give back. */
export async function fingerprintTree(root: string, relative = ''): Promise<Record<string, string>> {
  const result: Record<string, string> = {}
  if (await isEmptyFolder(path.join(root, relative))) return result
  for (const name of await readdir(path.join(root, relative))) {
    const entry = path.join(relative, name)
    const stat = await lstat(path.join(root, entry))
    if (stat.isDirectory()) Object.assign(result, await fingerprintTree(root, entry))
    else
      result[entry] = createHash('sha256')
        .update(await readFile(path.join(root, entry)))
        .digest('hex')
  }
  return result
}

/** `2026-11-30T15-04-05Z`: sortable, and safe in a file name everywhere. */
export function backupStamp(date = new Date()): string {
  return date
    .toISOString()
    .replace(/\.\d+Z$/, 'Z')
    .replaceAll(':', '-')
}
