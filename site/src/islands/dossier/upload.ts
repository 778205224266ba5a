/**
 * One file to the portal's uploads (`POST /api/portal/uploads?name=`, the raw bytes as the
 * body): XMLHttpRequest, because fetch reports no upload progress. Answers the stored file,
 * or an ApiError like every other call.
 */
import { ACCEPTED_TYPES, DOSSIER_PATHS, type UploadedFile } from '@dvc/cms/dossiers'

import { accessToken } from '../../lib/sso/client.ts'
import { type ApiContext, ApiError, apiUrl, errorOf } from './api.ts'

export type FileProblem = 'wrongType' | 'tooBig'

/** Checked before sending, so a 30 MB photo does not travel only to be refused. */
export function fileProblem(file: { type: string; size: number }, maxBytes: number): FileProblem | null {
  if (!(ACCEPTED_TYPES as readonly string[]).includes(file.type)) return 'wrongType'
  return maxBytes > 0 && file.size > maxBytes ? 'tooBig' : null
}

export async function uploadFile(
  context: ApiContext,
  file: File,
  onProgress: (loaded: number, total: number) => void,
): Promise<UploadedFile> {
  const token = await accessToken(context.sso)
  return new Promise((resolve, reject) => {
    const request = new XMLHttpRequest()
    request.open('POST', apiUrl(context, DOSSIER_PATHS.uploads, { query: { name: file.name } }))
    request.setRequestHeader('authorization', `Bearer ${token}`)
    request.setRequestHeader('accept-language', context.locale)
    request.setRequestHeader('content-type', file.type)
    request.upload.addEventListener('progress', (event) => onProgress(event.loaded, event.total || file.size))
    request.addEventListener('error', () => reject(new ApiError(0, 'network', '')))
    request.addEventListener('load', () => {
      if (request.status >= 200 && request.status < 300) {
        onProgress(file.size, file.size)
        resolve(JSON.parse(request.responseText) as UploadedFile)
      } else errorOf(request.status, request.responseText).then(reject)
    })
    request.send(file)
  })
}
