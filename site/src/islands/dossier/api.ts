/**
 * Calls to the portal's dossier API (`@dvc/cms/dossiers`) from the islands: JSON in and out,
 * `Accept-Language` of the page (the server's error messages come back in it), the bearer
 * token where the path needs one. Every failure is an ApiError: the server's own `{ error }`
 * (its message is shown as is), or `network` / `server` when no such answer came.
 */
import { dossierPath } from '@dvc/cms/dossiers'

import { accessToken, type SsoConfig } from '../../lib/sso/client.ts'
import { forgetToken } from '../../lib/sso/session.ts'

export type Locale = 'vi' | 'en'

/** What every dossier island receives from its page (built from the site's environment at build time). */
export type ApiContext = {
  locale: Locale
  /** The portal server's public base URL (PUBLIC_CMS_URL, else CMS_URL), no trailing slash. */
  server: string
  sso: SsoConfig
}

export class ApiError extends Error {
  override name = 'ApiError'
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details?: Record<string, unknown>,
  ) {
    super(message)
  }
}

type Request = {
  params?: Record<string, string>
  query?: Record<string, string>
  method?: 'GET' | 'POST' | 'PUT' | 'DELETE'
  body?: unknown
  /** Send the SSO access token (a login starts first when the tab has none). */
  auth?: boolean
  headers?: Record<string, string>
}

export function apiUrl(context: ApiContext, template: string, request: Request = {}): string {
  const url = new URL(context.server + dossierPath(template, request.params ?? {}))
  for (const [name, value] of Object.entries(request.query ?? {})) url.searchParams.set(name, value)
  return url.href
}

/** An error answer's body, or a generic one: a proxy's HTML 502 still becomes an ApiError. */
export async function errorOf(status: number, text: string): Promise<ApiError> {
  try {
    const { error } = JSON.parse(text) as { error?: { code?: string; message?: string; details?: object } }
    if (error?.message)
      return new ApiError(status, error.code ?? 'error', error.message, error.details as Record<string, unknown>)
  } catch {
    // Not JSON: fall through.
  }
  return new ApiError(status, 'server', '')
}

async function send(context: ApiContext, template: string, request: Request): Promise<Response> {
  const headers: Record<string, string> = { 'accept-language': context.locale, ...request.headers }
  if (request.body !== undefined) headers['content-type'] = 'application/json'
  if (request.auth) headers.authorization = `Bearer ${await accessToken(context.sso)}`
  let response: Response
  try {
    response = await fetch(apiUrl(context, template, request), {
      method: request.method ?? 'GET',
      headers,
      credentials: 'omit',
      ...(request.body !== undefined ? { body: JSON.stringify(request.body) } : {}),
    })
  } catch {
    throw new ApiError(0, 'network', '')
  }
  // The portal no longer takes the token (revoked, keys rotated): log in again, back to this page.
  if (response.status === 401 && request.auth) {
    forgetToken()
    await accessToken(context.sso)
  }
  if (!response.ok) throw await errorOf(response.status, await response.text())
  return response
}

export async function api<T>(context: ApiContext, template: string, request: Request = {}): Promise<T> {
  const response = await send(context, template, request)
  return (response.status === 204 ? undefined : await response.json()) as T
}

/** A file that needs the bearer token, as a Blob (a plain link could not send the header). */
export async function apiBlob(context: ApiContext, template: string, params: Record<string, string>): Promise<Blob> {
  return (await send(context, template, { params, auth: true })).blob()
}
