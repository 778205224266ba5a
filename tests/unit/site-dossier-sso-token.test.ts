import { describe, expect, it } from 'vitest'

import { TOKEN_MARGIN_MS, tokenFrom, usableToken } from '../../site/src/lib/sso/session.ts'

describe('site SSO: the access token kept for the dossier islands', () => {
  const now = Date.UTC(2025, 8, 12, 8, 0, 0)

  it('stores the expiry as an instant from expires_in seconds (RFC 6749 5.1)', () => {
    expect(tokenFrom('abc', 600, now)).toEqual({ token: 'abc', expiresAt: now + 600_000 })
  })

  it('assumes an hour when the token endpoint gives no usable expires_in', () => {
    for (const missing of [undefined, null, 0, -5, Number.NaN, '600']) {
      expect(tokenFrom('abc', missing, now).expiresAt).toBe(now + 3_600_000)
    }
  })

  it('hands out a token only while it has more than the margin to live', () => {
    const stored = tokenFrom('abc', 600, now)
    expect(usableToken(stored, now)).toBe('abc')
    expect(usableToken(stored, stored.expiresAt - TOKEN_MARGIN_MS - 1)).toBe('abc')
    expect(usableToken(stored, stored.expiresAt - TOKEN_MARGIN_MS)).toBeNull()
    expect(usableToken(stored, stored.expiresAt + 1)).toBeNull()
  })

  it('refuses nothing stored, an empty token and a malformed entry', () => {
    expect(usableToken(null, now)).toBeNull()
    expect(usableToken({ token: '', expiresAt: now + 600_000 }, now)).toBeNull()
    expect(usableToken({ token: 'abc', expiresAt: 'later' as unknown as number }, now)).toBeNull()
  })
})
