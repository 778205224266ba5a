import { BASE_DIRECTIVES, contentSecurityPolicy } from '../../security-headers.ts'

/**
 * The provider's pages: no form-action, because the login form's answer redirects on to
 * the relying party's redirect_uri (Chromium applies form-action to the whole redirect
 * chain), which no fixed list can name. Styles inline.
 */
const PAGE_DIRECTIVES = {
  ...Object.fromEntries(Object.entries(BASE_DIRECTIVES).filter(([name]) => name !== 'form-action')),
  'style-src': ["'unsafe-inline'"],
  'img-src': ["'self'", 'data:'],
}

/** Every SSO page but the passkey ones: no script at all (they work without JavaScript). */
export const SSO_POLICY = contentSecurityPolicy({ ...PAGE_DIRECTIVES, 'script-src': ["'none'"] })

/** The passkey pages: the portal's own script files only (passkeys/assets.ts), nothing inline. */
export const passkeyPolicy = contentSecurityPolicy({ ...PAGE_DIRECTIVES, 'script-src': ["'self'"] })
