import { s3Storage } from '@payloadcms/storage-s3'
import type { Plugin, UploadCollectionSlug } from 'payload'

import type { PortalEnv } from '../env.ts'

// @payloadcms/storage-s3 and plugin-cloud-storage are published up to 3.90.1 only, the rest of
// Payload at 3.90.2 (the root package.json's overrides hold it there; the storage code did not
// change). Payload's development-time check would reject the pair with an unhandled rejection
// at init; this module is imported by the config, before init. TODO(deps): remove this and the
// overrides once @payloadcms/storage-s3 is published at Payload's version.
process.env.PAYLOAD_DISABLE_DEPENDENCY_CHECKER ??= 'true'

/** Every upload collection, each under its own key prefix, as each has its own folder in UPLOADS_DIR. */
const COLLECTIONS = ['forms', 'videos', 'media', 'dossier-files'] as const satisfies readonly UploadCollectionSlug[]

type S3Env = Pick<
  PortalEnv,
  'S3_BUCKET' | 'S3_ENDPOINT' | 'S3_REGION' | 'S3_ACCESS_KEY_ID' | 'S3_SECRET_ACCESS_KEY' | 'S3_FORCE_PATH_STYLE'
>

/** The S3 variables that only make sense together, checked at start like cms/src/env.ts does. */
function problems(env: S3Env): string[] {
  const found: string[] = []
  const others = (['S3_ENDPOINT', 'S3_REGION', 'S3_ACCESS_KEY_ID', 'S3_SECRET_ACCESS_KEY'] as const).filter(
    (name) => env[name] !== undefined,
  )
  if (!env.S3_BUCKET) {
    if (others.length) found.push(`S3_BUCKET: not set, yet ${others.join(', ')} are: set it, or unset them`)
    return found
  }
  if (!env.S3_REGION) found.push('S3_REGION: not set: set it like ap-southeast-1 (any value for MinIO)')
  // Both keys, or neither: then the AWS SDK's own chain (instance role, AWS_* variables) applies.
  if (Boolean(env.S3_ACCESS_KEY_ID) !== Boolean(env.S3_SECRET_ACCESS_KEY))
    found.push('S3_ACCESS_KEY_ID, S3_SECRET_ACCESS_KEY: set both, or neither to use the instance role')
  return found
}

/**
 * Uploads in S3-compatible object storage when S3_BUCKET is set, so every portal replica
 * reads and writes the same files; in UPLOADS_DIR otherwise (one machine). Files are still
 * served through Payload (/api/{collection}/file/{name}), so access rules keep applying.
 * The plugin's fields (`prefix`) are inserted either way: one database schema, whichever
 * storage a deployment picks (the migrations are the same).
 * Dossier files are private like the rest: the bucket is never public-read, and Payload serves
 * a file only to those who may read its row (collections/DossierFiles.ts).
 */
export function storagePlugin(env: S3Env): Plugin {
  const found = problems(env)
  if (found.length) throw new Error(`The portal server's environment is not valid:\n  ${found.join('\n  ')}`)
  const credentials =
    env.S3_ACCESS_KEY_ID && env.S3_SECRET_ACCESS_KEY
      ? { accessKeyId: env.S3_ACCESS_KEY_ID, secretAccessKey: env.S3_SECRET_ACCESS_KEY }
      : undefined
  return s3Storage({
    enabled: Boolean(env.S3_BUCKET),
    alwaysInsertFields: true,
    bucket: env.S3_BUCKET ?? '',
    collections: Object.fromEntries(COLLECTIONS.map((slug) => [slug, { prefix: slug }])),
    config: {
      region: env.S3_REGION,
      endpoint: env.S3_ENDPOINT,
      forcePathStyle: env.S3_FORCE_PATH_STYLE === '1',
      credentials,
    },
  })
}
