/** The scopes the provider offers (provider.ts) and an admin may allow a relying party. */
export const SCOPES = ['openid', 'offline_access', 'profile', 'email', 'phone', 'identity'] as const

export type Scope = (typeof SCOPES)[number]
