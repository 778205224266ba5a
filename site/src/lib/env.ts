/**
 * The site build's environment, the one place it is read (astro.config.mjs, the CMS read,
 * the search island's build-time settings). Rules shared with the portal server come from
 * `@dvc/cms/env-rules`, so a bad MEILI_URL reads the same in both.
 */
import { describeIssues, fromEnv, port, RULES, type Rule } from '@dvc/cms/env-rules'
import { z } from 'zod'

import { SiteConfigError } from './errors.ts'

const httpUrl = RULES.SERVER_URL.schema

const SITE_RULES: Record<string, Rule> = {
  ...RULES,
  CMS_URL: { schema: httpUrl, problem: 'is not an http(s) URL', hint: 'set it like http://localhost:3000' },
  PUBLIC_CMS_URL: {
    schema: httpUrl,
    problem: 'is not an http(s) URL',
    hint: 'set it like https://dichvucong.example.gov.vn',
  },
  PUBLIC_MEILI_URL: {
    schema: httpUrl,
    problem: 'is not an http(s) URL',
    hint: 'set it like https://search.example.gov.vn',
  },
  SITE_PORT: { schema: port, problem: 'is not a port number', hint: 'set it like 4321' },
}

const schema = z.object({
  /** Where the build reads content: the portal server's base URL (REST under /api). */
  CMS_URL: fromEnv(httpUrl.optional()),
  /** Where citizens' browsers fetch form files and videos (default CMS_URL, which may be private). */
  PUBLIC_CMS_URL: fromEnv(httpUrl.optional()),
  /** The public origin the canonical and hreflang links point at. */
  SITE_URL: fromEnv(RULES.SITE_URL.schema.default('http://localhost:4321')),
  SITE_OUT_DIR: fromEnv(z.string().default('./dist')),
  SITE_PORT: fromEnv(port.default(4321)),
  // Without both, the search page searches the Pagefind index only.
  MEILI_URL: fromEnv(RULES.MEILI_URL.schema.optional()),
  MEILI_MASTER_KEY: fromEnv(RULES.MEILI_MASTER_KEY.schema.optional()),
  /** Meilisearch as browsers reach it (default MEILI_URL). */
  PUBLIC_MEILI_URL: fromEnv(httpUrl.optional()),
  SEARCH_INDEX_PREFIX: fromEnv(RULES.SEARCH_INDEX_PREFIX.schema.default('')),
})

export type SiteEnv = Readonly<z.infer<typeof schema>>

let checked: SiteEnv | undefined

/** Checked once per build; a bad value throws SiteConfigError naming the variable and the fix. */
export function siteEnv(): SiteEnv {
  if (checked) return checked
  const parsed = schema.safeParse(process.env)
  if (!parsed.success) throw new SiteConfigError(describeIssues(parsed.error, process.env, SITE_RULES).join('\n'))
  checked = Object.freeze(parsed.data)
  return checked
}

const trimmed = (url: string) => url.replace(/\/+$/, '')

/** Where the build reads content: the portal server's base URL (REST under /api). */
export function cmsUrl(): string {
  const { CMS_URL } = siteEnv()
  if (!CMS_URL)
    throw new SiteConfigError('CMS_URL is not set: set it to the running portal server, like http://localhost:3000')
  return trimmed(CMS_URL)
}

/**
 * Where citizens' browsers fetch form files and videos. The build may read the CMS on a
 * private address; PUBLIC_CMS_URL names the public one (defaults to CMS_URL).
 */
export function publicCmsUrl(): string {
  const { PUBLIC_CMS_URL } = siteEnv()
  return PUBLIC_CMS_URL ? trimmed(PUBLIC_CMS_URL) : cmsUrl()
}

/** Meilisearch for the search island, or null when the build has none. */
export function searchSettings(): { url: string; publicUrl: string; masterKey: string; prefix: string } | null {
  const env = siteEnv()
  if (!env.MEILI_URL || !env.MEILI_MASTER_KEY) return null
  const url = trimmed(env.MEILI_URL)
  return {
    url,
    publicUrl: trimmed(env.PUBLIC_MEILI_URL ?? url),
    masterKey: env.MEILI_MASTER_KEY,
    prefix: env.SEARCH_INDEX_PREFIX,
  }
}
