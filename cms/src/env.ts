import { z } from 'zod'

/**
 * The portal server's environment, checked once at start. The scripts in `scripts/`
 * generate development values into `.data/` and pass them in; production sets them.
 * During `next build` no database is reached, so missing values are tolerated there.
 */
const schema = z.object({
  DATABASE_URL: z.url({
    message: 'DATABASE_URL is not a URL: set it like postgres://user:pass@localhost:5432/dichvucong',
  }),
  PAYLOAD_SECRET: z.string().min(32, { message: 'PAYLOAD_SECRET is too short: use 32 or more random characters' }),
  SERVER_URL: z
    .url({ message: 'SERVER_URL is not a URL: set it like http://localhost:3000' })
    .default('http://localhost:3000'),
  SITE_URL: z
    .url({ message: 'SITE_URL is not a URL: set it like http://localhost:4321' })
    .default('http://localhost:4321'),
  PAYLOAD_DB_PUSH: z.enum(['0', '1']).default('0'),
  UPLOADS_DIR: z
    .string()
    .startsWith('/', { message: 'UPLOADS_DIR must be an absolute path, like /var/lib/dichvucong/uploads' }),
  // How many proxies in front of the portal append to X-Forwarded-For (cms/src/portal/http/client-ip.ts).
  TRUST_PROXY: z.coerce
    .number({ message: 'TRUST_PROXY is not a number: set it to the count of proxies in front of the portal, like 1' })
    .int({
      message: 'TRUST_PROXY must be a whole number: 0 (none), 1 (a load balancer), 2 (a CDN and a load balancer)',
    })
    .min(0, { message: 'TRUST_PROXY must be 0 or more' })
    .max(10, { message: 'TRUST_PROXY is more than 10: count only the proxies you run' })
    .default(0),
  // The search endpoint's token bucket per client address, shared by every replica (cms/src/portal/rate-limit.ts).
  // Search-as-you-type sends a burst, then pauses. Raise it where many citizens share one address (carrier NAT).
  SEARCH_RATE_BURST: z.coerce
    .number({ message: 'SEARCH_RATE_BURST is not a number: set the requests one client may send at once, like 20' })
    .int({ message: 'SEARCH_RATE_BURST must be a whole number, like 20' })
    .min(1, { message: 'SEARCH_RATE_BURST must be 1 or more' })
    .default(20),
  SEARCH_RATE_PER_SECOND: z.coerce
    .number({ message: 'SEARCH_RATE_PER_SECOND is not a number: set the sustained requests per second, like 5' })
    .positive({ message: 'SEARCH_RATE_PER_SECOND must be more than 0, like 5' })
    .default(5),
  // Uploads go to S3-compatible object storage when S3_BUCKET is set (cms/src/plugins/storage.ts), to UPLOADS_DIR otherwise.
  S3_BUCKET: z
    .string()
    .regex(/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/, {
      message: 'S3_BUCKET is not a bucket name: use 3-63 of a-z, 0-9, "." and "-"',
    })
    .optional(),
  S3_ENDPOINT: z
    .url({
      protocol: /^https?$/,
      message: 'S3_ENDPOINT is not a URL: set it like https://s3.ap-southeast-1.amazonaws.com',
    })
    .optional(),
  S3_REGION: z
    .string()
    .min(1, { message: 'S3_REGION is empty: set it like ap-southeast-1 (any value for MinIO)' })
    .optional(),
  S3_ACCESS_KEY_ID: z
    .string()
    .min(1, { message: 'S3_ACCESS_KEY_ID is empty: set the access key of the bucket' })
    .optional(),
  S3_SECRET_ACCESS_KEY: z
    .string()
    .min(1, { message: 'S3_SECRET_ACCESS_KEY is empty: set the secret key of the bucket' })
    .optional(),
  S3_FORCE_PATH_STYLE: z
    .enum(['0', '1'], { message: 'S3_FORCE_PATH_STYLE must be 1 (MinIO, Ceph, most local servers) or 0' })
    .default('0'),
})

export type PortalEnv = z.infer<typeof schema>

const isBuild = process.env.NEXT_PHASE === 'phase-production-build'

function readEnv(): PortalEnv {
  if (isBuild) {
    return {
      DATABASE_URL: process.env.DATABASE_URL ?? 'postgres://build@localhost:1/build',
      PAYLOAD_SECRET: process.env.PAYLOAD_SECRET ?? 'build-time-placeholder-never-used-at-runtime',
      SERVER_URL: process.env.SERVER_URL ?? 'http://localhost:3000',
      SITE_URL: process.env.SITE_URL ?? 'http://localhost:4321',
      PAYLOAD_DB_PUSH: '0',
      UPLOADS_DIR: process.env.UPLOADS_DIR ?? '/tmp/dichvucong-build-uploads',
      TRUST_PROXY: 0,
      SEARCH_RATE_BURST: 20,
      SEARCH_RATE_PER_SECOND: 5,
      S3_FORCE_PATH_STYLE: '0',
    }
  }
  const parsed = schema.safeParse(process.env)
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`)
    throw new Error(`The portal server's environment is not valid:\n${lines.join('\n')}`)
  }
  return parsed.data
}

export const env: Readonly<PortalEnv> = Object.freeze(readEnv())
