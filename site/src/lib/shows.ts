/**
 * Which pages show a record: the predicates the page table (pages.ts) declares for each page
 * type, read by the publisher to re-render only the pages a write touches (issue 11). A
 * predicate may say yes too often (a page re-rendered to the same bytes is not rewritten),
 * never too rarely: the sum of publishes must equal a full build.
 */

import type { PublishedCollection } from '@dvc/cms/vocabulary'
import type { Store } from './cms.ts'
import type { Slice } from './paginate.ts'

/** A collection the site shows (the vocabulary's published ones), by its CMS slug. */
export type ContentCollection = PublishedCollection
export type ContentRef = { collection: ContentCollection; id: number }

/** Does the page with `props`, rendered from `store`, show the record `ref`? */
export type Shows<P> = (store: Store, props: P, ref: ContentRef) => boolean

/** Aggregates (the home page, indexes, the search page's facet names): any change may show. */
export const anything: Shows<unknown> = () => true

/** Pages showing records of these collections whatever their id (names in lists, breadcrumbs). */
export const anyOf =
  (...collections: ContentCollection[]): Shows<unknown> =>
  (_store, _props, ref) =>
    collections.includes(ref.collection)

/** The agency and every agency above it. */
export function lineage(store: Store, id: number | null | undefined): number[] {
  const chain: number[] = []
  for (let at = id; at && !chain.includes(at); at = store.agencies.get(at)?.parent) chain.push(at)
  return chain
}

const owners = new WeakMap<Store, Map<number, string>>()

/** The slug of the owner (ministry or province) an FAQ is listed under. */
export function faqOwnerOf(store: Store, faqId: number): string | undefined {
  let map = owners.get(store)
  if (!map) {
    map = new Map()
    for (const owner of store.faqOwners) for (const id of owner.faqIds) map.set(id, owner.slug)
    owners.set(store, map)
  }
  return map.get(faqId)
}

/** Is the FAQ listed under this agency (a ministry or province at the top of its tree)? */
export const faqOwnerIs = (store: Store, faqId: number, agencyId: number) =>
  faqOwnerOf(store, faqId) === store.agencies.get(agencyId)?.slug

/** A list page shows the records of its slice. */
export const inSlice = (props: { slice: Slice }, ref: ContentRef, collection: ContentCollection) =>
  ref.collection === collection && props.slice.ids.includes(ref.id)

/** One procedure's page: the procedure, its sector, agencies, life events, FAQs, videos and forms. */
export const showsProcedure: Shows<{ id: number }> = (store, { id }, ref) => {
  const procedure = store.procedures.get(id)
  switch (ref.collection) {
    case 'procedures':
      return ref.id === id
    case 'sectors':
      return procedure?.sector === ref.id
    case 'agencies':
      return lineage(store, procedure?.agency).includes(ref.id)
    case 'life-events':
      return Boolean(store.lifeEventsOf.get(id)?.some((event) => event.id === ref.id))
    case 'faqs':
      return Boolean(store.faqsOf.get(id)?.some((faq) => faq.id === ref.id))
    case 'videos':
      return Boolean(store.videosOf.get(id)?.some((video) => video.id === ref.id))
    case 'forms':
      return Boolean(
        procedure?.documents?.some((document) => document.form === ref.id) ||
          store.forms.get(ref.id)?.procedures?.includes(id),
      )
  }
}

/** One question's page: the FAQ, the procedures it links, its sector and owner. */
export const showsFaq: Shows<{ id: number }> = (store, { id }, ref) => {
  const faq = store.faqs.get(id)
  switch (ref.collection) {
    case 'faqs':
      return ref.id === id
    case 'procedures':
      return Boolean(faq?.procedures?.includes(ref.id))
    case 'sectors':
      return faq?.sector === ref.id
    case 'agencies':
      return faq?.agency === ref.id || faqOwnerOf(store, id) === store.agencies.get(ref.id)?.slug
    default:
      return false
  }
}

/** A list of FAQs (an owner's or one of its sectors'): its slice, its owner's count, names. */
export const showsFaqList: Shows<{ owner: string; slice: Slice }> = (store, props, ref) => {
  switch (ref.collection) {
    case 'faqs':
      return inSlice(props, ref, 'faqs') || faqOwnerOf(store, ref.id) === props.owner
    case 'procedures':
      return Boolean(store.faqsOf.get(ref.id)?.some((faq) => props.slice.ids.includes(faq.id)))
    case 'agencies':
    case 'sectors':
      return true
    default:
      return false
  }
}
