import { expect, it } from 'vitest'

import { portalPolicy, securityHeaders } from '../../cms/src/security-headers.ts'

it('adds HSTS only when the public origin is https', () => {
  const csp = portalPolicy({ nonce: 'abc', dev: false })
  expect(securityHeaders({ csp, https: true })['strict-transport-security']).toBe('max-age=31536000; includeSubDomains')
  expect(securityHeaders({ csp, https: false })).not.toHaveProperty('strict-transport-security')
})

it("gives the portal's scripts the request's nonce and no eval outside development", () => {
  const policy = portalPolicy({ nonce: 'abc', dev: false })
  expect(policy).toContain("script-src 'self' 'nonce-abc';")
  expect(policy).toContain("frame-ancestors 'none'")
  expect(policy).not.toContain("'unsafe-eval'")
  expect(portalPolicy({ nonce: 'abc', dev: true })).toContain("'unsafe-eval'")
})
