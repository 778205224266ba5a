/**
 * Put a site onto a publish target, touching only what changed: files whose content differs
 * from the last publish are written, files the new build no longer has (an unpublished
 * record's pages) are removed, the rest is left alone. The manifest (file -> sha256) is
 * written last.
 */
import { createHash } from 'node:crypto'
import { readdir, readFile } from 'node:fs/promises'
import path from 'node:path'

import { FINGERPRINT, MANIFEST, type PublishTarget } from './targets/target.ts'

export type Applied = { written: string[]; removed: string[]; unchanged: number }

/** Every file under `dir`, as site-relative paths with forward slashes. */
export async function filesOf(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true })
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    .filter((file) => file !== MANIFEST)
    .sort()
}

export const hash = (body: Uint8Array) => createHash('sha256').update(body).digest('base64url')

/**
 * Put files onto `target` as they come, each only if its bytes differ from the last publish's
 * (`previous`, the target's manifest); `finish` removes the files of `scope` that were not put
 * (an unpublished record's pages) and writes the manifest last, so a publish cut short is
 * simply redone by the job's retry. Files outside `scope` are neither written nor removed by
 * `finish`, and stay in the manifest unless `remove` takes them away first (a publish after
 * writes, whose scope is nothing: it names the files that go).
 */
export function changesOnto(
  target: PublishTarget,
  previous: Record<string, string>,
  scope: (file: string) => boolean = () => true,
) {
  const next: Record<string, string> = {}
  for (const [file, digest] of Object.entries(previous)) if (!scope(file) || file === FINGERPRINT) next[file] = digest
  const written: string[] = []
  const removed: string[] = []
  let unchanged = 0
  return {
    /** The files put so far. */
    written,
    async put(file: string, body: Uint8Array): Promise<void> {
      const digest = hash(body)
      next[file] = digest
      if (previous[file] === digest) {
        unchanged++
        return
      }
      await target.put(file, body)
      written.push(file)
    },
    /** Remove a file now, ahead of `finish`. */
    async remove(file: string): Promise<void> {
      await target.remove(file)
      delete next[file]
      removed.push(file)
    },
    /** `fingerprint` says what the site was built from (its code and content): a start can tell nothing changed. */
    async finish(fingerprint?: string): Promise<Applied> {
      if (fingerprint) next[FINGERPRINT] = fingerprint
      const gone = Object.keys(previous).filter(
        (file) => file !== FINGERPRINT && scope(file) && !(file in next) && !removed.includes(file),
      )
      for (const file of gone) {
        await target.remove(file)
        removed.push(file)
      }
      await target.writeManifest(next)
      return { written, removed, unchanged }
    },
  }
}

/** Put a built folder onto `target` (see changesOnto), assets before pages, pages before the sitemap. */
export async function applyBuild(
  dir: string,
  target: PublishTarget,
  scope: (file: string) => boolean = () => true,
  fingerprint?: string,
): Promise<Applied> {
  const changes = changesOnto(target, (await target.readManifest()) ?? {}, scope)
  // Assets before pages, pages before the sitemap: a reader following a new link finds its target.
  const files = (await filesOf(dir)).filter(scope)
  const order = (file: string) => (file.startsWith('_astro/') ? 0 : file.startsWith('sitemap') ? 2 : 1)
  files.sort((a, b) => order(a) - order(b))
  for (const file of files) await changes.put(file, await readFile(path.join(dir, file)))
  return changes.finish(fingerprint)
}
