/**
 * The default target: a folder on this machine (the static server's root). Each file is
 * written beside its final name and renamed over it: rename(2) within one file system is
 * atomic, so a reader (or a crash) sees the old file or the new one, never half of either.
 */
import { randomBytes } from 'node:crypto'
import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises'
import path from 'node:path'

import { MANIFEST, type PublishTarget } from './target.ts'

/** A half-written temporary file left by a killed worker has this mark; the next publish sweeps it. */
export const TEMP_MARK = '.publishing-'

export function localFolderTarget(root: string): PublishTarget {
  const full = (file: string) => {
    const resolved = path.resolve(root, file)
    if (!resolved.startsWith(`${path.resolve(root)}${path.sep}`)) throw new Error(`${file} is outside ${root}`)
    return resolved
  }
  async function put(file: string, body: Uint8Array) {
    const target = full(file)
    await mkdir(path.dirname(target), { recursive: true })
    const temporary = `${path.dirname(target)}/${TEMP_MARK}${randomBytes(6).toString('hex')}`
    try {
      await writeFile(temporary, body)
      await rename(temporary, target)
    } catch (error) {
      await rm(temporary, { force: true })
      throw error
    }
  }
  return {
    name: `folder ${root}`,
    put,
    localPath: full,
    async remove(file) {
      await rm(full(file), { force: true })
    },
    async read(file) {
      return readFile(full(file)).catch((error: NodeJS.ErrnoException) => {
        if (error.code === 'ENOENT') return null
        throw error
      })
    },
    async readManifest() {
      try {
        return JSON.parse(await readFile(full(MANIFEST), 'utf8')) as Record<string, string>
      } catch {
        return null
      }
    },
    async writeManifest(manifest) {
      await put(MANIFEST, new TextEncoder().encode(JSON.stringify(manifest)))
    },
    async sweep() {
      const entries = await readdir(root, { recursive: true, withFileTypes: true }).catch(() => [])
      for (const entry of entries) {
        if (entry.isFile() && entry.name.startsWith(TEMP_MARK)) await rm(path.join(entry.parentPath, entry.name))
      }
    },
  }
}
