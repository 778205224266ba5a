import type { CollectionBeforeValidateHook } from 'payload'

import { PortalError } from '../../../errors.ts'
import { languageOf } from '../../../i18n/t.ts'

/**
 * FAPI 2.0 Security Profile 5.3.2.1: a high-assurance client is confidential and
 * authenticates with private_key_jwt (or mTLS, not offered here); private_key_jwt needs the
 * client's public keys (RFC 7523), from its JWKS URL or pasted.
 */
export const checkClientKeys: CollectionBeforeValidateHook = function checkClientKeys({ data, originalDoc, req }) {
  const merged = { ...originalDoc, ...data }
  const language = languageOf(req)
  if (merged.highAssurance && (merged.kind !== 'confidential' || merged.authMethod !== 'private_key_jwt')) {
    throw new PortalError('relying_party.high_assurance', { language })
  }
  const keys = merged.jwks as { keys?: unknown } | null | undefined
  if (merged.authMethod === 'private_key_jwt' && !merged.jwksUri && !Array.isArray(keys?.keys)) {
    throw new PortalError('relying_party.keys_required', { language })
  }
  return data
}
