import type { Locale } from '../../i18n/index.ts'
import { must, type Store } from '../cms.ts'
import type { PageContext } from '../page.ts'
import { routes } from '../routes.ts'
import { byName, type LocaleReader, type Text } from '../text.ts'
import type { LifeEvent, ServiceLevel } from '../types.ts'
import { procedureView } from './procedure.ts'

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

export type StepView = {
  title: Text
  connector: 'and' | 'or'
  choice: 'all' | 'one'
  recommended: boolean
  deadline?: Text
  note?: Text
  procedures: { id: number; code: string; name: Text; href: string; serviceLevel: ServiceLevel }[]
}

/**
 * A life event's page: its steps (GOV.UK "step by step"), each with its procedures, "and" or
 * "or" before it, deadlines; and the checklist of the documents, fees and time of every
 * procedure it links. Drafts (not public) are left out; a step left with none is dropped.
 */
export function lifeEventPage({ store, read, locale }: PageContext, id: number, cmsPublicUrl: string) {
  const event = must(store.lifeEvents, id, 'life event')
  const name = read.required(event.name)
  const description = read.text(event.description)
  const steps = (event.steps ?? []).flatMap((step): StepView[] => {
    const procedures = step.procedures.flatMap((procedureId) => {
      const procedure = store.procedures.get(procedureId)
      if (!procedure) return []
      return [
        {
          id: procedure.id,
          code: procedure.code,
          name: read.required(procedure.name),
          href: routes.procedure(procedure.code, locale),
          serviceLevel: procedure.serviceLevel,
        },
      ]
    })
    if (procedures.length === 0) return []
    const deadline = read.text(step.deadline)
    const note = read.text(step.note)
    return [
      {
        title: read.required(step.title),
        connector: step.connector,
        choice: step.choice,
        recommended: Boolean(step.recommended),
        ...(deadline ? { deadline } : {}),
        ...(note ? { note } : {}),
        procedures,
      },
    ]
  })
  const ids = [...new Set(steps.flatMap((step) => step.procedures.map((procedure) => procedure.id)))]
  const checklist = ids.map((procedureId) => procedureView(store, procedureId, locale, cmsPublicUrl))
  return {
    event,
    name,
    description,
    steps,
    checklist,
    untranslated:
      read.fellBack ||
      (event.untranslated ?? []).includes(locale) ||
      checklist.some((procedure) => procedure.untranslated),
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
