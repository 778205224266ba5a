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
function latestOf(records: Stamped[]): string {
  let latest = ''
  for (const record of records) if (record.updatedAt > latest) latest = record.updatedAt
  return latest
}

const stampOf = (records: Stamped[]) => `${records.length}@${latestOf(records)}`

/** Ids alone, many to a request: which records are public now. */
const ID_ONLY = { select: ['id'], pageSize: 1000 } as const

type Latest = { total: number; latest: string }

/** How many public records a collection has in the CMS, and when the latest changed. */
async function cmsLatest(base: string, collection: ContentCollection): Promise<Latest> {
  const query = 'limit=1&depth=0&sort=-updatedAt&select[updatedAt]=true'
  const page = await getJson<{ docs: Stamped[]; totalDocs: number }>(`${base}/api/${collection}?${query}`, fetch)
  return { total: page.totalDocs, latest: page.docs[0]?.updatedAt ?? '' }
}

/** The stamp of `Content.stamp()`'s shape from the CMS's counts and latest updates, in PUBLISHED_COLLECTIONS' order. */
const stampLine = (stamps: Latest[]) =>
  PUBLISHED_COLLECTIONS.map(
    (collection, index) => `${collection}:${stamps[index]?.total}@${stamps[index]?.latest}`,
  ).join(' ')

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

  /** Content already read (by another thread's renderer). */
  static of(collections: Collections): Content {
    return new Content(collections)
  }

  get store(): Store {
    return this.#store
  }

  get collections(): Collections {
    return this.#collections
  }

  /** The content's fingerprint: per collection, its count and latest update. */
  stamp(): string {
    return PUBLISHED_COLLECTIONS.map(
      (collection) => `${collection}:${stampOf(this.#collections[KEYS[collection]] as Stamped[])}`,
    ).join(' ')
  }

  /** The CMS's content's fingerprint, asked of the CMS (a record per collection): `stamp()` without reading it all. */
  static async cmsStamp(base: string): Promise<string> {
    const stamps = await Promise.all(PUBLISHED_COLLECTIONS.map((collection) => cmsLatest(base, collection)))
    return stampLine(stamps)
  }

  /**
   * Read `refs` again (a record no longer public drops out), with every record the CMS changed
   * since the newest one held here (another write's, whose own publish follows): a publish
   * under a stream of saves reads a few records, not the catalogue. Returns the stores before
   * and after and every record that changed, the discovered ones too, so their pages are
   * rendered with the rest. The whole content is read again only if the two still disagree.
   */
  async update(base: string, refs: ContentRef[]): Promise<{ before: Store; after: Store; refs: ContentRef[] }> {
    const before = this.#store
    const next: Collections = { ...this.#collections }
    const changed = new Map(refs.map((ref) => [`${ref.collection}:${ref.id}`, ref]))
    const note = (collection: ContentCollection, id: number) => changed.set(`${collection}:${id}`, { collection, id })
    // The CMS's count and latest update per collection, asked once: they also say below whether
    // the records now held are the CMS's.
    const stamps = await Promise.all(
      PUBLISHED_COLLECTIONS.map(async (collection) => {
        const key = KEYS[collection]
        const held = next[key] as Stamped[]
        const named = [...new Set(refs.filter((ref) => ref.collection === collection).map((ref) => ref.id))]
        const since = latestOf(held)
        const where: Record<string, string> = since ? { 'where[or][0][updatedAt][greater_than]': since } : {}
        if (named.length > 0) where['where[or][1][id][in]'] = named.join(',')
        const fresh = await readAll<Stamped>(base, collection, {
          params: where,
          ...(collection === 'procedures' ? { select: PROCEDURE_FIELDS } : {}),
        })
        for (const record of fresh) note(collection, record.id)
        const replaced = new Set([...named, ...fresh.map((record) => record.id)])
        let kept = held.filter((record) => !replaced.has(record.id))
        const cms = await cmsLatest(base, collection)
        if (kept.length + fresh.length !== cms.total) {
          // Records unpublished or deleted by other writes: the public ids say which.
          const live = new Set((await readAll<{ id: number }>(base, collection, ID_ONLY)).map((record) => record.id))
          for (const record of kept) if (!live.has(record.id)) note(collection, record.id)
          kept = kept.filter((record) => live.has(record.id))
        }
        next[key] = [...kept, ...fresh].sort(byId) as never
        return cms
      }),
    )
    this.#collections = next
    if (this.stamp() !== stampLine(stamps)) this.#collections = await readCollections(base)
    this.#store = buildStore(this.#collections)
    return { before, after: this.#store, refs: [...changed.values()] }
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
