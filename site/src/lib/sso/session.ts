/**
 * What the site keeps of a login, in the browser only: the citizen's name to show and the
 * ID token to name the session at logout (OIDC RP-Initiated Logout 1.0, id_token_hint).
 * No access or refresh token is kept: content pages call no API.
 */
export type SiteLogin = { name: string; idToken: string; expiresAt: number }

/** The login in progress: the PKCE verifier, the state and the page to return to. */
export type PendingLogin = { verifier: string; state: string; returnTo: string; redirectUri: string }

const LOGIN_KEY = 'dvc.sso.login'
const PENDING_KEY = 'dvc.sso.pending'

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
export const forgetLogin = () => localStorage.removeItem(LOGIN_KEY)

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
