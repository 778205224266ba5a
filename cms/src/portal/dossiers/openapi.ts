/**
 * The dossier endpoints in the portal's OpenAPI document (portal/openapi.ts): the request
 * schemas the handlers validate with, the answers' shapes (dossiers/contract.ts as zod), and
 * the error codes each may answer. Bearer endpoints name the SSO access token.
 */
import { z } from 'zod'

import { DOSSIER_STATES, TIMINGS } from '../../dossiers/contract.ts'
import { ERRORS, type ErrorCode } from '../../errors.ts'
import { submitBody } from './submit.ts'

const stateSchema = z.enum(DOSSIER_STATES)
const named = z.object({ code: z.string(), name: z.string() })

export const publicDossierSchema = z.object({
  code: z.string().meta({ description: '{agency}-{yymmdd}-{sequence}' }),
  procedure: named,
  agency: named,
  state: stateSchema,
  submittedAt: z.string(),
  receivedAt: z.string().optional(),
  dueDate: z.string().optional().meta({ description: 'YYYY-MM-DD, a working day, once received' }),
  timing: z.enum(TIMINGS),
  timeline: z.array(z.object({ state: stateSchema, at: z.string() })),
})

export const submitAnswerSchema = z.object({
  code: z.string(),
  secret: z.string().meta({ description: 'Shown once: with the code, anyone may see the status.' }),
  receipt: z
    .string()
    .meta({ description: 'Compact JWS (ES256) over the code, procedure, submitter, file hashes, time.' }),
  state: stateSchema,
  submittedAt: z.string(),
  verifyUrl: z.url(),
})

const uploadedSchema = z.object({
  id: z.string(),
  name: z.string(),
  size: z.number(),
  type: z.string(),
  sha256: z.string(),
  uploadedAt: z.string(),
})

function errors(...codes: ErrorCode[]) {
  const byStatus = new Map<number, ErrorCode[]>()
  for (const code of codes) byStatus.set(ERRORS[code], [...(byStatus.get(ERRORS[code]) ?? []), code])
  return Object.fromEntries(
    [...byStatus].map(([status, list]) => [
      String(status),
      {
        description: list.join(', '),
        content: {
          'application/json': {
            schema: z.object({
              error: z.object({
                code: z.enum(list as [ErrorCode, ...ErrorCode[]]),
                message: z.string(),
                details: z.record(z.string(), z.unknown()).optional(),
              }),
            }),
          },
        },
      },
    ]),
  )
}

const json = (schema: z.ZodType) => ({ 'application/json': { schema } })
const bearer = [{ ssoBearer: [] }]

export const DOSSIER_OPENAPI_PATHS = {
  '/api/portal/dossiers': {
    post: {
      operationId: 'submitDossier',
      summary: 'Submit a dossier (the citizen’s SSO access token; an Idempotency-Key per submission)',
      security: bearer,
      requestParams: { header: z.object({ 'Idempotency-Key': z.string().min(8).max(100) }) },
      requestBody: { content: json(submitBody) },
      responses: {
        '201': { description: 'Submitted.', content: json(submitAnswerSchema) },
        '200': { description: 'The same key was seen: the first answer again.', content: json(submitAnswerSchema) },
        ...errors(
          'dossier.invalid',
          'dossier.body_invalid',
          'dossier.idempotency_key',
          'dossier.sign_in',
          'dossier.assurance',
          'dossier.form_unknown',
          'dossier.idempotency_mismatch',
        ),
      },
    },
  },
  '/api/portal/dossiers/{code}': {
    get: {
      operationId: 'trackDossier',
      summary: 'Status and public timeline by code and lookup secret; nothing personal',
      requestParams: { path: z.object({ code: z.string() }), query: z.object({ secret: z.string() }) },
      responses: {
        '200': { description: 'The dossier as the public may see it.', content: json(publicDossierSchema) },
        ...errors('dossier.secret_required', 'dossier.not_found'),
      },
    },
  },
  '/api/portal/dossiers/mine': {
    get: {
      operationId: 'myDossiers',
      summary: 'The signed-in citizen’s dossiers, newest first',
      security: bearer,
      responses: {
        '200': {
          description: 'Up to 100.',
          content: json(
            z.object({
              dossiers: z.array(publicDossierSchema.omit({ timeline: true }).extend({ updatedAt: z.string() })),
            }),
          ),
        },
        ...errors('dossier.sign_in'),
      },
    },
  },
  '/api/portal/uploads': {
    post: {
      operationId: 'uploadDossierFile',
      summary: 'A file for a dossier, its bytes as the body (PDF, JPEG or PNG, judged by content)',
      security: bearer,
      requestParams: {
        query: z.object({
          name: z.string().optional(),
          procedure: z.string().optional(),
          document: z.string().optional(),
        }),
      },
      requestBody: {
        content: {
          'application/pdf': { schema: z.string() },
          'image/jpeg': { schema: z.string() },
          'image/png': { schema: z.string() },
        },
      },
      responses: {
        '201': { description: 'Stored, with its sha256.', content: json(uploadedSchema) },
        ...errors('dossier.sign_in', 'dossier.file_empty', 'dossier.file_type', 'dossier.file_too_large'),
      },
    },
  },
  '/api/portal/receipts/verify': {
    post: {
      operationId: 'verifyReceipt',
      summary: 'Whether a receipt is one the portal signed for that dossier',
      requestBody: { content: json(z.object({ receipt: z.string() })) },
      responses: {
        '200': {
          description: '`valid` true with the claims, or false with the reason.',
          content: json(
            z.object({
              valid: z.boolean(),
              claims: z.record(z.string(), z.unknown()).optional(),
              reason: z.string().optional(),
            }),
          ),
        },
        ...errors('dossier.receipt_malformed'),
      },
    },
  },
}
