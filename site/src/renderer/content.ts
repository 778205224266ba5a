/**
 * The content the publisher's renderer renders from, kept in memory between publishes: read
 * whole once, then only the records a publish names are read again. If the CMS holds other
 * changes (another worker published them), the count or the latest update of a collection
 * differs from ours and everything is read again, so a render never uses stale records.
 */

import { PUBLISHED_COLLECTIONS } from '@dvc/cms/vocabulary'
import { buildStore, type Collections, PROCEDURE_FIELDS, readCollections, type Store } from '../lib/cms.ts'
import { getJson, readAll } from '../lib/cms-client.ts'
import type { ContentCollection, ContentRef } from '../lib/shows.ts'

const KEYS = {
  procedures: 'procedures',
  faqs: 'faqs',
  'life-events': 'lifeEvents',
  forms: 'forms',
  videos: 'videos',
  agencies: 'agencies',
  sectors: 'sectors',
} as const satisfies Record<ContentCollection, keyof Collections>

type Stamped = { id: number; updatedAt: string }

/** How many public records a collection has and when the latest changed: equal stamps, equal content. */
function stampOf(records: Stamped[]): string {
  let latest = ''
  for (const record of records) if (record.updatedAt > latest) latest = record.updatedAt
  return `${records.length}@${latest}`
}

async function cmsStamp(base: string, collection: ContentCollection): Promise<string> {
  const query = 'limit=1&depth=0&sort=-updatedAt&select[updatedAt]=true'
  const page = await getJson<{ docs: Stamped[]; totalDocs: number }>(`${base}/api/${collection}?${query}`, fetch)
  return `${page.totalDocs}@${page.docs[0]?.updatedAt ?? ''}`
}

const byId = (a: { id: number }, b: { id: number }) => a.id - b.id

export class Content {
  #collections: Collections
  #store: Store

  private constructor(collections: Collections) {
    this.#collections = collections
    this.#store = buildStore(collections)
  }

  static async read(base: string): Promise<Content> {
    return new Content(await readCollections(base))
  }

  get store(): Store {
    return this.#store
  }

  /** The content's fingerprint: per collection, its count and latest update. */
  stamp(): string {
    return PUBLISHED_COLLECTIONS.map(
      (collection) => `${collection}:${stampOf(this.#collections[KEYS[collection]] as Stamped[])}`,
    ).join(' ')
  }

  /** The CMS's content's fingerprint, asked of the CMS (a record per collection): `stamp()` without reading it all. */
  static async cmsStamp(base: string): Promise<string> {
    const stamps = await Promise.all(PUBLISHED_COLLECTIONS.map((collection) => cmsStamp(base, collection)))
    return PUBLISHED_COLLECTIONS.map((collection, index) => `${collection}:${stamps[index]}`).join(' ')
  }

  /** Read `refs` again (a record no longer public drops out); returns the store before and after. */
  async update(base: string, refs: ContentRef[]): Promise<{ before: Store; after: Store }> {
    const before = this.#store
    const next: Collections = { ...this.#collections }
    for (const collection of PUBLISHED_COLLECTIONS) {
      const ids = [...new Set(refs.filter((ref) => ref.collection === collection).map((ref) => ref.id))]
      if (ids.length === 0) continue
      const key = KEYS[collection]
      const fresh = await readAll<Stamped>(base, collection, {
        params: { 'where[id][in]': ids.join(',') },
        ...(collection === 'procedures' ? { select: PROCEDURE_FIELDS } : {}),
      })
      const kept = (next[key] as Stamped[]).filter((record) => !ids.includes(record.id))
      next[key] = [...kept, ...fresh].sort(byId) as never
    }
    this.#collections = next
    if (this.stamp() !== (await Content.cmsStamp(base))) this.#collections = await readCollections(base)
    this.#store = buildStore(this.#collections)
    return { before, after: this.#store }
  }

  /** This content if the CMS still holds it, else the CMS's content read again. */
  async current(base: string): Promise<Content> {
    return this.stamp() === (await Content.cmsStamp(base)) ? this : Content.read(base)
  }

  /**
   * The store with one record as given (a draft, as staff read it) in place of its public
   * version, or added when it has none: what the site would show once it is published.
   */
  storeWith(collection: ContentCollection, record: Stamped): Store {
    const key = KEYS[collection]
    const kept = (this.#collections[key] as Stamped[]).filter((other) => other.id !== record.id)
    return buildStore({ ...this.#collections, [key]: [...kept, record].sort(byId) })
  }
}
