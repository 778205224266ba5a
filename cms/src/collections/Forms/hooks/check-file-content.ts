import { fileTypeFromBuffer } from 'file-type'
import { APIError, type CollectionBeforeOperationHook } from 'payload'

import { message } from '../../../i18n/t.ts'

/** What a template form may be, judged by the bytes: a renamed .exe is not a PDF. */
export const FORM_MIME_TYPES = [
  'application/pdf',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
] as const

export const checkFileContent: CollectionBeforeOperationHook = async function checkFileContent({ req, operation }) {
  if ((operation !== 'create' && operation !== 'update') || !req.file) return
  const detected = await fileTypeFromBuffer(req.file.data)
  if (!detected || !(FORM_MIME_TYPES as readonly string[]).includes(detected.mime)) {
    throw new APIError(message(req, 'fileTypeRefused'), 400, null, true)
  }
  // Trust the content, not the name or the browser's guess.
  req.file.mimetype = detected.mime
}
