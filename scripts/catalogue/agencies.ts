/**
 * Mapping the national catalogue's ministries, agency names and sectors onto our agency tree
 * (content/agencies.json, the 2025 ministries of shared/reference/ministries_2025.json).
 */
import { fold } from '@dvc/search/contract'

import type { Agency, Sector } from '../../content/schema.ts'

/** Which ministry's list a record came from (`_folder` of the capture) → our agency code. */
export const FOLDER_MINISTRY: Record<string, string> = {
  'bo-cong-an': 'BCA',
  'bo-tai-chinh': 'BTC',
  'bo-tu-phap': 'BTP',
  'bo-xay-dung': 'BXD',
  'bo-nong-nghiep-mt': 'BNNMT',
  'ngan-hang-nha-nuoc': 'NHNN',
  'toa-an-nhan-dan': 'TANDTC',
}

/** Folded, punctuation as spaces: "Cục cảnh sát ... trật tự, xã hội" = "Cục Cảnh sát ... trật tự xã hội". */
const key = (text: string) =>
  fold(text)
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()

/** `Quản lý xuất nhập cảnh` → `quan-ly-xuat-nhap-canh`. */
export const slugOf = (text: string) => key(text).replace(/ /g, '-')

// Only bodies with one national identity: a province's name inside "Sở Tư pháp Thành phố Hà Nội" names
// that province's department, not the province, and "Sở Xây dựng" is one per province.
const NAMED_KINDS = new Set<Agency['kind']>(['ministry', 'ministry-level', 'department', 'judicial-body'])

export type AgencyMatcher = (text: string) => string[]

/** The codes of our agencies whose whole name appears in a text, longest names first. */
export function agencyMatcher(agencies: Pick<Agency, 'code' | 'kind' | 'name'>[]): AgencyMatcher {
  const named = agencies
    .filter((agency) => NAMED_KINDS.has(agency.kind))
    .map((agency) => ({ code: agency.code, name: ` ${key(agency.name.vi)} ` }))
    .sort((a, b) => b.name.length - a.name.length)
  return (text) => {
    let haystack = ` ${key(text)} `
    const codes: string[] = []
    for (const { code, name } of named) {
      if (!haystack.includes(name)) continue
      codes.push(code)
      // "Cục Quản lý xuất nhập cảnh - Bộ Công an": the department is named, and its ministry too.
      haystack = haystack.replace(name, ' ')
    }
    return codes
  }
}

/**
 * A sector of a ministry: the one we already have under that name, or a new one whose code is
 * derived from the ministry and the name alone, so every run (and every machine) gives the same.
 */
export function sectorFor(name: string, ministry: string, known: Map<string, Sector>): Sector {
  const id = `${ministry}|${key(name)}`
  const existing = known.get(id)
  if (existing) return existing
  const slug = `${slugOf(name)}-${ministry.toLowerCase()}`
  const sector: Sector = { code: slug.toUpperCase(), slug, name: { vi: name.trim() }, ministry }
  known.set(id, sector)
  return sector
}

/** Our sectors keyed as sectorFor() looks them up. */
export function sectorIndex(sectors: Sector[]): Map<string, Sector> {
  return new Map(sectors.map((sector) => [`${sector.ministry}|${key(sector.name.vi)}`, sector]))
}
