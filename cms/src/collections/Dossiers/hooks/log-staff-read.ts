import type { CollectionAfterReadHook, PayloadRequest } from 'payload'

import { staff, userAgencyId } from '../../../access/roles.ts'

const LOGGED = 'dossierReadsLogged'

type Purpose = 'view' | 'file' | 'process'

async function agencyName(req: PayloadRequest): Promise<string> {
  const id = userAgencyId(req)
  if (id === null) return ''
  const agency = await req.payload.findByID({
    collection: 'agencies',
    id,
    depth: 0,
    overrideAccess: true,
    req,
    locale: 'vi',
  })
  return String(agency?.name ?? '')
}

/**
 * Writes one entry of the access log the citizen reads (collections/DossierReads.ts): the
 * staff member, their agency, the purpose. Once per dossier and request.
 */
export async function recordStaffRead(req: PayloadRequest, dossierId: number, purpose: Purpose): Promise<void> {
  const user = staff(req) as (ReturnType<typeof staff> & { id?: number; name?: string; email?: string }) | null
  if (!user) return
  const logged = (req.context[LOGGED] as Set<string> | undefined) ?? new Set<string>()
  req.context[LOGGED] = logged
  const key = `${dossierId}:${purpose}`
  if (logged.has(key)) return
  logged.add(key)
  await req.payload.create({
    collection: 'dossier-reads',
    data: {
      dossier: dossierId,
      user: user.id,
      userName: user.name ?? user.email ?? '',
      agencyName: await agencyName(req),
      purpose,
    },
    overrideAccess: true,
    depth: 0,
    req,
  })
}

/**
 * A staff member opened one dossier (the admin's edit view, the REST API by id): logged.
 * A list (the queue) shows code, state and dates; opening one is what the log records.
 */
export const logStaffRead: CollectionAfterReadHook = async function logStaffRead({ doc, req, findMany }) {
  if (findMany || !staff(req) || req.context.skipReadLog) return doc
  await recordStaffRead(req, doc.id as number, 'view')
  return doc
}
