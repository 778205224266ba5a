/**
 * What the submission keeps in this tab (sessionStorage: a dossier's answers are personal
 * data, gone with the tab): a copy of the draft for when a save does not reach the server,
 * the names of uploaded files (a draft holds only their ids), and the Idempotency-Key of the
 * submission being sent, so a retry after a network error is the same submission.
 */
import type { Draft, UploadedFile } from '@dvc/cms/dossiers'

const key = (kind: string, procedure: string) => `dvc.dossier.${kind}.${procedure}`

function read<T>(name: string): T | null {
  try {
    return JSON.parse(sessionStorage.getItem(name) ?? 'null') as T | null
  } catch {
    return null
  }
}

function write(name: string, value: unknown): void {
  try {
    sessionStorage.setItem(name, JSON.stringify(value))
  } catch {
    // Storage full or refused (private mode): the server's draft still holds the progress.
  }
}

export const localDraft = (procedure: string) => read<Draft>(key('draft', procedure))
export const saveLocalDraft = (draft: Draft) => write(key('draft', draft.procedure), draft)

export function forgetSubmission(procedure: string): void {
  sessionStorage.removeItem(key('draft', procedure))
  sessionStorage.removeItem(key('attempt', procedure))
}

/** One key per submission attempt: made on the first send, kept until a definite answer. */
export function submissionKey(procedure: string): string {
  const existing = read<string>(key('attempt', procedure))
  if (existing) return existing
  const fresh = crypto.randomUUID()
  write(key('attempt', procedure), fresh)
  return fresh
}

export const forgetSubmissionKey = (procedure: string) => sessionStorage.removeItem(key('attempt', procedure))

const FILES = 'dvc.dossier.files'

export const knownFiles = () => read<Record<string, UploadedFile>>(FILES) ?? {}

export function rememberFiles(files: UploadedFile[]): void {
  const all = knownFiles()
  for (const file of files) all[file.id] = file
  write(FILES, all)
}
