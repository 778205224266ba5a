import type { CollectionSlug, File, Payload } from 'payload'

import type { World } from './fixtures.ts'

/** The collections whose records belong to an agency tree (access/own-agency.ts). */
export const OWNED = ['procedures', 'faqs', 'life-events', 'forms', 'videos', 'media'] as const
export type Owned = (typeof OWNED)[number]

/** Collections with drafts: an editor saves a draft, only a reviewer publishes. */
export const VERSIONED: ReadonlySet<Owned> = new Set(['procedures', 'faqs', 'life-events'])

let seq = 0
const unique = () => `${Date.now().toString(36)}-${(seq++).toString(36)}`

/** A real 1-pixel PNG: Media accepts images only and resizes them with sharp. */
const PIXEL_PNG = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg=='

function pixel(): File {
  const data = Buffer.from(PIXEL_PNG, 'base64')
  return { name: `pixel-${unique()}.png`, data, mimetype: 'image/png', size: data.length }
}

/** The smallest valid new record of `collection` owned by `agency`, and its upload if it needs one. */
export async function newRecord(
  world: World,
  collection: Owned,
  agency: number,
): Promise<{ data: Record<string, unknown>; file?: File }> {
  const id = unique()
  switch (collection) {
    case 'procedures':
      return {
        data: {
          code: `3.${String(seq++ % 1e6).padStart(6, '0')}`,
          name: `Thủ tục ${id}`,
          levels: ['central' as const],
          serviceLevel: 'none',
          sector: world.sector,
          agency,
          steps: [{ text: 'Bước 1' }],
          result: 'Kết quả',
        },
      }
    case 'faqs':
      return { data: { slug: `hoi-${id}`, question: `Câu hỏi ${id}?`, agency } }
    case 'life-events':
      return { data: { slug: `su-kien-${id}`, name: `Sự kiện ${id}`, audience: 'citizen', agency } }
    case 'forms':
      return { data: { slug: `mau-${id}`, title: `Mẫu ${id}`, agency } }
    case 'videos':
      return { data: { title: `Video ${id}`, externalUrl: `https://video.test/${id}`, agency } }
    case 'media':
      return { data: { alt: `Ảnh ${id}`, agency }, file: pixel() }
  }
}

/** A harmless change to a record of `collection`, for update tests. */
export function touch(collection: Owned, note: string): Record<string, unknown> {
  const field = { procedures: 'agencyNote', faqs: 'question', 'life-events': 'description' } as const
  if (collection in field) return { [field[collection as keyof typeof field]]: note }
  return collection === 'media' ? { alt: note } : { title: note }
}

/** A published record of `collection` for `agency`, written as the system (no access checks). */
export async function seedRecord(payload: Payload, world: World, collection: Owned, agency: number): Promise<number> {
  const { data, file } = await newRecord(world, collection, agency)
  const published = VERSIONED.has(collection) ? { _status: 'published' } : {}
  const doc = await payload.create({
    collection: collection as CollectionSlug,
    data: { ...data, ...published } as never,
    file,
  })
  return doc.id as number
}
