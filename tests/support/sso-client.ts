/**
 * The relying party's side of an authorization in the SSO tests (openid-client): PKCE with
 * S256 and a state, as every client of the portal must send them.
 */
import * as client from 'openid-client'

export type Pkce = {
  /** Spread into the authorization request. */
  params: { code_challenge: string; code_challenge_method: 'S256'; state: string }
  verifier: string
  state: string
  /** What the code is redeemed with (authorizationCodeGrant's checks). */
  checks: { pkceCodeVerifier: string; expectedState: string }
}

export async function pkce(): Promise<Pkce> {
  const verifier = client.randomPKCECodeVerifier()
  const state = client.randomState()
  return {
    params: { code_challenge: await client.calculatePKCECodeChallenge(verifier), code_challenge_method: 'S256', state },
    verifier,
    state,
    checks: { pkceCodeVerifier: verifier, expectedState: state },
  }
}
