/**
 * The portal API's contract for partners: an OpenAPI 3.1 document built from the zod
 * schemas the handlers validate with (requests) and answer with (responses), and the error
 * codes of errors.ts. Served at GET /api/portal/openapi.json; a test checks real answers
 * against it (tests/int/search-endpoint.int.test.ts, helpers/openapi-contract.ts). Each new
 * /api/portal handler adds its path here.
 */
import type { Endpoint } from 'payload'
import { z } from 'zod'
import { createDocument } from 'zod-openapi'

import { ERRORS, type ErrorCode } from '../errors.ts'
import { DOSSIER_OPENAPI_PATHS } from './dossiers/openapi.ts'
import { feedbackSchema } from './feedback/endpoint.ts'
import { json } from './http/respond.ts'
import { searchQuerySchema } from './search/params.ts'
import { searchResponseSchema } from './search/response.ts'

/** The codes of `area` (`search.…`) answered with `status`, as errors.ts declares them. */
function codesOf(area: string, status: number): [ErrorCode, ...ErrorCode[]] {
  const codes = (Object.keys(ERRORS) as ErrorCode[]).filter(
    (code) => code.startsWith(`${area}.`) && ERRORS[code] === status,
  )
  if (codes.length === 0) throw new Error(`openapi: no ${area} error answers ${status}`)
  return codes as [ErrorCode, ...ErrorCode[]]
}

/** `{ error: { code, message, details? } }` with the codes a response may carry. */
function errorBody(codes: [ErrorCode, ...ErrorCode[]], details?: z.ZodType) {
  const error = z.object({
    code: z.enum(codes).meta({ description: 'Stable machine code: branch on it, not on the message.' }),
    message: z.string().meta({ description: "In the request's language (Vietnamese unless asked otherwise)." }),
  })
  return z.object({ error: details ? error.extend({ details }) : error })
}

type OpenApiDocument = ReturnType<typeof createDocument>

/** The contract's own version (semver): a new optional field is a minor step, a removal a major one. */
const API_VERSION = '0.3.0'

const jsonContent = (schema: z.ZodType) => ({ 'application/json': { schema } })

function buildDocument(): OpenApiDocument {
  return createDocument({
    openapi: '3.1.0',
    info: {
      title: 'Cổng Dịch vụ công quốc gia: portal API',
      version: API_VERSION,
      description:
        'Public API of the open National Public Service Portal. Errors answer ' +
        '`{ "error": { "code", "message", "details"? } }`, the message in Vietnamese by default ' +
        '(English with `Accept-Language: en` or `locale=en`).',
    },
    paths: {
      '/api/portal/search': {
        get: {
          operationId: 'searchProcedures',
          summary: 'Procedures by text, filters and facets, and the FAQs that match',
          requestParams: { query: searchQuerySchema },
          responses: {
            '200': {
              description: 'One page of hits with facet counts; public, cached for a minute.',
              content: jsonContent(searchResponseSchema),
            },
            '400': {
              description: 'A parameter is not valid; the code is the first problem, `parameters` names them all.',
              content: jsonContent(
                errorBody(codesOf('search', 400), z.object({ parameters: z.array(z.string()).min(1) })),
              ),
            },
            '429': {
              description: 'Too many requests from this client.',
              headers: z.object({ 'Retry-After': z.string().meta({ description: 'Seconds to wait.' }) }),
              content: jsonContent(errorBody(codesOf('search', 429))),
            },
            '503': {
              description: 'Search is down; the log has the cause under `requestId`.',
              headers: z.object({ 'Retry-After': z.string() }),
              content: jsonContent(errorBody(codesOf('search', 503), z.object({ requestId: z.uuid() }))),
            },
          },
        },
      },
      '/api/portal/feedback': {
        post: {
          operationId: 'sendPageFeedback',
          summary: '"Is this page useful?" about one page of the site',
          requestBody: {
            content: {
              ...jsonContent(feedbackSchema),
              'application/x-www-form-urlencoded': { schema: feedbackSchema },
            },
          },
          responses: {
            '201': {
              description: 'Stored (a JSON call).',
              content: jsonContent(z.object({ id: z.number().int() })),
            },
            '303': {
              description: 'Stored (a form post): back to the page at #useful-thanks.',
              headers: z.object({ Location: z.string() }),
            },
            '400': {
              description: 'The answer is not valid; `parameters` names the fields.',
              content: jsonContent(
                errorBody(codesOf('feedback', 400), z.object({ parameters: z.array(z.string()).min(1) })),
              ),
            },
            '429': {
              description: 'Too much feedback from this client.',
              headers: z.object({ 'Retry-After': z.string().meta({ description: 'Seconds to wait.' }) }),
              content: jsonContent(errorBody(codesOf('feedback', 429))),
            },
          },
        },
      },
      // Issue 15: submission, tracking, the citizen's own, uploads, receipts (the rest in dossiers/contract.ts).
      ...DOSSIER_OPENAPI_PATHS,
    },
    components: {
      securitySchemes: {
        ssoBearer: { type: 'http', scheme: 'bearer', description: "The portal SSO's access token (/oidc)." },
      },
    },
  })
}

let document: OpenApiDocument | undefined

/** The document, built once per process (the schemas do not change while it runs). */
export function portalOpenApi(): OpenApiDocument {
  document ??= buildDocument()
  return document
}

export const openApiEndpoint: Endpoint = {
  path: '/portal/openapi.json',
  method: 'get',
  handler: function portalOpenApiDocument() {
    return json(portalOpenApi(), { maxAge: 300 })
  },
}
