/**
 * Sectors and agencies an import may name, read once per import. A record names them by code
 * (`HO-TICH`, `BTP`) or by their Vietnamese name as the portal prints it ("Hộ tịch", "Bộ Tư pháp");
 * the national database's agency texts ("Cục Quản lý xuất nhập cảnh - Bộ Công an") are matched
 * onto our tree by the names they contain.
 */
import type { AgencyKind } from '@dvc/cms/vocabulary'
import type { Payload } from 'payload'

import { type AgencyMatcher, agencyMatcher, FOLDER_MINISTRY, slugOf } from '../catalogue/agencies.ts'
import { normal } from './values.ts'

export type Resolved = { id: number } | { problem: 'unknown' | 'ambiguous'; matches?: string[] }

export type Lookup = { resolve(text: string): Resolved }
export type Ministry = { id: number; code: string }
/** A sector to create on import: the national database has hundreds, an editor cannot type them first. */
export type NewSector = { code: string; slug: string; name: string; ministry: number }

export type Refs = {
  sectors: Lookup
  agencies: Lookup
  /** Codes of our agencies named inside a text. */
  matchAgencies: AgencyMatcher
  agencyId(code: string): number | undefined
  /** The ministry (root of the tree) an agency belongs to. */
  ministryOf(agencyId: number): Ministry | undefined
  /** The ministry whose list a record came from (`_folder`). */
  folderMinistry(folder: string): number | undefined
  /** A sector of that ministry by name, ours or to be created under a code derived from both. */
  sectorFor(name: string, ministry: Ministry): { id: number } | { create: NewSector }
  /** A sector by its code only. */
  sectorByCode(code: string): number | undefined
  /** Record a sector created during this import. */
  addSector(sector: NewSector, id: number): void
}

type Entry = { id: number; code: string; name: string }
type AgencyEntry = Entry & { kind: AgencyKind; parent: number | null }

function lookup(entries: Entry[]): Lookup & { add(entry: Entry): void } {
  const byCode = new Map<string, Entry>()
  const byName = new Map<string, Entry[]>()
  const add = (entry: Entry) => {
    byCode.set(entry.code.toUpperCase(), entry)
    const key = normal(entry.name)
    byName.set(key, [...(byName.get(key) ?? []), entry])
  }
  for (const entry of entries) add(entry)
  return {
    add,
    resolve(text) {
      const code = byCode.get(text.trim().toUpperCase())
      if (code) return { id: code.id }
      const named = byName.get(normal(text)) ?? []
      if (named.length === 1 && named[0]) return { id: named[0].id }
      // Two agencies may share a name ("Sở Tư pháp" of each province): only the code can tell them apart.
      if (named.length > 1) return { problem: 'ambiguous', matches: named.map((entry) => entry.code) }
      return { problem: 'unknown' }
    },
  }
}

export async function loadRefs(payload: Payload): Promise<Refs> {
  const read = { locale: 'vi', depth: 0, pagination: false } as const
  const [sectorDocs, agencyDocs] = await Promise.all([
    payload.find({ collection: 'sectors', ...read, select: { code: true, name: true, ministry: true } }),
    payload.find({ collection: 'agencies', ...read, select: { code: true, name: true, kind: true, parent: true } }),
  ])
  const agencies: AgencyEntry[] = agencyDocs.docs.map((a) => ({
    id: a.id,
    code: a.code,
    name: a.name,
    kind: a.kind,
    parent: typeof a.parent === 'object' ? (a.parent?.id ?? null) : (a.parent ?? null),
  }))
  const byId = new Map(agencies.map((a) => [a.id, a]))
  const byCode = new Map(agencies.map((a) => [a.code, a]))
  const sectors = lookup(sectorDocs.docs)
  // Sector names repeat across ministries ("Thanh tra"): the name is looked up within the ministry.
  const sectorKey = (name: string, ministry: number) => `${ministry}|${normal(name)}`
  const sectorsByName = new Map<string, number>()
  const sectorCodes = new Map(sectorDocs.docs.map((s) => [s.code.toUpperCase(), s.id]))
  for (const s of sectorDocs.docs) {
    const ministry = typeof s.ministry === 'object' ? s.ministry.id : s.ministry
    sectorsByName.set(sectorKey(s.name, ministry), s.id)
  }
  const matchAgencies = agencyMatcher(agencies.map((a) => ({ code: a.code, kind: a.kind, name: { vi: a.name } })))
  return {
    sectors,
    agencies: lookup(agencies),
    matchAgencies,
    agencyId: (code) => byCode.get(code)?.id,
    ministryOf(agencyId) {
      let agency = byId.get(agencyId)
      for (let hops = 0; agency?.parent && hops < 10; hops++) agency = byId.get(agency.parent)
      return agency ? { id: agency.id, code: agency.code } : undefined
    },
    folderMinistry: (folder) => byCode.get(FOLDER_MINISTRY[folder] ?? '')?.id,
    sectorFor(name, ministry) {
      const id = sectorsByName.get(sectorKey(name, ministry.id))
      if (id !== undefined) return { id }
      // The same code as the catalogue's normalizer gives (scripts/catalogue/agencies.ts: sectorFor).
      const slug = `${slugOf(name)}-${ministry.code.toLowerCase()}`
      return { create: { code: slug.toUpperCase(), slug, name: name.trim(), ministry: ministry.id } }
    },
    sectorByCode: (code) => sectorCodes.get(code.trim().toUpperCase()),
    addSector(sector, id) {
      sectorCodes.set(sector.code, id)
      sectorsByName.set(sectorKey(sector.name, sector.ministry), id)
      sectors.add({ id, code: sector.code, name: sector.name })
    },
  }
}
