import path from 'node:path'
import type { CollectionBeforeOperationHook, CollectionConfig } from 'payload'

import { nobody, ownAgencyDossiers } from '../access/dossier-access.ts'
import { userAgencyId } from '../access/roles.ts'
import { ACCEPTED_TYPES } from '../dossiers/contract.ts'
import { cleanFileName, SNIFFED, type Sniffed, sniffFile } from '../dossiers/files/sniff.ts'
import { env } from '../env.ts'
import { PortalError } from '../errors.ts'
import { languageOf } from '../i18n/t.ts'

const text = (vi: string, en: string) => ({ vi, en })

/**
 * Every file: judged by its bytes, hashed, stored under a random name; an officer's upload
 * (a result document) belongs to the officer's agency whatever the form said.
 */
const checkDossierFile: CollectionBeforeOperationHook = async function checkDossierFile({ req, operation, args }) {
  if (operation !== 'create') return
  const language = languageOf(req)
  if (!req.file) throw new PortalError('dossier.file_missing', { language })
  // The portal's upload endpoint has judged and hashed these bytes already: not a second time.
  const sniffed = (req.context[SNIFFED] as Sniffed | undefined) ?? (await sniffFile(req.file.data))
  if (!sniffed) throw new PortalError('dossier.file_type', { language })
  const data = (args.data ?? {}) as Record<string, unknown>
  data.originalName = cleanFileName((data.originalName as string | undefined) ?? req.file.name)
  data.sha256 = sniffed.sha256
  if (req.user?.collection === 'users') {
    data.kind = 'result'
    data.agency = userAgencyId(req) ?? data.agency
  }
  args.data = data
  req.file.name = sniffed.storedName
  req.file.mimetype = sniffed.type
}

/**
 * Files of dossiers (issue 15): what citizens upload and the results officers give. Never
 * public: Payload serves a file (/api/dossier-files/file/{name}) only to those who may read
 * its row, the officers of its agency and administrators; citizens get their own through the
 * portal API with their token. Names are random. Rows are never edited; unattached uploads
 * (a draft abandoned) are swept after a week by the hourly round (dossiers/files/sweep.ts).
 */
export const DossierFiles: CollectionConfig = {
  slug: 'dossier-files',
  labels: { singular: text('Tệp hồ sơ', 'Dossier file'), plural: text('Tệp hồ sơ', 'Dossier files') },
  admin: {
    useAsTitle: 'originalName',
    defaultColumns: ['originalName', 'kind', 'dossier', 'mimeType', 'filesize', 'createdAt'],
    group: text('Hồ sơ', 'Dossiers'),
  },
  access: {
    read: ownAgencyDossiers('agency'),
    create: ownAgencyDossiers('agency'),
    update: nobody,
    delete: nobody,
  },
  hooks: { beforeOperation: [checkDossierFile] },
  upload: {
    staticDir: path.join(env.UPLOADS_DIR, 'dossier-files'),
    mimeTypes: [...ACCEPTED_TYPES],
    // No image sizes are declared: a scan is evidence, kept as it came (and an empty list would
    // give GraphQL an empty type, which invalidates the whole schema).
    adminThumbnail: () => null,
  },
  fields: [
    { name: 'originalName', type: 'text', label: text('Tên tệp', 'File name') },
    { name: 'sha256', type: 'text', index: true, admin: { readOnly: true }, label: text('SHA-256', 'SHA-256') },
    {
      name: 'kind',
      type: 'select',
      required: true,
      defaultValue: 'citizen',
      options: [
        { value: 'citizen', label: text('Công dân nộp', 'From the citizen') },
        { value: 'result', label: text('Kết quả giải quyết', 'Result') },
      ],
      admin: { readOnly: true },
      label: text('Loại', 'Kind'),
    },
    {
      name: 'owner',
      type: 'relationship',
      relationTo: 'citizens',
      index: true,
      admin: { readOnly: true },
      label: text('Người nộp', 'Citizen'),
    },
    {
      name: 'agency',
      type: 'relationship',
      relationTo: 'agencies',
      index: true,
      admin: { readOnly: true },
      label: text('Cơ quan', 'Agency'),
    },
    {
      name: 'dossier',
      type: 'relationship',
      relationTo: 'dossiers',
      index: true,
      admin: { readOnly: true },
      label: text('Hồ sơ', 'Dossier'),
    },
    { name: 'reuseType', type: 'text', index: true, admin: { readOnly: true }, label: text('Loại giấy tờ', 'Type') },
  ],
}
