import { randomBytes } from 'node:crypto'
import type { CollectionAfterChangeHook, CollectionBeforeChangeHook } from 'payload'

import { portalEnv } from '../../../env.ts'
import { issueSecret } from '../../../sso/clients/secret.ts'
import { ssoSecret } from '../../../sso/secret.ts'

const ISSUED = 'relyingPartySecret'

/** A client id on creation; a secret on creation (confidential clients) or when asked for a new one. */
export const issueClientSecret: CollectionBeforeChangeHook = function issueClientSecret({
  data,
  operation,
  originalDoc,
  req,
}) {
  const clientId = (originalDoc?.clientId as string | undefined) ?? `rp-${randomBytes(9).toString('base64url')}`
  const kind = data.kind ?? originalDoc?.kind
  const wanted = kind === 'confidential' && (operation === 'create' || data.newSecret === true)
  const next = { ...data, clientId, newSecret: undefined }
  if (kind === 'public') return { ...next, secretSalt: null, secretHash: null }
  if (!wanted) return next
  const issued = issueSecret(ssoSecret(portalEnv()), clientId)
  req.context[ISSUED] = issued.secret
  return { ...next, secretSalt: issued.salt, secretHash: issued.hash }
}

/** The answer to the save that issued a secret carries it; no later read can. */
export const showSecretOnce: CollectionAfterChangeHook = function showSecretOnce({ doc, req }) {
  const secret = req.context[ISSUED]
  if (typeof secret !== 'string') return doc
  delete req.context[ISSUED]
  return { ...doc, clientSecret: secret }
}
