/**
 * POST /api/dossiers/{id}/transition: an officer's step on a dossier (the admin's buttons,
 * admin/DossierActions.tsx). Body `{ to, note?, resultFiles?: number[] }`; answers
 * `{ dossier: { id, state, dueDate, timing } }`, or the error shape: 401 not signed in,
 * 403 not an officer, 404 a dossier outside the officer's agency tree (as if it did not
 * exist), 409 a step the state machine does not allow from the current state, 400 a missing
 * reason or result. The step is one transaction (dossiers/transition.ts).
 */
import { commitTransaction, type Endpoint, initTransaction, killTransaction } from 'payload'
import { z } from 'zod'
import { ownAgencyTree } from '../../../access/agency-tree.ts'
import { isOfficer } from '../../../access/dossier-access.ts'
import { hasRole, staff } from '../../../access/roles.ts'
import { DOSSIER_STATES } from '../../../dossiers/contract.ts'
import { applyStep } from '../../../dossiers/transition.ts'
import { PortalError } from '../../../errors.ts'
import { languageOf } from '../../../i18n/t.ts'
import type { DossierFile } from '../../../payload-types.ts'
import { recordStaffRead } from '../hooks/log-staff-read.ts'

const body = z.strictObject({
  to: z.enum(DOSSIER_STATES),
  note: z.string().max(4000).optional(),
  resultFiles: z.array(z.number().int().positive()).max(10).optional(),
})

export const transitionEndpoint: Endpoint = {
  path: '/:id/transition',
  method: 'post',
  handler: async function dossierTransition(req) {
    const language = languageOf(req)
    const user = staff(req) as { id: number; name?: string; email?: string } | null
    if (!user) throw new PortalError('dossier.sign_in', { language })
    if (!isOfficer(req)) throw new PortalError('dossier.officer_only', { language })
    const id = Number(req.routeParams?.id)
    let input: unknown
    try {
      input = req.json ? await req.json() : undefined
    } catch {
      throw new PortalError('dossier.body_invalid', { language })
    }
    const parsed = body.safeParse(input)
    if (!parsed.success || !Number.isSafeInteger(id) || id <= 0) {
      throw new PortalError('dossier.invalid', {
        language,
        details: { parameters: parsed.success ? ['id'] : parsed.error.issues.map((issue) => String(issue.path[0])) },
      })
    }
    // As the officer: a dossier of another agency is not found, exactly as one that does not exist.
    const { docs } = await req.payload.find({
      collection: 'dossiers',
      where: { id: { equals: id } },
      depth: 0,
      limit: 1,
      overrideAccess: false,
      user: req.user,
      req,
      context: { skipReadLog: true },
    })
    if (!docs[0]) throw new PortalError('dossier.not_found', { language })
    const agency = typeof docs[0].agency === 'object' ? docs[0].agency.id : docs[0].agency
    if (parsed.data.resultFiles?.length) {
      const { docs: files } = await req.payload.find({
        collection: 'dossier-files',
        where: { id: { in: parsed.data.resultFiles } },
        depth: 0,
        pagination: false,
        overrideAccess: true,
      })
      const tree = new Set(await ownAgencyTree(req))
      const usable = (files as DossierFile[]).filter((file) => {
        const owner = typeof file.agency === 'object' ? file.agency?.id : file.agency
        return file.kind === 'result' && (hasRole(req, 'admin') || tree.has(owner as number)) && !file.dossier
      })
      if (usable.length !== parsed.data.resultFiles.length)
        throw new PortalError('dossier.invalid', { language, details: { parameters: ['resultFiles'] } })
    }
    await initTransaction(req)
    try {
      const updated = await applyStep(req, {
        dossierId: id,
        to: parsed.data.to,
        by: 'officer',
        officer: { id: user.id, name: user.name ?? user.email ?? '' },
        note: parsed.data.note,
        resultFiles: parsed.data.resultFiles,
        language,
      })
      for (const file of parsed.data.resultFiles ?? []) {
        // The result joins the dossier's agency: every officer who may read the dossier reads it.
        await req.payload.update({
          collection: 'dossier-files',
          id: file,
          data: { dossier: id, agency },
          overrideAccess: true,
          depth: 0,
          req,
        })
      }
      await recordStaffRead(req, id, 'process')
      await commitTransaction(req)
      return Response.json(
        {
          dossier: {
            id: updated.id,
            state: updated.state,
            dueDate: updated.dueDate ?? null,
            timing: updated.timing ?? null,
          },
        },
        { headers: { 'Cache-Control': 'no-store' } },
      )
    } catch (error) {
      await killTransaction(req)
      throw error
    }
  },
}
