/**
 * What the site keeps of a login, in the browser only: the citizen's name to show and the
 * ID token to name the session at logout (OIDC RP-Initiated Logout 1.0, id_token_hint), in
 * localStorage so every tab's header shows it; and the access token for the portal's dossier
 * API (issue 15) with its expiry, in sessionStorage (see AccessToken). No refresh token is
 * kept: when the access token ends, a new login gets another, usually without a form while
 * the portal's own session lives.
 */
export type SiteLogin = { name: string; idToken: string; expiresAt: number }

/** The login in progress: the PKCE verifier, the state and the page to return to. */
export type PendingLogin = { verifier: string; state: string; returnTo: string; redirectUri: string }

const LOGIN_KEY = 'dvc.sso.login'
const PENDING_KEY = 'dvc.sso.pending'
const TOKEN_KEY = 'dvc.sso.token'

function read<T>(storage: Storage, key: string): T | null {
  try {
    return JSON.parse(storage.getItem(key) ?? 'null') as T | null
  } catch {
    return null
  }
}

export function currentLogin(now = Date.now()): SiteLogin | null {
  const login = read<SiteLogin>(localStorage, LOGIN_KEY)
  if (!login || typeof login.name !== 'string' || login.expiresAt <= now) return null
  return login
}

export const saveLogin = (login: SiteLogin) => localStorage.setItem(LOGIN_KEY, JSON.stringify(login))

export function forgetLogin(): void {
  localStorage.removeItem(LOGIN_KEY)
  forgetToken()
}

/**
 * The access token (a bearer credential to the citizen's dossiers, their personal data) in
 * sessionStorage, not localStorage: it lives in this tab only and is gone when the tab or
 * browser closes, so a shared or public computer does not hand it to the next person, and a
 * tab that never logged in holds none. Another tab gets its own by a login redirect, which
 * the portal's session answers without a form (OAuth 2.0 for Browser-Based Apps, "Token
 * storage": the narrowest storage that works).
 */
export type AccessToken = { token: string; expiresAt: number }

/** A token this close to its end is not handed out: the request must still hold it on arrival. */
export const TOKEN_MARGIN_MS = 30_000

/** The token endpoint's answer as stored: `expires_in` is seconds from now (RFC 6749 5.1); absent, an hour is assumed. */
export function tokenFrom(token: string, expiresIn: unknown, now = Date.now()): AccessToken {
  const seconds = typeof expiresIn === 'number' && Number.isFinite(expiresIn) && expiresIn > 0 ? expiresIn : 3600
  return { token, expiresAt: now + seconds * 1000 }
}

/** The stored token if it still has more than the margin to live. */
export function usableToken(stored: AccessToken | null, now = Date.now()): string | null {
  if (!stored || typeof stored.token !== 'string' || stored.token === '') return null
  return typeof stored.expiresAt === 'number' && stored.expiresAt - TOKEN_MARGIN_MS > now ? stored.token : null
}

export const currentToken = (now = Date.now()) => usableToken(read<AccessToken>(sessionStorage, TOKEN_KEY), now)
export const saveToken = (token: AccessToken) => sessionStorage.setItem(TOKEN_KEY, JSON.stringify(token))
export const forgetToken = () => sessionStorage.removeItem(TOKEN_KEY)

// The verifier stays in this tab (sessionStorage): another tab cannot redeem the code.
export const savePending = (pending: PendingLogin) => sessionStorage.setItem(PENDING_KEY, JSON.stringify(pending))

export function takePending(): PendingLogin | null {
  const pending = read<PendingLogin>(sessionStorage, PENDING_KEY)
  sessionStorage.removeItem(PENDING_KEY)
  return pending
}

/** Only a path on this site: a crafted return address cannot send the citizen elsewhere. */
export function safeReturn(path: string | null | undefined, fallback: string): string {
  return path?.startsWith('/') && !path.startsWith('//') && !path.startsWith('/\\') ? path : fallback
}
