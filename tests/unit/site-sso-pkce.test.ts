import { describe, expect, it } from 'vitest'
import { base64url, randomToken, s256 } from '../../site/src/lib/sso/pkce.ts'

describe('site SSO: PKCE in the browser', () => {
  it('derives the S256 challenge of RFC 7636 appendix B', async () => {
    expect(await s256('dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk')).toBe(
      'E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM',
    )
  })

  it('encodes the appendix B verifier octets as its verifier', () => {
    const octets = [
      116, 24, 223, 180, 151, 153, 224, 37, 79, 250, 96, 125, 216, 173, 187, 186, 22, 212, 37, 77, 105, 214, 191, 240,
      91, 88, 5, 88, 83, 132, 141, 121,
    ]
    expect(base64url(Uint8Array.from(octets))).toBe('dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk')
  })

  it('draws verifiers of 43 unreserved characters, never twice the same', () => {
    const drawn = Array.from({ length: 50 }, randomToken)
    for (const token of drawn) expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/)
    expect(new Set(drawn).size).toBe(drawn.length)
  })
})
