/**
 * The logged-in citizen's dossiers: the list, one in full (with the staff reads of it), its
 * files, and what the citizen may do: add a requested supplement, withdraw before reception.
 */
import { z } from 'zod'
import { loadForm } from '../../dossiers/form.ts'
import { CODE_PATTERN } from '../../dossiers/identifiers.ts'
import { applyStep } from '../../dossiers/transition.ts'
import { detailView, listView } from '../../dossiers/views.ts'
import { PortalError } from '../../errors.ts'
import { inTransaction } from '../../lib/transaction.ts'
import type { Dossier, Procedure } from '../../payload-types.ts'
import { fileOfParam, fileResponse } from './files.ts'
import { answer, type Context, endpoint, jsonBody, type SignedIn, signedIn } from './handle.ts'

const idOf = (value: number | { id: number } | null | undefined) => (typeof value === 'object' ? value?.id : value)

/** One of the citizen's dossiers by code; another citizen's answers as one that does not exist. */
async function ownDossier(context: Context, who: SignedIn): Promise<Dossier> {
  const code = String(context.req.routeParams?.code ?? '')
  if (!CODE_PATTERN.test(code)) throw new PortalError('dossier.not_found', { language: context.language })
  const { docs } = await context.req.payload.find({
    collection: 'dossiers',
    where: { and: [{ code: { equals: code } }, { citizen: { equals: who.citizen.id } }] },
    depth: 0,
    limit: 1,
    overrideAccess: true,
    context: { skipReadLog: true },
  })
  if (!docs[0]) throw new PortalError('dossier.not_found', { language: context.language })
  return docs[0] as Dossier
}

async function detail(context: Context, dossier: Dossier): Promise<Response> {
  const procedure = (await context.req.payload.findByID({
    collection: 'procedures',
    id: idOf(dossier.procedure) as number,
    depth: 0,
    overrideAccess: true,
    select: { code: true },
  })) as Pick<Procedure, 'code'>
  const form = await loadForm(context.req.payload, procedure.code, context.language)
  return answer(await detailView(context.req.payload, dossier, form, context.language))
}

export const mineEndpoint = endpoint('get', '/portal/dossiers/mine', async (context) => {
  const who = await signedIn(context)
  return answer({ dossiers: await listView(context.req.payload, who.citizen.id, context.language) })
})

export const mineOneEndpoint = endpoint('get', '/portal/dossiers/mine/:code', async (context) => {
  const who = await signedIn(context)
  return detail(context, await ownDossier(context, who))
})

export const mineFileEndpoint = endpoint('get', '/portal/dossiers/mine/:code/files/:file', async (context) => {
  const who = await signedIn(context)
  const dossier = await ownDossier(context, who)
  const file = await fileOfParam(context, 'file')
  if (!file || idOf(file.dossier) !== dossier.id)
    throw new PortalError('dossier.not_found', { language: context.language })
  return fileResponse(file)
})

const supplementBody = z.strictObject({
  documents: z
    .array(
      z.strictObject({
        key: z.string().min(1).max(40),
        files: z
          .array(z.string().regex(/^\d{1,10}$/))
          .min(1)
          .max(5),
      }),
    )
    .min(1)
    .max(20),
  note: z.string().max(2000).optional(),
})

export const supplementEndpoint = endpoint('post', '/portal/dossiers/mine/:code/supplement', async (context) => {
  const { language } = context
  const who = await signedIn(context)
  const dossier = await ownDossier(context, who)
  const parsed = supplementBody.safeParse(await jsonBody(context))
  if (!parsed.success)
    throw new PortalError('dossier.invalid', {
      language,
      details: { parameters: [...new Set(parsed.error.issues.map((issue) => String(issue.path[0] ?? 'body')))] },
    })
  const payload = context.req.payload
  const ids = parsed.data.documents.flatMap((document) => document.files.map(Number))
  const { docs } = await payload.find({
    collection: 'dossier-files',
    where: { and: [{ id: { in: ids } }, { owner: { equals: who.citizen.id } }, { dossier: { exists: false } }] },
    depth: 0,
    pagination: false,
    overrideAccess: true,
  })
  if (docs.length !== new Set(ids).size) {
    throw new PortalError('dossier.invalid', {
      language,
      details: { documents: { files: 'dossier.document.file_unknown' } },
    })
  }
  const agency = idOf(dossier.agency) as number
  const rows = parsed.data.documents.flatMap((document) =>
    document.files.map((file) => ({
      key: document.key,
      label: document.key,
      file: Number(file),
      reused: false,
      supplement: true,
    })),
  )
  const updated = await inTransaction(payload, async (req) => {
    const next = await applyStep(req, {
      dossierId: dossier.id,
      to: 'processing',
      by: 'citizen',
      note: parsed.data.note,
      supplement: rows,
      language,
    })
    for (const id of ids) {
      await payload.update({
        collection: 'dossier-files',
        id,
        data: { dossier: dossier.id, agency },
        overrideAccess: true,
        depth: 0,
        req,
      })
    }
    return next
  })
  return detail(context, updated)
})

const withdrawBody = z.strictObject({ note: z.string().max(2000).optional() })

export const withdrawEndpoint = endpoint('post', '/portal/dossiers/mine/:code/withdraw', async (context) => {
  const who = await signedIn(context)
  const dossier = await ownDossier(context, who)
  const input = await jsonBody(context, { optional: true })
  const parsed = withdrawBody.safeParse(input)
  if (!parsed.success)
    throw new PortalError('dossier.invalid', { language: context.language, details: { parameters: ['note'] } })
  const updated = await inTransaction(context.req.payload, (req) =>
    applyStep(req, {
      dossierId: dossier.id,
      to: 'withdrawn',
      by: 'citizen',
      note: parsed.data.note,
      language: context.language,
    }),
  )
  return detail(context, updated)
})
