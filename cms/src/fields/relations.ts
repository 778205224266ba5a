import type { RelationshipField } from 'payload'

type Label = { vi: string; en: string }

/** The agency a record belongs to: editors see and change only their own agency's (access/policy-access.ts). */
export const agencyField: RelationshipField = {
  name: 'agency',
  type: 'relationship',
  relationTo: 'agencies',
  index: true,
  label: { vi: 'Cơ quan', en: 'Agency' },
}

/** The procedures a form, video or FAQ serves; each collection names the link its own way. */
export function proceduresField(label: Label): RelationshipField {
  return { name: 'procedures', type: 'relationship', relationTo: 'procedures', hasMany: true, label }
}
