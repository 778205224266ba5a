import { createHash, randomUUID } from 'node:crypto'
import { fileTypeFromBuffer } from 'file-type'

import { ACCEPTED_TYPES } from '../contract.ts'

const EXTENSIONS: Record<(typeof ACCEPTED_TYPES)[number], string> = {
  'application/pdf': 'pdf',
  'image/jpeg': 'jpg',
  'image/png': 'png',
}

export type Sniffed = { type: (typeof ACCEPTED_TYPES)[number]; sha256: string; storedName: string }

/** The request context key under which a caller that sniffed the bytes hands the result on. */
export const SNIFFED = 'dossierFileSniffed'

/**
 * What a citizen's file is, judged by its bytes (a renamed .exe is not a PDF), its sha256
 * (kept, and signed into the receipt), and the name it is stored under: random, so no URL
 * can be guessed from a citizen's own file name (kept apart as `originalName`).
 * Null when it is none of PDF, JPEG and PNG.
 */
export async function sniffFile(bytes: Uint8Array): Promise<Sniffed | null> {
  const detected = await fileTypeFromBuffer(bytes)
  const type = ACCEPTED_TYPES.find((accepted) => accepted === detected?.mime)
  if (!type) return null
  return {
    type,
    sha256: createHash('sha256').update(bytes).digest('hex'),
    storedName: `${randomUUID()}.${EXTENSIONS[type]}`,
  }
}

/** A file name fit to keep and show: no path, no control characters, at most 200 characters. */
export function cleanFileName(name: string | null | undefined): string {
  const base = (name ?? '').split(/[\\/]/).pop() ?? ''
  // Control characters (below U+0020, and DEL) are dropped: they have no place in a name shown on a page.
  const clean = Array.from(base)
    .filter((char) => char >= ' ' && char !== '\u007f')
    .join('')
    .trim()
    .slice(0, 200)
  return clean || 'file'
}
