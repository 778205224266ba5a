/**
 * Issue 12 case 7: the staff session cookie is Secure in production (it never travels over
 * plain http behind the TLS proxy), and only there: development runs on http://localhost.
 * Each case loads the Users collection afresh under the environment it names.
 */
import { afterEach, expect, it, vi } from 'vitest'

const PRODUCTION = {
  NODE_ENV: 'production',
  DATABASE_URL: 'postgres://portal@db.internal:5432/portal',
  PAYLOAD_SECRET: 'Zq8vK2mN7pR4tW9yB3cF6hJ1lX5sD0gA',
  UPLOADS_DIR: '/var/lib/dichvucong/uploads',
  MEILI_URL: 'http://search.internal:7700',
  MEILI_MASTER_KEY: 'a-master-key-of-enough-length-0123',
}

afterEach(() => {
  vi.unstubAllEnvs()
  vi.resetModules()
})

async function cookies(env: Record<string, string>) {
  for (const [name, value] of Object.entries(env)) vi.stubEnv(name, value)
  const { Users } = await import('../../cms/src/collections/Users.ts')
  return typeof Users.auth === 'object' ? Users.auth.cookies : undefined
}

// The first case imports Payload cold: seconds on a loaded 2-core machine.
it('is Secure and SameSite=Lax in production', { timeout: 60_000 }, async () => {
  expect(await cookies(PRODUCTION)).toEqual({ secure: true, sameSite: 'Lax' })
})

it('is not Secure in development (http://localhost)', { timeout: 60_000 }, async () => {
  expect((await cookies({ ...PRODUCTION, NODE_ENV: 'development' }))?.secure).toBe(false)
})
