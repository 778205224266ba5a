import type { Access, CollectionBeforeChangeHook, SanitizedConfig } from 'payload'

import { PortalError } from '../errors.ts'
import { languageOf } from '../i18n/t.ts'
import { ownAgencyTree } from './agency-tree.ts'
import { isOwned } from './editorial-policy.ts'
import { hasRole, staff } from './roles.ts'

type Ref = { relationTo?: string; value?: unknown } | null | undefined

const idOf = (value: unknown) =>
  value && typeof value === 'object' && 'id' in value ? (value as { id: unknown }).id : value

/** Locks held in the user's own name; administrators remove any. */
const ownLocks: Access = ({ req }) => {
  if (hasRole(req, 'admin')) return true
  const user = staff(req)
  return user ? { 'user.value': { equals: req.user?.id } } : false
}

const signedInStaff: Access = ({ req }) => Boolean(staff(req))

/** May the user lock this document: one they may edit (their own account, or their agency tree's)? */
async function mayLock(req: Parameters<Access>[0]['req'], document: Ref): Promise<boolean> {
  if (!document?.relationTo) return false
  const id = idOf(document.value)
  if (document.relationTo === 'users') return String(id) === String(req.user?.id)
  if (!isOwned(document.relationTo)) return false
  const doc = await req.payload.db.findOne<{ id: number; agency?: unknown }>({
    collection: document.relationTo,
    where: { id: { equals: id } },
    req,
  })
  return Boolean(doc) && (await ownAgencyTree(req)).includes(idOf(doc?.agency) as number)
}

/**
 * A lock names its holder, and while it lasts no one else saves the document (HTTP 423).
 * Anyone could write one in another's name on any record (issue 12 case 5): a lock is
 * now only ever in the writer's own name, on a document they may edit.
 */
const lockInOwnName: CollectionBeforeChangeHook = async function lockInOwnName({ data, originalDoc, req }) {
  if (!req.user || hasRole(req, 'admin')) return data
  const user = data.user as Ref
  const own = user?.relationTo === req.user.collection && String(idOf(user?.value)) === String(req.user.id)
  const document = (data.document ?? originalDoc?.document) as Ref
  // Taking over a lock (the admin's "take over" button) rewrites it in one's own name.
  if (!own || data.globalSlug || !(await mayLock(req, document)))
    throw new PortalError('lock.not_own', { language: languageOf(req) })
  return data
}

/**
 * Payload adds its lock collection (`payload-locked-documents`) while it sanitizes the
 * config, after plugins run: its access and hooks are set here, on the built config.
 */
export function guardLocks(config: SanitizedConfig): SanitizedConfig {
  const locks = config.collections.find((collection) => collection.slug === 'payload-locked-documents')
  if (!locks) return config
  locks.access = {
    ...locks.access,
    read: signedInStaff,
    create: signedInStaff,
    update: signedInStaff,
    delete: ownLocks,
  }
  locks.hooks = { ...locks.hooks, beforeChange: [...(locks.hooks.beforeChange ?? []), lockInOwnName] }
  return config
}
