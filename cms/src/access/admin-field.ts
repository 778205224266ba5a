import type { FieldAccess } from 'payload'

import { hasRole } from './roles.ts'

/** A field only an administrator sets or changes: a record's owner, a person's roles. */
export const adminField: FieldAccess = ({ req }) => hasRole(req, 'admin')
