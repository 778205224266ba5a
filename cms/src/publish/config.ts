/**
 * Where the worker publishes the static site, read from the environment on first use:
 * PUBLISH_DIR (a folder our static server serves) or PUBLISH_S3_BUCKET (a CDN's origin,
 * with the S3_* credentials of cms/src/env.ts). Neither: publishing is off and the site is
 * built by hand (`npm run build site`). `.env.example` documents each variable.
 */
import { z } from 'zod'

import { localFolderTarget } from './targets/local-folder.ts'
import { s3BucketTarget } from './targets/s3-bucket.ts'
import type { PublishTarget } from './targets/target.ts'

const schema = z.object({
  PUBLISH_DIR: z.string().startsWith('/').optional(),
  PUBLISH_S3_BUCKET: z.string().min(3).optional(),
  PUBLISH_S3_PREFIX: z.string().default(''),
  /** The CDN's purge hook: the publisher POSTs `{ "urls": [...] }` of changed pages here. */
  PUBLISH_PURGE_URL: z.url().optional(),
  /** The portal's REST API as the site build reads it (default SERVER_URL). */
  CMS_URL: z.url().optional(),
  SERVER_URL: z.url().default('http://localhost:3000'),
  S3_ENDPOINT: z.url().optional(),
  S3_REGION: z.string().optional(),
  S3_ACCESS_KEY_ID: z.string().optional(),
  S3_SECRET_ACCESS_KEY: z.string().optional(),
  S3_FORCE_PATH_STYLE: z.enum(['0', '1']).default('0'),
})

export type PublishConfig = { target: PublishTarget; cmsUrl: string; purgeUrl?: string }

const parse = (source: Record<string, string | undefined>) =>
  schema.parse(Object.fromEntries(Object.entries(source).filter(([, value]) => value !== '')))

const cmsUrlOf = (env: z.infer<typeof schema>) => (env.CMS_URL ?? env.SERVER_URL).replace(/\/+$/, '')

/** The portal's REST API as the site's renderer reads it: also what previews render from. */
export const siteCmsUrl = (source: Record<string, string | undefined> = process.env) => cmsUrlOf(parse(source))

/** The publishing set-up, or null when no target is configured. */
export function publishConfig(source: Record<string, string | undefined> = process.env): PublishConfig | null {
  const env = parse(source)
  const cmsUrl = cmsUrlOf(env)
  const purge = env.PUBLISH_PURGE_URL ? { purgeUrl: env.PUBLISH_PURGE_URL } : {}
  if (env.PUBLISH_S3_BUCKET) {
    const credentials =
      env.S3_ACCESS_KEY_ID && env.S3_SECRET_ACCESS_KEY
        ? { accessKeyId: env.S3_ACCESS_KEY_ID, secretAccessKey: env.S3_SECRET_ACCESS_KEY }
        : undefined
    const target = s3BucketTarget({
      bucket: env.PUBLISH_S3_BUCKET,
      prefix: env.PUBLISH_S3_PREFIX,
      ...(env.S3_ENDPOINT ? { endpoint: env.S3_ENDPOINT } : {}),
      ...(env.S3_REGION ? { region: env.S3_REGION } : {}),
      forcePathStyle: env.S3_FORCE_PATH_STYLE === '1',
      ...(credentials ? { credentials } : {}),
    })
    return { target, cmsUrl, ...purge }
  }
  if (env.PUBLISH_DIR) return { target: localFolderTarget(env.PUBLISH_DIR), cmsUrl, ...purge }
  return null
}
