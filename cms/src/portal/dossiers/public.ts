/**
 * The dossier endpoints anyone may call: a procedure's online form, the places of an address,
 * tracking by code and secret, and the receipt's check (contract.ts `DOSSIER_PATHS`).
 */
import type { PostgresAdapter } from '@payloadcms/db-postgres'
import { z } from 'zod'
import type { ReceiptCheck } from '../../dossiers/contract.ts'
import { loadForm } from '../../dossiers/form.ts'
import { PROCEDURE_CODE } from '../../dossiers/identifiers.ts'
import { communesOf, PROVINCES } from '../../dossiers/places/index.ts'
import { verifyReceipt } from '../../dossiers/receipt.ts'
import { issuer } from '../../dossiers/submit.ts'
import { trackDossier } from '../../dossiers/track.ts'
import { env } from '../../env.ts'
import { PortalError } from '../../errors.ts'
import type { Dossier } from '../../payload-types.ts'
import { ssoSecret } from '../../sso/secret.ts'
import { answer, endpoint, jsonBody } from './handle.ts'

/** Places change by resolution a few times a year: a day of caching. */
const PLACES_MAX_AGE = { 'Cache-Control': 'public, max-age=86400' }

export const formEndpoint = endpoint('get', '/portal/dossier-forms/:procedure', async ({ req, language }) => {
  const code = String(req.routeParams?.procedure ?? '')
  const form = PROCEDURE_CODE.test(code) ? await loadForm(req.payload, code, language) : null
  if (!form) throw new PortalError('dossier.form_unknown', { language })
  const { procedureId: _p, agencyId: _a, ...definition } = form
  return answer(definition, 200, { 'Cache-Control': 'public, max-age=60' })
})

export const provincesEndpoint = endpoint('get', '/portal/places', async () => answer(PROVINCES, 200, PLACES_MAX_AGE))

export const communesEndpoint = endpoint('get', '/portal/places/:province', async ({ req, language }) => {
  const communes = communesOf(String(req.routeParams?.province ?? ''))
  if (!communes) throw new PortalError('dossier.invalid', { language, details: { parameters: ['province'] } })
  return answer(communes, 200, PLACES_MAX_AGE)
})

/** Tracking (dossiers/track.ts); the portal server answers it before Next, this is the same for Payload's REST. */
export const trackEndpoint = endpoint('get', '/portal/dossiers/:code', async ({ req, language, url }) => {
  const pool = (req.payload.db as unknown as PostgresAdapter).pool
  const code = String(req.routeParams?.code ?? '')
  return answer(await trackDossier(req.payload, pool, code, url.searchParams.get('secret') ?? '', language))
})

const verifyBody = z.strictObject({ receipt: z.string().min(1).max(8000) })

export const verifyEndpoint = endpoint('post', '/portal/receipts/verify', async (context) => {
  const { req, language } = context
  const parsed = verifyBody.safeParse(await jsonBody(context))
  if (!parsed.success) throw new PortalError('dossier.receipt_malformed', { language })
  const pool = (req.payload.db as unknown as PostgresAdapter).pool
  const verified = await verifyReceipt(pool, ssoSecret(env), parsed.data.receipt.trim(), issuer())
  if (!verified) throw new PortalError('dossier.receipt_malformed', { language })
  if (!verified.ok) return answer({ valid: false, reason: verified.reason } satisfies ReceiptCheck)
  const { docs } = await req.payload.find({
    collection: 'dossiers',
    where: { code: { equals: verified.claims.sub } },
    depth: 0,
    limit: 1,
    overrideAccess: true,
    context: { skipReadLog: true },
    select: { code: true, receipt: true, state: true },
  })
  const dossier = docs[0] as Pick<Dossier, 'code' | 'receipt' | 'state'> | undefined
  if (!dossier) return answer({ valid: false, reason: 'unknown_dossier' } satisfies ReceiptCheck)
  // Signed by us, yet not the receipt we keep for that dossier: not this dossier's receipt.
  if (dossier.receipt !== parsed.data.receipt.trim())
    return answer({ valid: false, reason: 'mismatch' } satisfies ReceiptCheck)
  return answer({ valid: true, claims: verified.claims } satisfies ReceiptCheck)
})
