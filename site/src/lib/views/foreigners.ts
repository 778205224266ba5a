import type { PageContext } from '../page.ts'
import { routes } from '../routes.ts'

/**
 * "Living and working in Vietnam": every procedure whose subjects name foreigners (from the
 * record, never a fixed list), by sector, each saying whether it is in English yet.
 */
export function foreignersPage({ store, read, locale }: PageContext) {
  const collator = new Intl.Collator(locale)
  const bySector = new Map<number, { id: number; name: string; href: string; lang?: string; english: boolean }[]>()
  for (const procedure of store.procedures.values()) {
    if (!procedure.subjects?.includes('foreigner')) continue
    const name = read.required(procedure.name)
    const english = Boolean(procedure.name.en) && !(procedure.untranslated ?? []).includes('en')
    const list = bySector.get(procedure.sector) ?? []
    list.push({
      id: procedure.id,
      name: name.text,
      href: routes.procedure(procedure.code, locale),
      ...(name.lang ? { lang: name.lang } : {}),
      english,
    })
    bySector.set(procedure.sector, list)
  }
  return [...bySector.entries()]
    .map(([sectorId, procedures]) => {
      const sector = store.sectors.get(sectorId)
      return {
        sector: read.required(sector?.name),
        procedures: procedures.sort((a, b) => collator.compare(a.name, b.name)),
      }
    })
    .sort((a, b) => collator.compare(a.sector.text, b.sector.text))
}
