import type { Locale } from '../../i18n/index.ts'
import { routes } from '../routes.ts'
import type { LocaleReader, Text } from '../text.ts'
import type { Agency } from '../types.ts'

export type ContactView = {
  id: number
  name: Text
  href: string
  address?: Text
  phone?: string
  email?: string
  website?: string
}

/** Where a citizen goes, calls or writes: shown on agency and procedure pages. */
export function agencyContact(agency: Agency, read: LocaleReader, locale: Locale): ContactView {
  const address = read.text(agency.address)
  return {
    id: agency.id,
    name: read.required(agency.name),
    href: routes.agency(agency.slug, locale),
    ...(address ? { address } : {}),
    ...(agency.phone ? { phone: agency.phone } : {}),
    ...(agency.email ? { email: agency.email } : {}),
    ...(agency.website ? { website: agency.website } : {}),
  }
}
