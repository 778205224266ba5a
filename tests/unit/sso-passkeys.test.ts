import { describe, expect, it } from 'vitest'
import { html } from '../../cms/src/sso/pages/html.ts'
import { hasVerifiedIdentity, passkeyAmr, passkeyLevel, relyingPartyOf } from '../../cms/src/sso/passkeys/ceremony.ts'
import { passkeyLoginPage } from '../../cms/src/sso/passkeys/pages.ts'

/** The rules of passkeys that need no server: levels, amr, relying party, the page's data block. */
describe('passkey level and amr', () => {
  it.each([
    ['registry', 'loa4', true],
    ['e-id', 'loa4', true],
    ['self-asserted', 'loa3', false],
  ] as const)('identity verified by %s: a passkey gives %s', (identityVerified, level, verified) => {
    const citizen = { identityVerified } as Parameters<typeof passkeyLevel>[0]
    expect(passkeyLevel(citizen)).toBe(level)
    expect(hasVerifiedIdentity(citizen)).toBe(verified)
  })

  it('says hwk for a key bound to its device and swk for a synced one (RFC 8176)', () => {
    expect(passkeyAmr(true)).toEqual(['hwk'])
    expect(passkeyAmr(false)).toEqual(['swk'])
  })

  it('takes the relying party id and origin from the issuer', () => {
    expect(relyingPartyOf('https://dichvucong.example.vn/oidc')).toMatchObject({
      id: 'dichvucong.example.vn',
      origin: 'https://dichvucong.example.vn',
    })
  })
})

describe('passkey login page', () => {
  const hostile = '</script><script>alert(1)</script>'
  const body = passkeyLoginPage({
    language: 'en',
    base: '/oidc/interaction/abc',
    clientName: hostile,
    options: { challenge: 'c', hint: hostile },
    scripts: html`<script src="/oidc/passkeys/ceremony.js" defer></script>`,
  })

  it('carries the options as JSON no value can break out of', () => {
    const block = body.match(/<script type="application\/json" id="passkey-options">([\s\S]*?)<\/script>/)?.[1]
    expect(JSON.parse(block ?? '')).toEqual({ challenge: 'c', hint: hostile })
    expect(body).not.toContain('<script>alert(1)')
  })

  it('posts to the interaction and offers the password login instead', () => {
    expect(body).toContain('<form method="post" action="/oidc/interaction/abc/passkey?lang=en" data-passkey="login"')
    expect(body).toContain('<a href="/oidc/interaction/abc?lang=en">Log in with a password</a>')
    expect(body).toContain('<noscript>')
  })
})
