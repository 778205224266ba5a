/**
 * A citizen's draft of a submission, one per procedure (contract `Draft`): saved as they go,
 * read back after a reload, gone once submitted or when they delete it.
 */
import { z } from 'zod'
import type { Draft } from '../../dossiers/contract.ts'
import { PROCEDURE_CODE } from '../../dossiers/identifiers.ts'
import { PortalError } from '../../errors.ts'
import type { DossierDraft } from '../../payload-types.ts'
import { noContent } from '../http/respond.ts'
import { answer, type Context, endpoint, jsonBody, signedIn } from './handle.ts'
import { submitBody } from './submit.ts'

/** A draft may be incomplete and wrong in any field; its shape and size are still bounded. */
const draftBody = z.strictObject({
  procedure: submitBody.shape.procedure,
  fields: submitBody.shape.fields,
  documents: submitBody.shape.documents,
  step: z.number().int().min(0).max(20),
  /** The browser's own time of the save; the server keeps its own. */
  updatedAt: z.string().max(40).optional(),
})

const MAX_DRAFT_BYTES = 64 * 1024

function procedureOf(context: Context): string {
  const code = String(context.req.routeParams?.procedure ?? '')
  if (!PROCEDURE_CODE.test(code)) throw new PortalError('dossier.draft_invalid', { language: context.language })
  return code
}

async function findDraft(context: Context, citizen: number, procedure: string): Promise<DossierDraft | undefined> {
  const { docs } = await context.req.payload.find({
    collection: 'dossier-drafts',
    where: { and: [{ citizen: { equals: citizen } }, { procedure: { equals: procedure } }] },
    depth: 0,
    limit: 1,
    overrideAccess: true,
  })
  return docs[0] as DossierDraft | undefined
}

export const getDraftEndpoint = endpoint('get', '/portal/drafts/:procedure', async (context) => {
  const { citizen } = await signedIn(context)
  const draft = await findDraft(context, citizen.id, procedureOf(context))
  // None yet is no error: 204, which a browser does not log as a failed request.
  if (!draft) return noContent()
  return answer({ ...(draft.data as Draft), updatedAt: draft.updatedAt })
})

export const putDraftEndpoint = endpoint('put', '/portal/drafts/:procedure', async (context) => {
  const { citizen } = await signedIn(context)
  const procedure = procedureOf(context)
  const parsed = draftBody.safeParse(await jsonBody(context))
  if (!parsed.success || parsed.data.procedure !== procedure || JSON.stringify(parsed.data).length > MAX_DRAFT_BYTES)
    throw new PortalError('dossier.draft_invalid', { language: context.language })
  const existing = await findDraft(context, citizen.id, procedure)
  const saved = existing
    ? await context.req.payload.update({
        collection: 'dossier-drafts',
        id: existing.id,
        data: { data: parsed.data },
        overrideAccess: true,
        depth: 0,
      })
    : await context.req.payload.create({
        collection: 'dossier-drafts',
        data: { citizen: citizen.id, procedure, data: parsed.data },
        overrideAccess: true,
        depth: 0,
      })
  return answer({ ...parsed.data, updatedAt: saved.updatedAt })
})

export const deleteDraftEndpoint = endpoint('delete', '/portal/drafts/:procedure', async (context) => {
  const { citizen } = await signedIn(context)
  const procedure = procedureOf(context)
  await context.req.payload.delete({
    collection: 'dossier-drafts',
    where: { and: [{ citizen: { equals: citizen.id } }, { procedure: { equals: procedure } }] },
    overrideAccess: true,
  })
  return noContent()
})
