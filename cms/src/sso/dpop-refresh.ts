import type Provider from 'oidc-provider'

/**
 * RFC 9449 section 5 binds refresh tokens to the DPoP key for public clients only (a
 * confidential client already authenticates). The issue wants a DPoP client's refresh
 * tokens bound too, so a stolen refresh token is useless without the key even alongside a
 * leaked client credential: once the token endpoint has issued a refresh token beside a
 * DPoP-bound access token, the refresh token takes the same key thumbprint. Rotation carries
 * it on, and the library's refresh grant then refuses a proof from any other key.
 */
export function bindRefreshTokensToDpop(provider: Provider): void {
  provider.use(async function bindRefreshTokenToDpopKey(ctx, next) {
    await next()
    if (ctx.oidc?.route !== 'token' || ctx.status !== 200) return
    const client = ctx.oidc.client as { dpopBoundAccessTokens?: boolean } | undefined
    const accessToken = ctx.oidc.entities.AccessToken as { jkt?: string } | undefined
    const refreshToken = ctx.oidc.entities.RefreshToken as { jkt?: string; save(): Promise<string> } | undefined
    if (!client?.dpopBoundAccessTokens || !accessToken?.jkt || !refreshToken || refreshToken.jkt) return
    refreshToken.jkt = accessToken.jkt
    await refreshToken.save()
  })
}
