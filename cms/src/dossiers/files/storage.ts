/**
 * The bytes of a dossier file wherever the deployment keeps uploads: S3-compatible storage
 * under the collection's prefix when S3_BUCKET is set (plugins/storage.ts), UPLOADS_DIR
 * otherwise. The portal API serves a citizen their own files through this (with their
 * token), and a reused document is copied through it into the new dossier.
 */
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { GetObjectCommand, S3Client } from '@aws-sdk/client-s3'

import { env } from '../../env.ts'

export type StoredFile = { filename?: string | null; prefix?: string | null }

let client: S3Client | undefined

function s3(): S3Client {
  client ??= new S3Client({
    region: env.S3_REGION,
    endpoint: env.S3_ENDPOINT,
    forcePathStyle: env.S3_FORCE_PATH_STYLE === '1',
    credentials:
      env.S3_ACCESS_KEY_ID && env.S3_SECRET_ACCESS_KEY
        ? { accessKeyId: env.S3_ACCESS_KEY_ID, secretAccessKey: env.S3_SECRET_ACCESS_KEY }
        : undefined,
  })
  return client
}

/** The folder of local storage; read when asked (the environment is read on first use, not at import). */
export const dossierFilesDir = () => path.join(env.UPLOADS_DIR, 'dossier-files')

export async function readStoredFile(file: StoredFile): Promise<Uint8Array> {
  if (!file.filename || file.filename.includes('/') || file.filename.includes('\\')) throw new Error('no stored file')
  if (env.S3_BUCKET) {
    const key = [file.prefix || 'dossier-files', file.filename].join('/')
    const answer = await s3().send(new GetObjectCommand({ Bucket: env.S3_BUCKET, Key: key }))
    if (!answer.Body) throw new Error(`s3 object ${key} has no body`)
    return answer.Body.transformToByteArray()
  }
  return readFile(path.join(dossierFilesDir(), file.filename))
}
