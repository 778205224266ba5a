import { SITE_CLIENT } from '@dvc/cms/sso-site-client'
import type { Locale } from '../i18n/index.ts'
import { QUERY } from './dossier-query.ts'

/**
 * Every site URL is built here (ARCHITECTURE.md, "Site URLs": tests outside the repo rely
 * on them). Vietnamese at the root, English under /en, the same record slug in both.
 */
const SEGMENTS = {
  vi: {
    procedure: 'thu-tuc',
    agency: 'co-quan',
    sector: 'linh-vuc',
    lifeEvent: 'su-kien',
    faq: 'hoi-dap',
    forms: 'bieu-mau',
    search: 'tim-kiem',
    submit: 'nop-ho-so',
    track: 'tra-cuu-ho-so',
    myDossiers: 'ho-so-cua-toi',
    verify: 'xac-minh-bien-nhan',
    foreigners: 'nguoi-nuoc-ngoai',
    offices: 'tim-co-quan',
  },
  en: {
    procedure: 'procedures',
    agency: 'agencies',
    sector: 'sectors',
    lifeEvent: 'life-events',
    faq: 'faq',
    forms: 'forms',
    search: 'search',
    submit: 'submit',
    track: 'track',
    myDossiers: 'my-dossiers',
    verify: 'verify-receipt',
    foreigners: 'living-and-working-in-vietnam',
    offices: 'find-an-office',
  },
} as const satisfies Record<Locale, Record<string, string>>

export type Section = keyof (typeof SEGMENTS)['vi']

/** `/thu-tuc`, `/en/procedures/1.001193`, `/linh-vuc/dat-dai/2`: parts after the section, empty ones dropped. */
export function path(locale: Locale, section: Section, ...parts: (string | number | undefined)[]): string {
  const prefix = locale === 'vi' ? '' : '/en'
  const rest = parts.filter((part) => part !== undefined && part !== '').map((part) => `/${part}`)
  return `${prefix}/${SEGMENTS[locale][section]}${rest.join('')}`
}

export const homePath = (locale: Locale) => (locale === 'vi' ? '/' : '/en/')

/** Page n of a paginated list: page 1 is the list's own URL, then /2, /3. */
export const pageSuffix = (page: number) => (page > 1 ? String(page) : undefined)

export const routes = {
  procedure: (code: string, locale: Locale) => path(locale, 'procedure', code),
  agency: (slug: string, locale: Locale, page = 1) => path(locale, 'agency', slug, pageSuffix(page)),
  sector: (slug: string, locale: Locale, page = 1) => path(locale, 'sector', slug, pageSuffix(page)),
  lifeEvent: (slug: string, locale: Locale) => path(locale, 'lifeEvent', slug),
  faqOwner: (owner: string, locale: Locale, page = 1) => path(locale, 'faq', owner, pageSuffix(page)),
  faqSector: (owner: string, sector: string, locale: Locale, page = 1) =>
    path(locale, 'faq', owner, sector, pageSuffix(page)),
  forms: (locale: Locale, page = 1) => path(locale, 'forms', pageSuffix(page)),
  /** One question and its answer; the search island links its FAQ results here. */
  faq: (slug: string, locale: Locale) => path(locale, 'faq', slug),
  search: (locale: Locale) => path(locale, 'search'),
  /**
   * Online submission (issue 15): one static page per language, the procedure in the query
   * (`/nop-ho-so?thu-tuc=1.001193`, `/en/submit?procedure=1.001193`; lib/dossier-query.ts); '' the bare page.
   */
  submit: (procedure: string, locale: Locale) =>
    path(locale, 'submit') + (procedure ? `?${QUERY[locale].procedure}=${encodeURIComponent(procedure)}` : ''),
  /** Dossier tracking (ARCHITECTURE, "Site URLs"); `?ma=&secret=` (en `?code=&secret=`) fills the form. */
  track: (locale: Locale) => path(locale, 'track'),
  /** The citizen's own dossiers; `?ma=` (en `?code=`) opens one. */
  myDossiers: (locale: Locale, code?: string) =>
    path(locale, 'myDossiers') + (code ? `?${QUERY[locale].code}=${encodeURIComponent(code)}` : ''),
  /** A receipt's check: the signed receipt travels in the fragment, never to a server. */
  verify: (locale: Locale) => path(locale, 'verify'),
  foreigners: (locale: Locale) => path(locale, 'foreigners'),
  /** The login callback: the portal's SSO registers exactly these paths for the site's client. */
  login: (locale: Locale) => SITE_CLIENT.callbackPaths[locale],
  /** The offices of one province (the agency page lists its communes); the list of provinces at the bare prefix. */
  offices: (locale: Locale, province?: string) => path(locale, 'offices', province),
  captions: (videoId: number, lang: Locale) => `/captions/${videoId}-${lang}.vtt`,
}

/** Both languages of one page: canonical, hreflang and the language switch read these. */
export type Alternates = Record<Locale, string>

export function both(build: (locale: Locale) => string): Alternates {
  return { vi: build('vi'), en: build('en') }
}
