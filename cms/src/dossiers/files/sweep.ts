/**
 * What a dossier leaves behind when nobody finishes it: uploads never attached to a dossier
 * (a draft abandoned, a submission that failed) and, after a crash between a file's write and
 * its row's commit, stored bytes no row names. The hourly task removes both, with a margin
 * that no submission in flight can reach: a submission attaches its uploads in one
 * transaction, so a half-done one leaves only such files, never a half dossier.
 */
import { readdir, rm, stat } from 'node:fs/promises'
import path from 'node:path'
import type { Payload } from 'payload'

import { env } from '../../env.ts'
import type { DossierDraft, DossierFile } from '../../payload-types.ts'
import { dossierFilesDir } from './storage.ts'

export const SWEEP = Object.freeze({
  /** An upload no dossier took and no draft names, after this long, is gone. */
  unattachedMs: 7 * 24 * 3600 * 1000,
  /** Stored bytes without a row are written and named within a request: an hour is ample. */
  strayMs: 3600 * 1000,
})

export type Swept = { uploads: number; stray: number }

export async function sweepDossierFiles(payload: Payload, now = Date.now(), margins = SWEEP): Promise<Swept> {
  const cutoff = new Date(now - margins.unattachedMs).toISOString()
  const { docs: drafts } = await payload.find({
    collection: 'dossier-drafts',
    pagination: false,
    depth: 0,
    overrideAccess: true,
  })
  const named = new Set(
    (drafts as DossierDraft[]).flatMap((draft) =>
      ((draft.data as { documents?: { files?: string[] }[] }).documents ?? []).flatMap(
        (document) => document.files ?? [],
      ),
    ),
  )
  const { docs: unattached } = await payload.find({
    collection: 'dossier-files',
    where: { and: [{ dossier: { exists: false } }, { createdAt: { less_than: cutoff } }] },
    pagination: false,
    depth: 0,
    overrideAccess: true,
  })
  let uploads = 0
  for (const file of unattached as DossierFile[]) {
    if (named.has(String(file.id))) continue
    await payload.delete({ collection: 'dossier-files', id: file.id, overrideAccess: true })
    uploads++
  }
  // Local storage only: an S3 bucket's lifecycle rule does the same for unnamed objects.
  if (env.S3_BUCKET) return { uploads, stray: 0 }
  const dir = dossierFilesDir()
  const names = await readdir(dir).catch(() => [] as string[])
  if (names.length === 0) return { uploads, stray: 0 }
  const { docs: rows } = await payload.find({
    collection: 'dossier-files',
    where: { filename: { in: names } },
    pagination: false,
    depth: 0,
    overrideAccess: true,
    select: { filename: true },
  })
  const known = new Set((rows as DossierFile[]).map((row) => row.filename))
  let stray = 0
  for (const name of names) {
    if (known.has(name)) continue
    const file = path.join(dir, name)
    const info = await stat(file).catch(() => null)
    if (!info?.isFile() || now - info.mtimeMs < margins.strayMs) continue
    await rm(file, { force: true })
    stray++
  }
  return { uploads, stray }
}
