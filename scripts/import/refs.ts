/**
 * Sectors and agencies an import may name, read once per import. A record names them by code
 * (`HO-TICH`, `BTP`) or by their Vietnamese name as the portal prints it ("Hộ tịch", "Bộ Tư pháp").
 */
import type { Payload } from 'payload'

import { normal } from './values.ts'

export type Resolved = { id: number } | { problem: 'unknown' | 'ambiguous'; matches?: string[] }

export type Lookup = { resolve(text: string): Resolved }
export type Refs = { sectors: Lookup; agencies: Lookup }

type Entry = { id: number; code: string; name: string }

function lookup(entries: Entry[]): Lookup {
  const byCode = new Map(entries.map((entry) => [entry.code.toUpperCase(), entry]))
  const byName = new Map<string, Entry[]>()
  for (const entry of entries) {
    const key = normal(entry.name)
    byName.set(key, [...(byName.get(key) ?? []), entry])
  }
  return {
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
  const read = (collection: 'sectors' | 'agencies') =>
    payload.find({
      collection,
      locale: 'vi',
      depth: 0,
      pagination: false,
      select: { code: true, name: true },
    })
  const [sectors, agencies] = await Promise.all([read('sectors'), read('agencies')])
  return { sectors: lookup(sectors.docs), agencies: lookup(agencies.docs) }
}
