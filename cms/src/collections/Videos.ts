import path from 'node:path'
import type { CollectionConfig, Validate } from 'payload'

import { policyAccess } from '../access/policy-access.ts'
import { env } from '../env.ts'
import { PortalError } from '../errors.ts'
import { agencyField, proceduresField } from '../fields/relations.ts'
import { auditDelete } from '../hooks/audit-acts.ts'
import { guardAgency } from '../hooks/guard-agency.ts'
import { languageOf, message } from '../i18n/t.ts'

const webVtt: Validate = (value, { req }) =>
  typeof value === 'string' && value.trimStart().startsWith('WEBVTT') ? true : message(req, 'video.captions_format')

/**
 * Guidance videos: an uploaded file or an external URL, with captions per language
 * (WebVTT, WCAG 1.2.2) and a transcript (WCAG 1.2.3).
 */
export const Videos: CollectionConfig = {
  slug: 'videos',
  labels: {
    singular: { vi: 'Video hướng dẫn', en: 'Guidance video' },
    plural: { vi: 'Video hướng dẫn', en: 'Guidance videos' },
  },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'agency', 'duration'],
    group: { vi: 'Nội dung', en: 'Content' },
  },
  access: policyAccess('videos'),
  hooks: {
    afterDelete: [auditDelete],
    beforeChange: [
      guardAgency,
      async function requireSource({ data, req, operation }) {
        const hasFile = Boolean(data.filename || req.file)
        if (operation === 'create' && !hasFile && !data.externalUrl)
          throw new PortalError('video.source_required', { language: languageOf(req) })
        return data
      },
    ],
  },
  upload: {
    staticDir: path.join(env.UPLOADS_DIR, 'videos'),
    mimeTypes: ['video/mp4', 'video/webm'],
    filesRequiredOnCreate: false,
  },
  fields: [
    { name: 'title', type: 'text', required: true, localized: true, label: { vi: 'Tiêu đề', en: 'Title' } },
    {
      name: 'externalUrl',
      type: 'text',
      label: { vi: 'Đường dẫn video bên ngoài', en: 'External video URL' },
      admin: { description: { vi: 'Dùng khi không tải tệp lên.', en: 'Used when no file is uploaded.' } },
    },
    {
      name: 'captions',
      type: 'array',
      label: { vi: 'Phụ đề', en: 'Captions' },
      fields: [
        {
          name: 'language',
          type: 'select',
          required: true,
          options: [
            { value: 'vi', label: 'Tiếng Việt' },
            { value: 'en', label: 'English' },
          ],
          label: { vi: 'Ngôn ngữ', en: 'Language' },
        },
        { name: 'vtt', type: 'code', required: true, validate: webVtt, label: { vi: 'Nội dung WebVTT', en: 'WebVTT' } },
      ],
    },
    { name: 'transcript', type: 'textarea', localized: true, label: { vi: 'Bản ghi lời', en: 'Transcript' } },
    { name: 'duration', type: 'number', min: 0, label: { vi: 'Thời lượng (giây)', en: 'Duration (seconds)' } },
    agencyField,
    proceduresField({ vi: 'Thủ tục', en: 'Procedures' }),
  ],
}
