import { fileTypeFromBuffer } from 'file-type'
import type { CollectionBeforeOperationHook } from 'payload'

import { PortalError } from '../../../errors.ts'
import { languageOf } from '../../../i18n/t.ts'

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
    throw new PortalError('upload.type_refused', { language: languageOf(req) })
  }
  // Trust the content, not the name or the browser's guess.
  req.file.mimetype = detected.mime
}
