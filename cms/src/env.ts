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
