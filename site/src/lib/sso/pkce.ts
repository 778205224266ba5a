/**
 * Proof Key for Code Exchange (RFC 7636) in the browser: a random verifier, its S256
 * challenge, and a random state. WebCrypto only, so the header's script stays tiny.
 */
export function base64url(bytes: Uint8Array): string {
  let binary = ''
  for (const byte of bytes) binary += String.fromCharCode(byte)
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')
}

/** 32 random bytes: 43 characters, the shortest verifier RFC 7636 4.1 allows at full entropy. */
export function randomToken(): string {
  return base64url(crypto.getRandomValues(new Uint8Array(32)))
}

export async function s256(verifier: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(verifier))
  return base64url(new Uint8Array(digest))
}
