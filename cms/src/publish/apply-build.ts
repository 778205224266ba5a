/**
 * Put a freshly built site onto a publish target, touching only what changed: files whose
 * content differs from the last publish are written, files the new build no longer has (an
 * unpublished record's pages) are removed, the rest is left alone. The manifest (file ->
 * sha256) is written last, so a publish cut short is simply redone by the job's retry.
 */
import { createHash } from 'node:crypto'
import { readdir, readFile } from 'node:fs/promises'
import path from 'node:path'

import { FINGERPRINT, MANIFEST, type PublishTarget } from './targets/target.ts'

export type Applied = { written: string[]; removed: string[]; unchanged: number }

/** Every file under `dir`, as site-relative paths with forward slashes. */
async function filesOf(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true })
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    .filter((file) => file !== MANIFEST)
    .sort()
}

export const hash = (body: Uint8Array) => createHash('sha256').update(body).digest('base64url')

/**
 * `scope` limits what this build is responsible for (e.g. the Pagefind folder, built on its
 * own schedule): files outside it are neither written nor removed. `fingerprint` says what
 * the site was built from (its code and content), so a start can tell nothing changed.
 */
export async function applyBuild(
  dir: string,
  target: PublishTarget,
  scope: (file: string) => boolean = () => true,
  fingerprint?: string,
): Promise<Applied> {
  const previous = (await target.readManifest()) ?? {}
  const next: Record<string, string> = {}
  for (const [file, digest] of Object.entries(previous)) if (!scope(file) || file === FINGERPRINT) next[file] = digest
  if (fingerprint) next[FINGERPRINT] = fingerprint
  const written: string[] = []
  let unchanged = 0
  // Assets before pages, pages before the sitemap: a reader following a new link finds its target.
  const files = (await filesOf(dir)).filter(scope)
  const order = (file: string) => (file.startsWith('_astro/') ? 0 : file.startsWith('sitemap') ? 2 : 1)
  files.sort((a, b) => order(a) - order(b))
  for (const file of files) {
    const body = await readFile(path.join(dir, file))
    const digest = hash(body)
    next[file] = digest
    if (previous[file] === digest) {
      unchanged++
      continue
    }
    await target.put(file, body)
    written.push(file)
  }
  const removed = Object.keys(previous).filter((file) => file !== FINGERPRINT && scope(file) && !(file in next))
  for (const file of removed) await target.remove(file)
  await target.writeManifest(next)
  return { written, removed, unchanged }
}
