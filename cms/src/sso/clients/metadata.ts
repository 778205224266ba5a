import type { AdapterPayload } from 'oidc-provider'
import type { Payload } from 'payload'

import type { RelyingParty } from '../../payload-types.ts'
import { currentSecret } from './secret.ts'

type StoredParty = RelyingParty & { secretSalt?: string | null; secretHash?: string | null }

/** The extra client metadata naming a FAPI 2.0 client (provider.ts `features.fapi.profile`). */
export const HIGH_ASSURANCE = 'high_assurance'

const clientKeys = (party: StoredParty) =>
  party.jwksUri ? { jwks_uri: party.jwksUri } : { jwks: party.jwks as { keys: unknown[] } }

const uris = (list: { uri: string }[] | null | undefined) => (list ?? []).map((entry) => entry.uri)

/** The client metadata (RFC 7591 names) oidc-provider reads for a relying party of the CMS. */
export function partyMetadata(party: StoredParty, ssoSecret: string): AdapterPayload | undefined {
  if (!party.clientId) return undefined
  const confidential = party.kind === 'confidential'
  const authMethod = confidential ? (party.authMethod ?? 'client_secret_basic') : 'none'
  const secret =
    authMethod === 'client_secret_basic' && party.secretSalt && party.secretHash
      ? currentSecret(ssoSecret, party.clientId, party.secretSalt, party.secretHash)
      : undefined
  // A client whose secret no longer derives (SSO_KEY_SECRET changed) is unusable until reissued.
  if (authMethod === 'client_secret_basic' && !secret) return undefined
  // FAPI 2.0 for high-assurance clients: PAR and DPoP required, whatever the other boxes say.
  const high = Boolean(party.highAssurance)
  return {
    client_id: party.clientId,
    client_name: party.name,
    ...(secret ? { client_secret: secret } : {}),
    token_endpoint_auth_method: authMethod,
    ...(authMethod === 'private_key_jwt' ? clientKeys(party) : {}),
    require_pushed_authorization_requests: high || Boolean(party.requirePar),
    dpop_bound_access_tokens: high || Boolean(party.dpop),
    [HIGH_ASSURANCE]: high,
    redirect_uris: uris(party.redirectUris),
    post_logout_redirect_uris: uris(party.postLogoutRedirectUris),
    ...(party.backchannelLogoutUri
      ? { backchannel_logout_uri: party.backchannelLogoutUri, backchannel_logout_session_required: true }
      : {}),
    grant_types: ['authorization_code', 'refresh_token'],
    response_types: ['code'],
    scope: (party.scopes ?? ['openid']).join(' '),
    subject_type: party.publicSubject ? 'public' : 'pairwise',
    default_acr_values: [party.minimumAcr],
    minimum_acr: party.minimumAcr,
  } as AdapterPayload
}

/** Finds a relying party by client id for the provider (access off: the provider is trusted code). */
export function clientFinder(payload: Payload, ssoSecret: string) {
  return async function findClient(clientId: string): Promise<AdapterPayload | undefined> {
    const found = await payload.find({
      collection: 'relying-parties',
      where: { clientId: { equals: clientId } },
      limit: 1,
      depth: 0,
      pagination: false,
      overrideAccess: true,
      showHiddenFields: true,
    })
    const party = found.docs[0] as StoredParty | undefined
    return party ? partyMetadata(party, ssoSecret) : undefined
  }
}
