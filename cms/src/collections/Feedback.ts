import type { CollectionConfig } from 'payload'

import { isAdmin } from '../access/is-admin.ts'
import { hasRole } from '../access/roles.ts'

/**
 * Answers to "Is this page useful?" (issue 14): which page, yes or no, an optional comment.
 * Nothing personal is asked or kept (no address, no account). Written only by the portal's
 * feedback endpoint (portal/feedback/endpoint.ts), read by staff; the feedback and
 * complaints work of the roadmap builds on it.
 */
export const Feedback: CollectionConfig = {
  slug: 'feedback',
  labels: {
    singular: { vi: 'Góp ý trang', en: 'Page feedback' },
    plural: { vi: 'Góp ý trang', en: 'Page feedback' },
  },
  admin: {
    useAsTitle: 'path',
    defaultColumns: ['path', 'useful', 'locale', 'createdAt'],
    group: { vi: 'Người dân', en: 'Citizens' },
  },
  defaultSort: '-createdAt',
  access: {
    read: ({ req }) => hasRole(req, 'admin', 'editor', 'reviewer', 'officer'),
    // Only the endpoint writes, with its validation and rate limit: not the REST API.
    create: () => false,
    update: () => false,
    delete: isAdmin,
  },
  fields: [
    { name: 'path', type: 'text', required: true, index: true, label: { vi: 'Trang', en: 'Page' } },
    {
      name: 'useful',
      type: 'select',
      required: true,
      index: true,
      options: [
        { value: 'yes', label: { vi: 'Có', en: 'Yes' } },
        { value: 'no', label: { vi: 'Không', en: 'No' } },
      ],
      label: { vi: 'Hữu ích', en: 'Useful' },
    },
    {
      name: 'locale',
      type: 'select',
      required: true,
      options: ['vi', 'en'],
      label: { vi: 'Ngôn ngữ', en: 'Language' },
    },
    { name: 'comment', type: 'textarea', label: { vi: 'Lời nhắn', en: 'Comment' } },
  ],
}
