/**
 * Where to hand a dossier in, by province and commune: the 34 provinces and their 3,321
 * communes, wards and special zones with official codes (Decision 19/2025/QĐ-TTg), from
 * data/communes-2025.json (its source and licence are in the file).
 */
import communes from '../../data/communes-2025.json' with { type: 'json' }
import { must } from '../cms.ts'
import type { PageContext } from '../page.ts'
import { provinces } from '../pages.ts'
import { routes } from '../routes.ts'

type Commune = { code: string; name: string }
const BY_PROVINCE = new Map<string, Commune[]>(communes.provinces.map((p) => [p.code, p.communes]))

export function officesIndex({ store, read, locale }: PageContext) {
  return provinces(store).map((province) => ({
    name: read.required(province.name),
    href: routes.offices(locale, province.slug),
    count: BY_PROVINCE.get(province.code)?.length ?? 0,
  }))
}

export function officesOfProvince({ store, read, locale }: PageContext, id: number) {
  const province = must(store.agencies, id, 'agency')
  const list = BY_PROVINCE.get(province.code)
  if (!list) throw new Error(`province ${province.code} has no communes in data/communes-2025.json`)
  return {
    province,
    name: read.required(province.name),
    agencyHref: routes.agency(province.slug, locale),
    communes: list,
  }
}
