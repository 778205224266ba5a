import {
  AuthenticationError,
  type CollectionAfterLoginHook,
  type CollectionAfterOperationHook,
  type CollectionBeforeOperationHook,
} from 'payload'

import { recordAudit, requestIp } from '../collections/AuditLog/record.ts'
import { forgetAccount, takeLoginAttempt } from './login-throttle.ts'
import { passwordMatches } from './password.ts'

type Account = { id: number; email: string; hash?: string; salt?: string }

/**
 * Every staff sign-in (REST, GraphQL, the admin's form) passes here before Payload's own
 * login: throttled by address and account, the password checked the same way and in the
 * same time whether or not the account exists, a failure answered exactly as Payload
 * answers it and recorded. A correct password goes on to Payload, which signs the user in.
 */
export const guardLogin: CollectionBeforeOperationHook = async function guardLogin({ args, operation, req }) {
  if (operation !== 'login') return args
  const data = (args.data ?? {}) as { email?: unknown; password?: unknown }
  const email = typeof data.email === 'string' ? data.email.toLowerCase().trim() : ''
  // Missing fields are Payload's to answer (a validation error that names them).
  if (!email || typeof data.password !== 'string' || data.password.trim() === '') return args
  const account = (await req.payload.db.findOne<Account>({
    collection: 'users',
    where: { email: { equals: email } },
    req,
  })) as Account | null
  await takeLoginAttempt(req, account, email, requestIp(req))
  if (await passwordMatches(account, data.password)) {
    // The owner proved who they are: the attempts counted against the account are forgiven.
    await forgetAccount(req, email)
    return args
  }
  await recordAudit(req, { action: 'login.failure', actor: { id: account?.id ?? null, email } })
  throw new AuthenticationError(req.t)
}

export const auditLogin: CollectionAfterLoginHook = async function auditLogin({ req, user }) {
  await recordAudit(req, { action: 'login.success', actor: { id: user.id, email: user.email } })
  return user
}

/** After an administrator's unlock (access.unlock): the account's sign-in bucket is full again. */
export const auditUnlock: CollectionAfterOperationHook = async function auditUnlock({ args, operation, req, result }) {
  if (operation !== 'unlock') return result
  const email = String((args.data as { email?: string }).email ?? '')
    .toLowerCase()
    .trim()
  await forgetAccount(req, email)
  await recordAudit(req, { action: 'unlock', targetCollection: 'users', detail: { email } })
  return result
}
