import type { Access } from 'payload'

/** Public reference data: agencies, sectors, form files, media. */
export const anyone: Access = () => true
