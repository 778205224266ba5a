import type { Locale } from '../../i18n/index.ts'
import { type FaqOwner, must, type Store } from '../cms.ts'
import { routes } from '../routes.ts'
import type { LocaleReader, Text } from '../text.ts'
import { type FaqView, faqView, type Link } from './procedure.ts'

export type FaqListItem = FaqView & { procedures: Link[] }

/** FAQs of one listing page, each with links to the procedures it is about. */
export function faqItems(store: Store, ids: number[], read: LocaleReader, locale: Locale): FaqListItem[] {
  return ids.map((id) => {
    const faq = must(store.faqs, id, 'faq')
    return {
      ...faqView(faq, read),
      procedures: (faq.procedures ?? []).flatMap((procedureId) => {
        const procedure = store.procedures.get(procedureId)
        return procedure
          ? [{ text: read.required(procedure.name), href: routes.procedure(procedure.code, locale) }]
          : []
      }),
    }
  })
}

/** The name an owner (a ministry, a province, or "general") is listed under. */
export function ownerName(owner: FaqOwner, read: LocaleReader, general: string): Text {
  return owner.agency ? read.required(owner.agency.name) : { text: general }
}

export function findOwner(store: Store, slug: string): FaqOwner {
  const owner = store.faqOwners.find((candidate) => candidate.slug === slug)
  if (!owner) throw new Error(`FAQ owner ${slug} is not in the store`)
  return owner
}
