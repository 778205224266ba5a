import type { Locale } from '../../i18n/index.ts'
import { must, type Store } from '../cms.ts'
import type { PageContext } from '../page.ts'
import { routes } from '../routes.ts'
import { byName, type LocaleReader } from '../text.ts'
import type { LifeEvent } from '../types.ts'

export const AUDIENCES = ['citizen', 'business'] as const satisfies readonly LifeEvent['audience'][]

/** Ids of the life events for citizens or for businesses, in the store's order. */
export function lifeEventIds(store: Store, audience: LifeEvent['audience']): number[] {
  return [...store.lifeEvents.values()].filter((event) => event.audience === audience).map((event) => event.id)
}

/** Life events as links with their descriptions, by name in the page's language. */
export function lifeEventLinks(store: Store, ids: number[], read: LocaleReader, locale: Locale) {
  const compare = byName(locale)
  return ids
    .map((id) => must(store.lifeEvents, id, 'life event'))
    .map((event) => ({
      name: read.required(event.name),
      description: read.text(event.description),
      href: routes.lifeEvent(event.slug, locale),
    }))
    .sort((a, b) => compare(a.name.text, b.name.text))
}

/** A life event's page; its procedures in the editor's order, drafts (not public) left out. */
export function lifeEventPage({ store, read, locale }: PageContext, id: number) {
  const event = must(store.lifeEvents, id, 'life event')
  const name = read.required(event.name)
  const description = read.text(event.description)
  return {
    event,
    name,
    description,
    ids: (event.procedures ?? []).filter((procedureId) => store.procedures.has(procedureId)),
    untranslated: read.fellBack || (event.untranslated ?? []).includes(locale),
  }
}

/** "Most used": the procedures that the most life events need (no usage statistics yet). */
export function popularProcedureIds(store: Store, count = 8): number[] {
  return [...store.procedures.values()]
    .map((procedure) => ({ id: procedure.id, events: store.lifeEventsOf.get(procedure.id)?.length ?? 0 }))
    .filter((entry) => entry.events > 0)
    .sort((a, b) => b.events - a.events || a.id - b.id)
    .slice(0, count)
    .map((entry) => entry.id)
}
