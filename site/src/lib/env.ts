import { SiteConfigError } from './errors.ts'

function baseUrl(name: string, value: string | undefined, example: string): string {
  if (!value) throw new SiteConfigError(`${name} is not set: set it like ${example}`)
  try {
    const url = new URL(value)
    if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new Error(url.protocol)
  } catch (cause) {
    throw new SiteConfigError(`${name} is not an http(s) URL: set it like ${example}`, { cause })
  }
  return value.replace(/\/+$/, '')
}

/** Where the build reads content: the portal server's base URL (REST under /api). */
export function cmsUrl(): string {
  return baseUrl('CMS_URL', process.env.CMS_URL, 'http://localhost:3000')
}

/**
 * Where citizens' browsers fetch form files and videos. The build may read the CMS on a
 * private address; PUBLIC_CMS_URL names the public one (defaults to CMS_URL).
 */
export function publicCmsUrl(): string {
  const value = process.env.PUBLIC_CMS_URL
  return value ? baseUrl('PUBLIC_CMS_URL', value, 'https://dichvucong.example.gov.vn') : cmsUrl()
}
