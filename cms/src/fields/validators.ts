import type { PayloadRequest } from 'payload'

import { message } from '../i18n/t.ts'

type Args = { req: PayloadRequest }

/** National code of the procedure database (CSDL quốc gia về TTHC): `1.001193`. */
export const PROCEDURE_CODE = /^\d\.\d{6}$/

export function procedureCode(value: unknown, { req }: Args): true | string {
  return typeof value === 'string' && PROCEDURE_CODE.test(value) ? true : message(req, 'procedure.code_format')
}

/** A related procedure may be named without a code (the national record often gives only its name). */
export function optionalProcedureCode(value: unknown, args: Args): true | string {
  return value === null || value === undefined || value === '' ? true : procedureCode(value, args)
}

export function nonNegativeFee(value: unknown, { req }: Args): true | string {
  if (value === null || value === undefined) return true
  return typeof value === 'number' && Number.isFinite(value) && value >= 0
    ? true
    : message(req, 'procedure.fee_negative')
}

export function positiveTime(value: unknown, { req }: Args): true | string {
  if (value === null || value === undefined) return true
  return typeof value === 'number' && Number.isFinite(value) && value > 0
    ? true
    : message(req, 'procedure.time_positive')
}

/** A dossier component's template form must exist (a dangling id is refused, not kept). */
export async function existingForm(value: unknown, { req }: Args): Promise<true | string> {
  if (value === null || value === undefined || value === '') return true
  const id = typeof value === 'object' ? (value as { id: number }).id : value
  if (typeof id !== 'number' && typeof id !== 'string') return message(req, 'procedure.form_missing')
  const { totalDocs } = await req.payload.count({
    collection: 'forms',
    where: { id: { equals: id } },
    overrideAccess: true,
    req,
  })
  return totalDocs > 0 ? true : message(req, 'procedure.form_missing')
}
