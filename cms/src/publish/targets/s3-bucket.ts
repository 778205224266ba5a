/**
 * An S3-compatible bucket as the CDN's origin. A PUT replaces an object whole (S3 never
 * serves a partly uploaded object), so no temporary name is needed.
 */
import { DeleteObjectCommand, GetObjectCommand, NoSuchKey, PutObjectCommand, S3Client } from '@aws-sdk/client-s3'

import { contentType, MANIFEST, type PublishTarget } from './target.ts'

export type BucketOptions = {
  bucket: string
  /** Key prefix (no leading slash), e.g. `site/`; empty for the bucket's root. */
  prefix?: string
  endpoint?: string
  region?: string
  forcePathStyle?: boolean
  credentials?: { accessKeyId: string; secretAccessKey: string }
}

/** HTML and feeds must not be cached long (they change on every publish); hashed assets may. */
const cacheControl = (file: string) =>
  /^_astro\//.test(file) ? 'public, max-age=31536000, immutable' : 'public, max-age=60, must-revalidate'

export function s3BucketTarget(options: BucketOptions): PublishTarget {
  const client = new S3Client({
    region: options.region ?? 'us-east-1',
    ...(options.endpoint ? { endpoint: options.endpoint } : {}),
    forcePathStyle: options.forcePathStyle ?? false,
    ...(options.credentials ? { credentials: options.credentials } : {}),
  })
  const key = (file: string) => `${options.prefix ?? ''}${file}`
  const put = async (file: string, body: Uint8Array) => {
    await client.send(
      new PutObjectCommand({
        Bucket: options.bucket,
        Key: key(file),
        Body: body,
        ContentType: contentType(file),
        CacheControl: cacheControl(file),
      }),
    )
  }
  async function read(file: string): Promise<Uint8Array | null> {
    try {
      const object = await client.send(new GetObjectCommand({ Bucket: options.bucket, Key: key(file) }))
      return (await object.Body?.transformToByteArray()) ?? null
    } catch (error) {
      if (error instanceof NoSuchKey || (error as { name?: string }).name === 'NoSuchKey') return null
      throw error
    }
  }
  return {
    name: `bucket ${options.bucket}/${options.prefix ?? ''}`,
    put,
    async remove(file) {
      await client.send(new DeleteObjectCommand({ Bucket: options.bucket, Key: key(file) }))
    },
    read,
    async readManifest() {
      const body = await read(MANIFEST)
      return body ? (JSON.parse(new TextDecoder().decode(body)) as Record<string, string>) : null
    },
    async writeManifest(manifest) {
      await put(MANIFEST, new TextEncoder().encode(JSON.stringify(manifest)))
    },
  }
}
