import * as client from 'openid-client'

import type { AssuranceLevel } from '../assurance.ts'

/**
 * The portal as a relying party of the national e-ID (openid-client): code flow with PKCE,
 * state and nonce. What the login needs between the redirect and the callback is kept in
 * the provider's interaction, server-side; the state carries the interaction's uid so the
 * callback finds it.
 */
export type EidSettings = {
  issuer: string
  clientId: string
  clientSecret: string
  /** The upstream acr of the e-ID's highest level. */
  highestAcr: string
  /** {our issuer}/eid/callback, registered at the e-ID. */
  redirectUri: string
}

export type EidPending = { state: string; verifier: string; nonce: string }

export type EidIdentity = {
  issuer: string
  subject: string
  level: AssuranceLevel
  claims: Record<string, unknown>
}

export class NationalEid {
  readonly settings: EidSettings
  #configuration: Promise<client.Configuration> | undefined

  constructor(settings: EidSettings) {
    this.settings = settings
  }

  /** Discovery once, again after a failure (the e-ID may be briefly away when the portal starts). */
  configuration(): Promise<client.Configuration> {
    const { issuer, clientId, clientSecret } = this.settings
    this.#configuration ??= client
      .discovery(
        new URL(issuer),
        clientId,
        undefined,
        client.ClientSecretBasic(clientSecret),
        // The local stand-in speaks http; the real e-ID is https and keeps the library's check.
        issuer.startsWith('http:') ? { execute: [client.allowInsecureRequests] } : undefined,
      )
      .catch((error) => {
        this.#configuration = undefined
        throw error
      })
    return this.#configuration
  }

  /** Where to send the citizen, and what to keep until they return. Asks for the highest level when loa4 is needed. */
  async start(uid: string, level: AssuranceLevel): Promise<{ url: URL; pending: EidPending }> {
    const pending = {
      state: `${uid}.${client.randomState()}`,
      verifier: client.randomPKCECodeVerifier(),
      nonce: client.randomNonce(),
    }
    const url = client.buildAuthorizationUrl(await this.configuration(), {
      redirect_uri: this.settings.redirectUri,
      scope: 'openid profile email phone identity',
      code_challenge: await client.calculatePKCECodeChallenge(pending.verifier),
      code_challenge_method: 'S256',
      state: pending.state,
      nonce: pending.nonce,
      ...(level === 'loa4' ? { acr_values: this.settings.highestAcr } : {}),
    })
    return { url, pending }
  }

  /** The verified identity from the callback's query; throws what openid-client finds wrong. */
  async finish(query: string, pending: EidPending): Promise<EidIdentity> {
    const configuration = await this.configuration()
    const tokens = await client.authorizationCodeGrant(configuration, new URL(`${this.settings.redirectUri}${query}`), {
      pkceCodeVerifier: pending.verifier,
      expectedState: pending.state,
      expectedNonce: pending.nonce,
      idTokenExpected: true,
    })
    const idToken = tokens.claims() as client.IDToken
    const claims = { ...(await client.fetchUserInfo(configuration, tokens.access_token, idToken.sub)), ...idToken }
    // The highest level is verified in person with the chip card: loa4. A lower e-ID login is
    // still the e-ID's own multi-factor login on the citizen's device: loa3.
    const level: AssuranceLevel = idToken.acr === this.settings.highestAcr ? 'loa4' : 'loa3'
    return { issuer: configuration.serverMetadata().issuer, subject: idToken.sub, level, claims }
  }
}

/** The interaction's uid from a callback's state (`{uid}.{random}`). */
export function uidOfState(state: string | null): string | undefined {
  return /^([\w-]+)\.[\w-]+$/.exec(state ?? '')?.[1]
}
