import type { ClientMetadata, Configuration, KoaContextWithOIDC } from 'oidc-provider'
import { LOCALES } from '../../vocabulary.ts'
import { ACCOUNT_PATH, SITE_CLIENT } from './site-client.ts'

/**
 * The account page (router.ts) as the provider's own client: it asks for nothing but a
 * signed-in session (response_type=none, OAuth 2.0 Multiple Response Types 4), so no code
 * or token is ever issued to it. One redirect URI per page language.
 */
export const ACCOUNT_CLIENT = Object.freeze({ id: 'portal-account', path: ACCOUNT_PATH })

export function accountClientMetadata(issuer: string): ClientMetadata {
  return {
    client_id: ACCOUNT_CLIENT.id,
    client_name: 'Tài khoản Cổng Dịch vụ công quốc gia',
    token_endpoint_auth_method: 'none',
    grant_types: ['authorization_code'],
    response_types: ['none'],
    redirect_uris: LOCALES.map((language) => `${issuer}${ACCOUNT_CLIENT.path}?lang=${language}`),
  }
}

/** The portal's own faces: the citizen is not asked to consent to the portal itself. */
const FIRST_PARTY: ReadonlySet<string> = new Set([SITE_CLIENT.id, ACCOUNT_CLIENT.id])

type LoadExistingGrant = NonNullable<Configuration['loadExistingGrant']>

/**
 * The library's default (the session's grant for this client), and for first-party
 * clients a grant of what they asked when there is none yet: oidc-provider's documented
 * recipe for skipping consent ("Skipping consent", docs/README.md, loadExistingGrant).
 */
export const loadExistingGrant: LoadExistingGrant = async function loadExistingGrant(ctx: KoaContextWithOIDC) {
  const { oidc } = ctx
  const client = oidc.client
  if (!client || !oidc.session) return undefined
  const grantId = oidc.result?.consent?.grantId || oidc.session.grantIdFor(client.clientId)
  if (grantId) return oidc.provider.Grant.find(grantId)
  if (!FIRST_PARTY.has(client.clientId) || !oidc.session.accountId) return undefined
  const grant = new oidc.provider.Grant({ clientId: client.clientId, accountId: oidc.session.accountId })
  grant.addOIDCScope(String(oidc.params?.scope ?? 'openid'))
  await grant.save()
  return grant
}
