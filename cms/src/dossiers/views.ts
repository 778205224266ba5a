/**
 * A dossier as the portal API shows it (contract.ts): to anyone with its code and secret
 * (PublicDossier: status and the steps' states and times, nothing personal), and to its
 * citizen (DossierDetail: everything, with the staff reads of it).
 */
import type { PostgresAdapter } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'

import type { Dossier, DossierEvent, DossierFile, DossierRead } from '../payload-types.ts'
import type { Locale } from '../vocabulary.ts'
import type {
  DossierDetail,
  DossierState,
  DossierSummary,
  DossierFile as FileView,
  FormDefinition,
  PublicDossier,
} from './contract.ts'
import { placeName } from './places/index.ts'
import { transitionsFrom } from './state-machine.ts'
import { publicDossiers } from './track.ts'

const idOf = (value: number | { id: number }) => (typeof value === 'object' ? value.id : value)

/** The public view as the detail carries it (no `updatedAt`); a dossier just read is always found. */
function withoutUpdatedAt(found: (PublicDossier & { updatedAt: string }) | undefined): PublicDossier {
  if (!found) throw new Error('dossier read a moment ago is gone')
  const { updatedAt: _updated, ...view } = found
  return view
}

async function eventsOf(payload: Payload, dossierId: number): Promise<DossierEvent[]> {
  const { docs } = await payload.find({
    collection: 'dossier-events',
    where: { dossier: { equals: dossierId } },
    sort: 'createdAt',
    depth: 0,
    pagination: false,
    overrideAccess: true,
  })
  return docs as DossierEvent[]
}

const poolOf = (payload: Payload) => (payload.db as unknown as PostgresAdapter).pool

/** The citizen's dossiers, newest first: the public view of each, without the steps. */
export async function listView(payload: Payload, citizen: number, locale: Locale): Promise<DossierSummary[]> {
  const views = await publicDossiers(payload, poolOf(payload), { citizen }, locale)
  return views.map(({ timeline: _steps, ...summary }) => summary)
}

export function fileView(file: DossierFile, reused = false): FileView {
  return {
    id: String(file.id),
    name: file.originalName ?? file.filename ?? '',
    size: file.filesize ?? 0,
    type: file.mimeType ?? '',
    sha256: file.sha256 ?? '',
    uploadedAt: file.createdAt,
    reused,
  }
}

function fieldText(value: unknown, field?: FormDefinition['fields'][number]): string {
  // A choice reads as its label in the page's language, not its stored value.
  const choice = field?.choices?.find((entry) => entry.value === value)
  if (choice) return choice.label
  if (value && typeof value === 'object' && 'province' in value && 'commune' in value) {
    const address = value as { province: string; commune: string; street?: string }
    return [address.street, placeName(address.province, address.commune)].filter(Boolean).join(', ')
  }
  return String(value ?? '')
}

function order(form: Pick<FormDefinition, 'fields'> | null, key: string): number {
  const index = form?.fields.findIndex((field) => field.key === key) ?? -1
  return index < 0 ? Number.MAX_SAFE_INTEGER : index
}

/** Everything, for the dossier's own citizen. `form` labels fields and documents in the page's language. */
export async function detailView(
  payload: Payload,
  dossier: Dossier,
  form: Pick<FormDefinition, 'fields' | 'documents'> | null,
  locale: Locale,
  now = new Date(),
): Promise<DossierDetail> {
  const [[found], events, reads, files] = await Promise.all([
    publicDossiers(payload, poolOf(payload), { code: dossier.code }, locale, now),
    eventsOf(payload, dossier.id),
    payload.find({
      collection: 'dossier-reads',
      where: { dossier: { equals: dossier.id } },
      sort: '-createdAt',
      depth: 0,
      limit: 200,
      overrideAccess: true,
    }),
    payload.find({
      collection: 'dossier-files',
      where: { dossier: { equals: dossier.id } },
      depth: 0,
      pagination: false,
      overrideAccess: true,
    }),
  ])
  const byId = new Map((files.docs as DossierFile[]).map((file) => [file.id, file]))
  const values = (dossier.fields ?? {}) as Record<string, unknown>
  const documents = new Map<string, DossierDetail['documents'][number]>()
  for (const entry of dossier.documents ?? []) {
    const file = byId.get(idOf(entry.file))
    if (!file) continue
    const label = form?.documents.find((document) => document.key === entry.key)?.label ?? entry.label ?? entry.key
    const slot = documents.get(entry.key) ?? { key: entry.key, label, files: [] }
    slot.files.push(fileView(file, entry.reused === true))
    documents.set(entry.key, slot)
  }
  const resultFiles = (dossier.resultFiles ?? [])
    .map((entry) => byId.get(idOf(entry)))
    .filter((file) => file !== undefined)
  const actions = transitionsFrom(dossier.state, 'citizen').map((transition) =>
    transition.to === 'withdrawn' ? ('withdraw' as const) : ('supplement' as const),
  )
  const lastSupplement = [...events].reverse().find((event) => event.to === 'supplement_requested')
  return {
    ...withoutUpdatedAt(found),
    // In the form's order (a stored object keeps no order a citizen would recognise), then any left.
    fields: Object.entries(values)
      .sort(([a], [b]) => order(form, a) - order(form, b))
      .map(([key, value]) => {
        const field = form?.fields.find((entry) => entry.key === key)
        return { key, label: field?.label ?? key, value: fieldText(value, field) }
      }),
    documents: [...documents.values()],
    events: events.map((event) => ({
      from: (event.from as DossierState | null) ?? null,
      to: event.to as DossierState,
      at: event.createdAt,
      by: event.by,
      ...(event.officerName ? { officer: event.officerName } : {}),
      ...(event.note ? { note: event.note } : {}),
    })),
    accessLog: (reads.docs as DossierRead[]).map((read) => ({
      at: read.createdAt,
      officer: read.userName ?? '',
      agency: read.agencyName ?? '',
      purpose: read.purpose,
    })),
    ...(dossier.state === 'supplement_requested' && lastSupplement
      ? { supplement: { note: lastSupplement.note ?? '', requestedAt: lastSupplement.createdAt } }
      : {}),
    ...(resultFiles.length || dossier.resultNote
      ? {
          result: {
            ...(dossier.resultNote ? { note: dossier.resultNote } : {}),
            files: resultFiles.map((file) => fileView(file)),
          },
        }
      : {}),
    actions,
    receipt: dossier.receipt ?? '',
  }
}
