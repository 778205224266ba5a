import type Provider from 'oidc-provider'
import type { InteractionResults } from 'oidc-provider'

type Details = Awaited<ReturnType<Provider['interactionDetails']>>

/**
 * The citizen allowed what the relying party asked: record it in the grant (the existing
 * one when the citizen already allowed this client something), as in the library's
 * example/routes/koa.js.
 */
export async function finishConsent(provider: Provider, details: Details): Promise<InteractionResults> {
  const { prompt, params, session } = details
  const accountId = session?.accountId as string
  const grant = details.grantId
    ? await provider.Grant.find(details.grantId)
    : new provider.Grant({ accountId, clientId: String(params.client_id) })
  if (!grant) throw new Error('grant of the interaction is gone')
  const missing = prompt.details as {
    missingOIDCScope?: string[]
    missingOIDCClaims?: string[]
    missingResourceScopes?: Record<string, string[]>
  }
  if (missing.missingOIDCScope) grant.addOIDCScope(missing.missingOIDCScope.join(' '))
  if (missing.missingOIDCClaims) grant.addOIDCClaims(missing.missingOIDCClaims)
  for (const [indicator, scopes] of Object.entries(missing.missingResourceScopes ?? {})) {
    grant.addResourceScope(indicator, scopes.join(' '))
  }
  return { consent: { grantId: await grant.save() } }
}
