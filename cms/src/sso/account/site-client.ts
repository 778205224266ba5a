import type { Locale } from '../../vocabulary.ts'

/**
 * The static site as a relying party: a public client (PKCE, no secret) whose header logs
 * citizens in from any content page. The provider registers these paths on SITE_URL and
 * the site builds its callback pages at them; browser-safe (the site imports it).
 */
export const SITE_CLIENT = Object.freeze({
  id: 'portal-site',
  /** The callback page that redeems the code, one per language. */
  callbackPaths: Object.freeze({ vi: '/dang-nhap/', en: '/en/login/' }) satisfies Record<Locale, string>,
  /** Where logout returns. */
  homePaths: Object.freeze({ vi: '/', en: '/en/' }) satisfies Record<Locale, string>,
  scope: 'openid profile',
})

/** The issuer's path under the portal server (ARCHITECTURE contracts: /oidc). */
export const ISSUER_PATH = '/oidc'

/** The citizen's account page under the issuer (account/router.ts); the header links the citizen's name there. */
export const ACCOUNT_PATH = '/account'
