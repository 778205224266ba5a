import type { CollectionConfig } from 'payload'

import { nobody } from '../access/dossier-access.ts'

/**
 * The last sequence number given to each agency and day (`{agency}-{yymmdd}-`): the dossier
 * code's counter (dossiers/identifiers.ts). Taken in a statement of its own before the
 * submission's transaction, so no submission waits for another's; a submission that then
 * fails leaves a gap in the day's numbers, never a duplicate.
 */
export const DossierSequences: CollectionConfig = {
  slug: 'dossier-sequences',
  admin: { hidden: true },
  access: { read: nobody, create: nobody, update: nobody, delete: nobody },
  fields: [
    { name: 'prefix', type: 'text', required: true, unique: true },
    { name: 'last', type: 'number', required: true, defaultValue: 0 },
  ],
  timestamps: true,
}
