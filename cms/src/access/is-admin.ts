import type { Access } from 'payload'

import { hasRole } from './roles.ts'

/** Administrators only: reference data (agencies, sectors) and staff accounts. */
export const isAdmin: Access = ({ req }) => hasRole(req, 'admin')
