/**
 * Publishing, registered in one place: every published collection queues its side effects
 * on write (queue-on-write.ts), and the queue's tables exist before the first write.
 */
import type { Config, Field, Plugin } from 'payload'
import { PUBLISHED_COLLECTIONS, type PublishedCollection } from '../jobs/types.ts'
import { migrateQueue } from '../jobs/worker.ts'
import { PREVIEWED, previewPath } from './preview-endpoint.ts'
import { Publications } from './publications.ts'
import { queueOnChange, queueOnDelete } from './queue-on-write.ts'

const isPublished = (slug: string): slug is PublishedCollection =>
  (PUBLISHED_COLLECTIONS as readonly string[]).includes(slug)

/** The document sidebar's publishing state (admin/PublishingState.tsx); stores nothing. */
const stateField: Field = {
  name: 'publishingState',
  type: 'ui',
  admin: { position: 'sidebar', components: { Field: '/publish/admin/PublishingState.tsx#PublishingState' } },
}

export function publishingPlugin(): Plugin {
  return function publishing(config: Config): Config {
    return {
      ...config,
      // The admin links each live record to its public page.
      admin: { ...config.admin, custom: { ...config.admin?.custom, siteUrl: process.env.SITE_URL ?? '' } },
      collections: [...(config.collections ?? []), Publications].map((collection) => {
        if (!isPublished(collection.slug)) return collection
        const hooks = collection.hooks ?? {}
        const slug = collection.slug
        const api = config.routes?.api ?? '/api'
        // Payload's Preview button (admin.preview, docs/admin/preview): the draft as its public page.
        const admin = (PREVIEWED as readonly string[]).includes(slug)
          ? {
              ...collection.admin,
              preview: (doc: { id?: number | string }, { locale }: { locale: string }) =>
                doc.id ? previewPath(api, slug as (typeof PREVIEWED)[number], doc.id, locale) : null,
            }
          : collection.admin
        return {
          ...collection,
          ...(admin ? { admin } : {}),
          fields: [...collection.fields, stateField],
          hooks: {
            ...hooks,
            afterChange: [...(hooks.afterChange ?? []), queueOnChange(collection.slug)],
            afterDelete: [...(hooks.afterDelete ?? []), queueOnDelete(collection.slug)],
          },
        }
      }),
      async onInit(payload) {
        await config.onInit?.(payload)
        await migrateQueue()
      },
    }
  }
}
