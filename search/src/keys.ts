/**
 * The browser's key: search only, on the public indexes only. The master key never leaves
 * the server (STACK-NOTES: never the master key in a browser).
 */
import { createHash } from 'node:crypto'
import type { Key, Meilisearch } from 'meilisearch'

export type BrowserSearchConfig = {
  /** Meilisearch as the browser reaches it (a public URL in production). */
  host: string
  apiKey: string
  indexes: { procedures: string; faqs: string }
}

const NAME = 'dvc-browser-search'

/**
 * A fixed uid per set of indexes: Meilisearch derives a key from its uid and the master
 * key, so the same call gives the same key on every run and every replica, and a site
 * build never needs a key stored anywhere.
 */
export function searchKeyUid(indexes: readonly string[]): string {
  const hex = createHash('sha256')
    .update(`${NAME}:${[...indexes].sort().join(',')}`)
    .digest('hex')
  // Shaped as a UUID v4 (version and variant bits), which Meilisearch requires of a uid.
  const variant = ((Number.parseInt(hex.slice(16, 17), 16) & 0x3) | 0x8).toString(16)
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`
}

const sameSet = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && [...a].sort().join('\n') === [...b].sort().join('\n')

/**
 * Create the search-only key for `indexes` once; later calls return it. A key's actions
 * and indexes cannot be changed in place, so a key that differs is deleted and recreated.
 */
export async function ensureSearchKey(client: Meilisearch, indexes: readonly string[]): Promise<Key> {
  const uid = searchKeyUid(indexes)
  const existing = await client.getKey(uid).catch((error: unknown) => {
    if ((error as { cause?: { code?: string } }).cause?.code === 'api_key_not_found') return null
    throw error
  })
  if (existing && sameSet(existing.actions, ['search']) && sameSet(existing.indexes, indexes)) return existing
  if (existing) await client.deleteKey(uid)
  return client.createKey({
    uid,
    name: NAME,
    description: 'Search-only key for the portal site (search island). Created by @dvc/search.',
    actions: ['search'],
    indexes: [...indexes],
    expiresAt: null,
  })
}

/**
 * What a page's search island needs to query Meilisearch itself (the site build calls this
 * with the master key on the build machine and writes only the result into the page):
 * the public host, the search-only key and the index names.
 */
export async function browserSearchConfig(
  client: Meilisearch,
  options: { publicHost: string; indexes: BrowserSearchConfig['indexes'] },
): Promise<BrowserSearchConfig> {
  const key = await ensureSearchKey(client, [options.indexes.procedures, options.indexes.faqs])
  return { host: options.publicHost, apiKey: key.key, indexes: { ...options.indexes } }
}
