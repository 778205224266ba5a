/**
 * The citizen's files: an upload (the bytes as the body), their own file back, and the
 * files of their accepted dossiers offered again by document type (once-only).
 */

import type { ReusableDocument } from '../../dossiers/contract.ts'
import { cleanFileName, SNIFFED, sniffFile } from '../../dossiers/files/sniff.ts'
import { readStoredFile } from '../../dossiers/files/storage.ts'
import { loadForm } from '../../dossiers/form.ts'
import { PROCEDURE_CODE } from '../../dossiers/identifiers.ts'
import { ACCEPTED_STATES } from '../../dossiers/submit.ts'
import { fileView } from '../../dossiers/views.ts'
import { PortalError } from '../../errors.ts'
import type { Dossier, DossierFile } from '../../payload-types.ts'
import { answer, type Context, endpoint, signedIn } from './handle.ts'

/** Without a procedure to say otherwise, the largest file a form may allow by default. */
export const DEFAULT_MAX_FILE_BYTES = 10 * 1024 * 1024

async function readCapped(context: Context, max: number): Promise<Uint8Array | null> {
  const length = Number(context.req.headers.get('content-length') ?? 0)
  if (length > max) return null
  const stream = context.req.body as ReadableStream<Uint8Array> | null | undefined
  if (!stream) return new Uint8Array()
  const reader = stream.getReader()
  const chunks: Uint8Array[] = []
  let size = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    size += value.byteLength
    if (size > max) {
      await reader.cancel()
      return null
    }
    chunks.push(value)
  }
  return Buffer.concat(chunks)
}

export const uploadEndpoint = endpoint('post', '/portal/uploads', async (context) => {
  const { req, language, url } = context
  const { citizen } = await signedIn(context)
  const procedure = url.searchParams.get('procedure')
  const documentKey = url.searchParams.get('document')
  const form = procedure && PROCEDURE_CODE.test(procedure) ? await loadForm(req.payload, procedure, language) : null
  const max = form?.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES
  const bytes = await readCapped(context, max)
  if (bytes === null)
    throw new PortalError('dossier.file_too_large', { language, values: { max: Math.round(max / 1024 / 1024) } })
  if (bytes.byteLength === 0) throw new PortalError('dossier.file_empty', { language })
  const sniffed = await sniffFile(bytes)
  if (!sniffed) throw new PortalError('dossier.file_type', { language })
  const reuseType = form?.documents.find((document) => document.key === documentKey)?.reuseType
  const name = cleanFileName(url.searchParams.get('name'))
  let file: DossierFile
  try {
    file = (await req.payload.create({
      collection: 'dossier-files',
      data: { originalName: name, owner: citizen.id, kind: 'citizen', ...(reuseType ? { reuseType } : {}) },
      file: { data: Buffer.from(bytes), mimetype: sniffed.type, name, size: bytes.byteLength },
      overrideAccess: true,
      depth: 0,
      context: { [SNIFFED]: sniffed },
    })) as DossierFile
  } catch (error) {
    // Payload's own checks: a PDF without its cross-reference or end marker, an image sharp cannot read.
    const name = (error as Error).name
    if (name === 'ValidationError' || name === 'FileUploadError')
      throw new PortalError('dossier.file_type', { language, cause: error })
    throw error
  }
  return answer(fileView(file), 201)
})

/** A file's bytes to its citizen: never cached, always a download, named as they named it. */
export async function fileResponse(file: DossierFile): Promise<Response> {
  const bytes = await readStoredFile(file)
  const name = file.originalName ?? file.filename ?? 'file'
  return new Response(Buffer.from(bytes), {
    status: 200,
    headers: {
      'Content-Type': file.mimeType ?? 'application/octet-stream',
      'Content-Length': String(bytes.byteLength),
      'Content-Disposition': `attachment; filename="${name.replace(/[^\x20-\x7e]|"/g, '_')}"; filename*=UTF-8''${encodeURIComponent(name)}`,
      'Cache-Control': 'private, no-store',
      'X-Content-Type-Options': 'nosniff',
      'Access-Control-Allow-Origin': '*',
    },
  })
}

/** The dossier file a path parameter names, or null (not a record id, or no such file). */
export async function fileOfParam(context: Context, param: string): Promise<DossierFile | null> {
  const id = Number(context.req.routeParams?.[param])
  if (!Number.isSafeInteger(id) || id <= 0) return null
  return (await context.req.payload.findByID({
    collection: 'dossier-files',
    id,
    depth: 0,
    overrideAccess: true,
    disableErrors: true,
  })) as DossierFile | null
}

export const ownUploadEndpoint = endpoint('get', '/portal/uploads/:id', async (context) => {
  const { language } = context
  const { citizen } = await signedIn(context)
  const file = await fileOfParam(context, 'id')
  const owner = file && (typeof file.owner === 'object' ? file.owner?.id : file.owner)
  if (!file || owner !== citizen.id || file.kind !== 'citizen') throw new PortalError('dossier.not_found', { language })
  return fileResponse(file)
})

export const reusableEndpoint = endpoint('get', '/portal/documents/reusable', async (context) => {
  const { req } = context
  const { citizen } = await signedIn(context)
  const { docs } = await req.payload.find({
    collection: 'dossier-files',
    where: {
      and: [
        { owner: { equals: citizen.id } },
        { kind: { equals: 'citizen' } },
        { reuseType: { exists: true } },
        { 'dossier.state': { in: [...ACCEPTED_STATES] } },
      ],
    },
    sort: '-createdAt',
    depth: 1,
    limit: 100,
    overrideAccess: true,
    context: { skipReadLog: true },
  })
  // The newest file of each type: what a citizen most likely means to give again.
  const seen = new Set<string>()
  const documents: ReusableDocument[] = []
  for (const file of docs as DossierFile[]) {
    const dossier = file.dossier as Dossier | null
    if (!file.reuseType || !dossier || typeof dossier !== 'object' || seen.has(file.reuseType)) continue
    seen.add(file.reuseType)
    documents.push({
      reuseType: file.reuseType,
      file: fileView(file),
      dossier: dossier.code,
      acceptedAt: dossier.receivedAt ?? dossier.submittedAt,
    })
  }
  return answer(documents)
})
