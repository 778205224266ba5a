import type { CollectionConfig } from 'payload'

import { nobody } from '../access/dossier-access.ts'

/**
 * A citizen's unfinished submission, one per procedure (issue 15: save and resume; uploads
 * survive a reload because the draft names their ids). Only the citizen reaches it, through
 * the portal API with their token (PUT/GET/DELETE /api/portal/drafts/{procedure}); staff
 * never see drafts. Deleted when the dossier is submitted.
 */
export const DossierDrafts: CollectionConfig = {
  slug: 'dossier-drafts',
  admin: { hidden: true },
  access: { read: nobody, create: nobody, update: nobody, delete: nobody },
  indexes: [{ fields: ['citizen', 'procedure'], unique: true }],
  fields: [
    { name: 'citizen', type: 'relationship', relationTo: 'citizens', required: true, index: true },
    { name: 'procedure', type: 'text', required: true },
    { name: 'data', type: 'json', required: true },
  ],
  timestamps: true,
}
