/**
 * What a dossier island is given by its page, at build time: the page's language, the portal
 * server's public URL (PUBLIC_CMS_URL, else CMS_URL: the same server answers the API and the
 * SSO), the SSO client's settings (as the header's login has them) and the strings it shows.
 */
import { ISSUER_PATH, SITE_CLIENT } from '@dvc/cms/sso-site-client'

import { CATALOGUE, type Locale } from '../../i18n/index.ts'
import type { ApiContext } from '../../islands/dossier/api.ts'
import { publicCmsUrl } from '../../lib/env.ts'
import { routes } from '../../lib/routes.ts'

export function dossierContext(locale: Locale): ApiContext {
  const server = publicCmsUrl()
  return {
    locale,
    server,
    sso: {
      issuer: `${server}${ISSUER_PATH}`,
      clientId: SITE_CLIENT.id,
      locale,
      callback: routes.login(locale),
      home: SITE_CLIENT.homePaths[locale],
    },
  }
}

/** The strings under these prefixes (`dossier.`, `track.`), in one language. */
export function messagesOf(locale: Locale, prefixes: string[]): Record<string, string> {
  return Object.fromEntries(
    Object.entries(CATALOGUE[locale]).filter(([key]) => prefixes.some((prefix) => key.startsWith(prefix))),
  )
}
