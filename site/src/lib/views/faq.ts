import type { Locale } from '../../i18n/index.ts'
import { type FaqOwner, must, type Store } from '../cms.ts'
import type { PageContext } from '../page.ts'
import { routes } from '../routes.ts'
import type { LocaleReader, Text } from '../text.ts'
import type { ListLink } from './agency.ts'
import { type FaqView, faqView, type Link } from './procedure.ts'

export type FaqListItem = FaqView & { procedures: Link[]; href: string }

/** FAQs of one listing page, each with links to the procedures it is about. */
export function faqItems(store: Store, ids: number[], read: LocaleReader, locale: Locale): FaqListItem[] {
  return ids.map((id) => {
    const faq = must(store.faqs, id, 'faq')
    return {
      ...faqView(faq, read),
      href: routes.faq(faq.slug, locale),
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

/** An owner's FAQs by sector, as links with their number of questions. */
export function faqGroupLinks({ t, read, locale }: PageContext, owner: FaqOwner): ListLink[] {
  return owner.groups.map((group) => ({
    name: group.sector ? read.required(group.sector.name) : { text: t('faq.otherSector') },
    href: routes.faqSector(owner.slug, group.slug, locale),
    count: group.faqIds.length,
  }))
}

/** The FAQ index: owners in agency order ("general" last), each with its sectors. */
export function faqIndex(page: PageContext) {
  const { store, read, t, locale } = page
  const order = (owner: FaqOwner) => owner.agency?.id ?? Number.MAX_SAFE_INTEGER
  return [...store.faqOwners]
    .sort((a, b) => order(a) - order(b))
    .map((owner) => ({
      name: ownerName(owner, read, t('faq.general')),
      href: routes.faqOwner(owner.slug, locale),
      count: owner.faqIds.length,
      groups: faqGroupLinks(page, owner),
    }))
}

/** One page of an owner's FAQs. */
export function faqOwnerPage(page: PageContext, slug: string, ids: number[]) {
  const { store, read, t, locale } = page
  const owner = findOwner(store, slug)
  const name = ownerName(owner, read, t('faq.general'))
  return {
    owner,
    name,
    groups: faqGroupLinks(page, owner),
    items: faqItems(store, ids, read, locale),
    heading: t('faq.ownerTitle', { owner: name.text }),
  }
}

/** One page of an owner's FAQs in one sector: the page search indexes, with its filters. */
export function faqSectorPage(
  { store, read, t, locale }: PageContext,
  ownerSlug: string,
  groupSlug: string,
  ids: number[],
) {
  const owner = findOwner(store, ownerSlug)
  const group = owner.groups.find((candidate) => candidate.slug === groupSlug)
  if (!group) throw new Error(`FAQ group ${ownerSlug}/${groupSlug} is not in the store`)
  const name = ownerName(owner, read, t('faq.general'))
  const sectorName = group.sector ? read.required(group.sector.name) : { text: t('faq.otherSector') }
  const items = faqItems(store, ids, read, locale)
  return {
    owner,
    group,
    name,
    sectorName,
    items,
    heading: t('faq.sectorTitle', { sector: sectorName.text, owner: name.text }),
    untranslated: read.fellBack || ids.some((id) => store.faqs.get(id)?.untranslated?.includes(locale)),
    filters: { sector: group.sector ? [sectorName.text] : [], agency: owner.agency ? [name.text] : [] },
  }
}

/** One FAQ's own page: the question, its answer, its procedures, and where it is listed. */
export function faqPage(page: PageContext, id: number) {
  const { store, read, t, locale } = page
  const faq = must(store.faqs, id, 'faq')
  const [item] = faqItems(store, [id], read, locale)
  if (!item) throw new Error(`faq ${id} is not in the store`)
  const owner = store.faqOwners.find((candidate) => candidate.faqIds.includes(id))
  const group = owner?.groups.find((candidate) => candidate.faqIds.includes(id))
  const ownerTitle = owner ? ownerName(owner, read, t('faq.general')) : undefined
  return {
    faq,
    item,
    owner: owner && ownerTitle ? { name: ownerTitle, href: routes.faqOwner(owner.slug, locale) } : undefined,
    group:
      owner && group
        ? {
            name: group.sector ? read.required(group.sector.name) : { text: t('faq.otherSector') },
            href: routes.faqSector(owner.slug, group.slug, locale),
          }
        : undefined,
    untranslated: read.fellBack || (faq.untranslated ?? []).includes(locale),
  }
}
