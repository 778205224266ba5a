/**
 * The static site as a public OpenID Connect client of the portal (code flow + PKCE S256,
 * no secret): start a login, finish it on the callback page, log out (RP-initiated). The
 * token and userinfo endpoints answer this origin's cross-origin requests because it is
 * the origin of one of the client's redirect URIs (oidc-provider's clientBasedCORS).
 */
import { randomToken, s256 } from './pkce.ts'
import {
  currentLogin,
  currentToken,
  forgetLogin,
  saveLogin,
  savePending,
  saveToken,
  takePending,
  tokenFrom,
} from './session.ts'

/** What the page tells the script (data attributes written at build time). */
export type SsoConfig = {
  issuer: string
  clientId: string
  locale: string
  /** The callback page's path: /dang-nhap/ or /en/login/. */
  callback: string
  /** Where the provider sends the browser after logout: / or /en/. */
  home: string
}

type Discovery = {
  issuer: string
  authorization_endpoint: string
  token_endpoint: string
  userinfo_endpoint: string
  end_session_endpoint: string
}

export class LoginFailed extends Error {
  override name = 'LoginFailed'
}

export function readConfig(element: HTMLElement): SsoConfig | null {
  const { ssoIssuer, ssoClient, ssoLocale, ssoCallback, ssoHome } = element.dataset
  if (!ssoIssuer || !ssoClient || !ssoCallback || !ssoHome) return null
  return { issuer: ssoIssuer, clientId: ssoClient, locale: ssoLocale ?? 'vi', callback: ssoCallback, home: ssoHome }
}

async function discover(issuer: string): Promise<Discovery> {
  const response = await fetch(`${issuer}/.well-known/openid-configuration`, { credentials: 'omit' })
  if (!response.ok) throw new LoginFailed(`discovery answered ${response.status}`)
  return (await response.json()) as Discovery
}

export async function startLogin(config: SsoConfig, returnTo: string): Promise<void> {
  const meta = await discover(config.issuer)
  const verifier = randomToken()
  const state = randomToken()
  const redirectUri = new URL(config.callback, location.origin).href
  savePending({ verifier, state, returnTo, redirectUri })
  const url = new URL(meta.authorization_endpoint)
  url.search = new URLSearchParams({
    client_id: config.clientId,
    response_type: 'code',
    scope: 'openid profile',
    redirect_uri: redirectUri,
    state,
    code_challenge: await s256(verifier),
    code_challenge_method: 'S256',
    ui_locales: config.locale,
  }).toString()
  location.assign(url.href)
}

function claimsOf(jwt: string): Record<string, unknown> {
  const part = jwt.split('.')[1] ?? ''
  const json = atob(part.replace(/-/g, '+').replace(/_/g, '/'))
  return JSON.parse(new TextDecoder().decode(Uint8Array.from(json, (c) => c.charCodeAt(0)))) as Record<string, unknown>
}

/**
 * The callback: check the state, redeem the code with the verifier, read the citizen's
 * name from userinfo, keep name and ID token; answers the page to return to. The ID token
 * comes straight from the token endpoint over TLS, so its signature need not be checked
 * here (OIDC Core 3.1.3.7, 6); its issuer and audience still are.
 */
export async function finishLogin(config: SsoConfig, query: URLSearchParams): Promise<string> {
  const pending = takePending()
  const error = query.get('error')
  if (error) throw new LoginFailed(error)
  const code = query.get('code')
  if (!pending || !code || query.get('state') !== pending.state) throw new LoginFailed('state mismatch')
  const meta = await discover(config.issuer)
  const answer = await fetch(meta.token_endpoint, {
    method: 'POST',
    credentials: 'omit',
    body: new URLSearchParams({
      grant_type: 'authorization_code',
      code,
      redirect_uri: pending.redirectUri,
      client_id: config.clientId,
      code_verifier: pending.verifier,
    }),
  })
  if (!answer.ok) throw new LoginFailed(`token endpoint answered ${answer.status}`)
  const tokens = (await answer.json()) as { access_token: string; id_token: string; expires_in?: number }
  const idClaims = claimsOf(tokens.id_token)
  if (idClaims.iss !== meta.issuer || idClaims.aud !== config.clientId) throw new LoginFailed('foreign ID token')
  const info = await fetch(meta.userinfo_endpoint, {
    credentials: 'omit',
    headers: { authorization: `Bearer ${tokens.access_token}` },
  })
  if (!info.ok) throw new LoginFailed(`userinfo answered ${info.status}`)
  const { name } = (await info.json()) as { name?: string }
  // Shown while the ID token is valid; after that "Log in" signs in again without a form while the portal's session lives.
  saveLogin({ name: name ?? '', idToken: tokens.id_token, expiresAt: Number(idClaims.exp) * 1000 })
  saveToken(tokenFrom(tokens.access_token, tokens.expires_in))
  return pending.returnTo
}

/**
 * A valid access token for the portal's API (the dossier islands), or, when this tab has
 * none, a login that comes back to this very page (query and fragment kept). The portal's
 * session usually turns that into redirects without a form. The promise then never settles:
 * the page is being left.
 */
export async function accessToken(config: SsoConfig): Promise<string> {
  const token = currentToken()
  if (token) return token
  await startLogin(config, location.pathname + location.search + location.hash)
  return new Promise<string>(() => {})
}

export async function logout(config: SsoConfig): Promise<void> {
  const login = currentLogin(0)
  forgetLogin()
  const meta = await discover(config.issuer)
  const url = new URL(meta.end_session_endpoint)
  url.search = new URLSearchParams({
    client_id: config.clientId,
    post_logout_redirect_uri: new URL(config.home, location.origin).href,
    ui_locales: config.locale,
    ...(login ? { id_token_hint: login.idToken } : {}),
  }).toString()
  location.assign(url.href)
}
